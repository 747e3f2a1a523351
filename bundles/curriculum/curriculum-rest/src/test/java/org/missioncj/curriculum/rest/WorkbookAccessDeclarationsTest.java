package org.missioncj.curriculum.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.missioncj.curriculum.api.WorkbookAccess;
import org.missioncj.testkit.AccessDeclarations;

/** The workbook fragment's x-mission-access promises exactly what WorkbookAccess enforces. */
class WorkbookAccessDeclarationsTest {
    @Test
    void theDocumentAndTheRulesAgree() throws Exception {
        assertEquals(List.of(), AccessDeclarations.problems(getClass().getResource("/openapi/workbook.yaml"),
                WorkbookAccess.class));
    }
}
