package org.missioncj.trauma.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.testkit.ExplainedDerby;
import org.missioncj.testkit.TestPlatform;
import org.missioncj.trauma.api.dto.Screen;
import org.missioncj.trauma.api.dto.ScreenStatus;

/** The alert lists and a participant's screens read indexes, never the whole table (Derby's plans, not the clock). */
class TraumaPlansTest {
    private static final Clock CLOCK = Clock.fixed(TestPlatform.NOW, TestPlatform.ZONE);

    @Test
    void alertListsAndScreenListsReadIndexes() throws SQLException {
        ExplainedDerby ds = new ExplainedDerby();
        TraumaFixture f = new TraumaFixture(new TestPlatform(ds, CLOCK), CLOCK, new TraumaSettings());
        Actor cm = f.person("cm.north", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        f.person("pss.north", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        f.person("cm.south", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        f.person("pss.south", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        Actor supervisor = f.person("sup.site", StaffRole.CLINICAL_SUPERVISOR, Role.CLINICAL_SUPERVISOR);
        Team north = f.team("North", "cm.north", "pss.north");
        Team south = f.team("South", "cm.south", "pss.south");
        String first = null;
        for (int i = 0; i < 24; i++) {
            String p = f.enrolled("Plan" + i, i % 2 == 0 ? north : south, f.today.minusDays(40 + i));
            first = first == null ? p : first;
            Screen s = new Screen();
            s.participantId = p;
            s.instrumentId = "phq-9";
            s.status = ScreenStatus.COMPLETED;
            s.answers = new LinkedHashMap<>();
            for (int item = 1; item <= 9; item++) {
                s.answers.put(String.valueOf(item), i % 3 == 0 ? 1 : 0);
            }
            s.screenDate = f.today.minusDays(i);
            f.screens.record(supervisor, s);
        }
        ds.explain(true);
        assertEquals(4, f.alerts.team(cm, north.id, null, PageRequest.of(0, 20)).totalItems);
        assertEquals(8, f.alerts.site(supervisor, f.site, null, PageRequest.of(0, 20)).totalItems);
        f.screens.list(cm, first, PageRequest.of(0, 20));
        f.report.render(first, LocalDate.of(2026, 1, 1), f.today);
        ds.explain(false);
        assertTrue(ds.statements("tr_alert a") >= 4, "lists explained: " + ds.statements("tr_alert a"));
        assertEquals(List.of(), ds.tableScans("tr_alert a", "TR_ALERT", "TR_ENROLLMENT"));
        assertEquals(List.of(), ds.tableScans("from tr_screen", "TR_SCREEN"));
    }
}
