package org.missioncj.vocational.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.missioncj.testkit.AccessDeclarations;
import org.missioncj.vocational.api.VocationalAccess;

/** The fragment's x-mission-access promises exactly what VocationalAccess enforces. */
class AccessDeclarationsTest {
    @Test
    void theDocumentAndTheRulesAgree() throws Exception {
        assertEquals(List.of(), AccessDeclarations.problems(getClass().getResource("/openapi/vocational.yaml"),
                VocationalAccess.class));
    }
}
