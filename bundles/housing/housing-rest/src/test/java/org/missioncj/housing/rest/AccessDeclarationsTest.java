package org.missioncj.housing.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.missioncj.testkit.AccessDeclarations;

/** The fragment's x-mission-access promises exactly what HousingAccess enforces. */
class AccessDeclarationsTest {
    @Test
    void theDocumentAndTheRulesAgree() throws Exception {
        assertEquals(List.of(), AccessDeclarations.problems(getClass().getResource("/openapi/housing.yaml"),
                org.missioncj.housing.api.HousingAccess.class));
    }
}
