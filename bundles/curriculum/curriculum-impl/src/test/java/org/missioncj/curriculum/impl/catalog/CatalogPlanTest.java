package org.missioncj.curriculum.impl.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.curriculum.api.dto.CatalogEdition;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.curriculum.api.dto.Curriculum;
import org.missioncj.curriculum.impl.CurriculumSettings;
import org.missioncj.testkit.ExplainedDerby;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;

/**
 * {@code current()} runs for every delivered session: it must read the edition in use and its sessions through
 * indexes, whatever else the catalog holds (the plan is checked, not the clock).
 */
class CatalogPlanTest {
    @Test
    void theCurrentSessionsAreReadThroughIndexes() throws Exception {
        ExplainedDerby derby = new ExplainedDerby();
        TestPlatform platform = new TestPlatform(derby, Clock.fixed(TestPlatform.NOW, TestPlatform.ZONE));
        CatalogServiceImpl catalog = new CatalogServiceImpl(platform.module(CurriculumSettings.class));
        Actor admin = TestActors.ADMIN;
        // other editions with many sessions, retired ones among them
        for (String code : List.of("county-a", "county-b", "county-c")) {
            CatalogEdition e = new CatalogEdition();
            e.curriculum = Curriculum.DRT;
            e.code = code;
            e.title = "County edition " + code;
            catalog.addEdition(admin, e);
            for (int i = 1; i <= 150; i++) {
                CatalogSession s = new CatalogSession();
                s.curriculum = Curriculum.DRT;
                s.edition = code;
                s.title = "Local session " + i;
                CatalogSession added = catalog.add(admin, s);
                if (i % 3 == 0) {
                    catalog.retire(admin, added.id, 1, "merged");
                }
            }
        }
        derby.explain(true);
        List<CatalogSession> current = catalog.current(TestActors.CM, Curriculum.DRT);
        derby.explain(false);
        assertEquals(13, current.size());
        assertTrue(derby.statements("FROM cur_edition e JOIN cur_session s") >= 1, "the statement was explained");
        assertEquals(List.of(), derby.tableScans("FROM cur_edition e JOIN cur_session s", "CUR_SESSION", "CUR_EDITION"));
    }
}
