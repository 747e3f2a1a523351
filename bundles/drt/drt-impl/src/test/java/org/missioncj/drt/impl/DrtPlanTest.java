package org.missioncj.drt.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.drt.api.dto.Attendance;
import org.missioncj.drt.api.dto.DrtProgress;
import org.missioncj.drt.api.dto.DrtSession;
import org.missioncj.drt.api.dto.SessionGap;
import org.missioncj.drt.api.dto.SessionSetting;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.missioncj.testkit.ExplainedDerby;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;

/**
 * The progress views as Derby runs them (its XPLAIN tables): each reads index ranges of the team's or the site's
 * enrollments and of their sessions, never a whole table, whatever the site holds. The cost then follows the
 * team or the page, not the 500,000 sessions of a state's site.
 */
class DrtPlanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private ExplainedDerby ds;
    private DrtFixture f;
    private Actor cm;
    private Actor supervisor;
    private final List<String> participants = new ArrayList<>();
    private Team north;

    @BeforeEach
    void setUp() {
        ds = new ExplainedDerby();
        Clock clock = Clock.fixed(TestPlatform.NOW, TestPlatform.ZONE);
        f = new DrtFixture(new TestPlatform(ds, clock), clock);
        cm = f.person("cm.north", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        f.person("pss.north", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        supervisor = f.person("sup.site", StaffRole.CLINICAL_SUPERVISOR, Role.CLINICAL_SUPERVISOR);
        north = f.team("North", "cm.north", "pss.north");
        List<Team> teams = new ArrayList<>(List.of(north));
        for (int t = 0; t < 3; t++) {
            f.person("cm.t" + t, StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
            f.person("pss.t" + t, StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
            teams.add(f.team("T" + t, "cm.t" + t, "pss.t" + t));
        }
        for (int i = 0; i < 60; i++) {
            participants.add(f.enrolled("Quill" + i, teams.get(i % teams.size()), TODAY.minusDays(200 - i)));
        }
        // sessions straight through the mapper: the statements the views read, without a thousand audited writes
        String staff = f.staffId("cm.north");
        f.drt.work(tx -> {
            DrtMapper m = tx.mapper(DrtMapper.class);
            for (int i = 0; i < participants.size(); i++) {
                EnrollmentFact e = m.openEnrollments(participants.get(i)).get(0);
                for (int k = 0; k < 20; k++) {
                    DrtSession s = new DrtSession();
                    s.id = UUID.randomUUID().toString();
                    s.version = 1;
                    s.participantId = e.participantId;
                    s.enrollmentId = e.enrollmentId;
                    s.catalogSessionId = String.format("drt-mission-cj-%02d", 1 + (k + i) % 13);
                    s.catalogVersion = 1;
                    s.sessionDate = TODAY.minusDays(190 - i - k * 3 - (i % 7) * 4);
                    s.caseManagerId = staff;
                    s.attendance = Attendance.values()[(k + i) % 4];
                    s.setting = SessionSetting.COMMUNITY;
                    s.homeworkSet = false;
                    s.pssReviewedWorkbook = false;
                    s.createdAt = f.drt.now();
                    s.createdBy = "plan.test";
                    s.updatedAt = s.createdAt;
                    s.updatedBy = s.createdBy;
                    m.insertSession(s);
                }
            }
            return null;
        });
    }

    @Test
    void noProgressViewReadsAWholeTable() throws SQLException {
        ds.explain(true);
        Page<DrtProgress> team = f.progress.team(cm, north.id, PageRequest.of(0, 20));
        f.progress.team(cm, north.id, PageRequest.of(1, 5));
        Page<SessionGap> gaps = f.progress.withoutRecentSession(supervisor, f.site, 30, PageRequest.of(null, 5, null));
        f.progress.withoutRecentSession(supervisor, f.site, 30, PageRequest.of(null, 5, gaps.next));
        f.progress.withoutRecentSession(TestActors.ADMIN, f.site, 90, PageRequest.of(1, 5));
        f.progress.progress(cm, participants.get(0));
        f.sessions.list(cm, participants.get(0), PageRequest.of(0, 10));
        f.report.render(participants.get(0), TODAY.minusDays(90), TODAY);
        ds.explain(false);
        assertEquals(15, team.totalItems);
        assertTrue(gaps.totalItems > 5, "a second page to read: " + gaps.totalItems);
        assertTrue(ds.statements("drt_session") >= 10, "statements explained: " + ds.statements("drt_session"));
        assertEquals(List.of(), ds.tableScans("drt_", "DRT_SESSION", "DRT_ENROLLMENT"), "table scans in DRT's reads");
    }
}
