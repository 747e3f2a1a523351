package org.missioncj.linkage.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.missioncj.testkit.AccessDeclarations;
import org.missioncj.linkage.api.LinkageAccess;

/** The fragment's x-mission-access promises exactly what LinkageAccess enforces. */
class AccessDeclarationsTest {
    @Test
    void theDocumentAndTheRulesAgree() throws Exception {
        assertEquals(List.of(), AccessDeclarations.problems(getClass().getResource("/openapi/linkage.yaml"),
                LinkageAccess.class));
    }
}
