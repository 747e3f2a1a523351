package org.missioncj.registry.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.missioncj.testkit.AccessDeclarations;

/** The fragment's x-mission-access promises exactly what RegistryAccess enforces. */
class AccessDeclarationsTest {
    @Test
    void theDocumentAndTheRulesAgree() throws Exception {
        assertEquals(List.of(), AccessDeclarations.problems(getClass().getResource("/openapi/registry.yaml"),
                org.missioncj.registry.api.RegistryAccess.class));
    }
}
