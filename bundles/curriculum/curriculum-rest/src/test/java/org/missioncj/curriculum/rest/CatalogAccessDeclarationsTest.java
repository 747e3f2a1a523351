package org.missioncj.curriculum.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.missioncj.testkit.AccessDeclarations;

/** The catalog fragment's x-mission-access promises exactly what CatalogAccess enforces. */
class CatalogAccessDeclarationsTest {
    @Test
    void theDocumentAndTheRulesAgree() throws Exception {
        assertEquals(List.of(), AccessDeclarations.problems(getClass().getResource("/openapi/catalog.yaml"),
                org.missioncj.curriculum.api.CatalogAccess.class));
    }
}
