package org.missioncj.adapter.runtime.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.missioncj.testkit.AccessDeclarations;

/** The fragment's x-mission-access promises exactly what AdapterAccess enforces. */
class AccessDeclarationsTest {
    @Test
    void theDocumentAndTheRulesAgree() throws Exception {
        assertEquals(List.of(), AccessDeclarations.problems(getClass().getResource("/openapi/adapter.yaml"),
                org.missioncj.adapter.api.AdapterAccess.class));
    }
}
