package org.missioncj.curriculum.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.missioncj.curriculum.api.PlanAccess;
import org.missioncj.testkit.AccessDeclarations;

/** The plan fragment's x-mission-access promises exactly what PlanAccess enforces. */
class PlanAccessDeclarationsTest {
    @Test
    void theDocumentAndTheRulesAgree() throws Exception {
        assertEquals(List.of(), AccessDeclarations.problems(getClass().getResource("/openapi/plan.yaml"),
                PlanAccess.class));
    }
}
