package org.missioncj.curriculum.impl.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.core.api.PreconditionRequiredException.MISSING_VERSION;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.missioncj.core.api.PageRequest;
import org.missioncj.curriculum.api.dto.WorkbookEntry;
import org.missioncj.curriculum.api.dto.WorkbookReview;
import org.missioncj.testkit.ExplainedDerby;
import org.missioncj.testkit.TestPlatform;

/** The workbook's statements read one participant's or one entry's rows through an index, never a whole table. */
class WorkbookPlansTest {
    @Test
    void readsAndSavesFollowTheIndexes() throws Exception {
        ExplainedDerby ds = new ExplainedDerby();
        WorkbookFixture f = new WorkbookFixture(new TestPlatform(ds, Clock.fixed(TestPlatform.NOW, TestPlatform.ZONE)));
        List<String> entries = new ArrayList<>();
        String last = null;
        for (int i = 0; i < 20; i++) { // within the caseload limit of 25
            last = f.northParticipant("Plan" + i);
            for (String code : List.of("identifying-triggers", "timeline-worksheet")) {
                WorkbookEntry e = new WorkbookEntry();
                e.exercise = code;
                e.answers = ExerciseSamples.answers(ExerciseSamples.GOOD.get(code));
                entries.add(f.workbook.save(f.cm, last, MISSING_VERSION, e).id);
            }
        }
        String entry = entries.get(entries.size() - 1);
        ds.explain(true);
        f.workbook.workbook(f.cm, last);
        f.workbook.entry(f.cm, entry, null);
        f.workbook.entry(f.pss, entry, 1);
        f.workbook.versions(f.cm, entry, PageRequest.of(0, 10));
        WorkbookEntry next = new WorkbookEntry();
        next.exercise = "timeline-worksheet";
        next.answers = ExerciseSamples.answers(ExerciseSamples.GOOD.get("timeline-worksheet"));
        f.workbook.save(f.pss, last, 1, next);
        WorkbookReview r = new WorkbookReview();
        r.version = 2;
        f.workbook.review(f.cm, entry, r);
        ds.explain(false);
        assertTrue(ds.statements("cur_workbook") >= 8, "statements explained: " + ds.statements("cur_workbook"));
        assertEquals(List.of(), ds.tableScans("cur_workbook", "CUR_WORKBOOK_ENTRY", "CUR_WORKBOOK_ANSWER",
                "CUR_WORKBOOK_REVIEW"));
    }
}
