package org.missioncj.peer.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.peer.api.dto.Attendance.ATTENDED;
import static org.missioncj.peer.api.dto.Attendance.NO_SHOW;
import static org.missioncj.peer.impl.PeerFixture.S1;
import static org.missioncj.peer.impl.PeerFixture.S2;
import static org.missioncj.peer.impl.PeerFixture.agreement;
import static org.missioncj.peer.impl.PeerFixture.joining;
import static org.missioncj.peer.impl.PeerFixture.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.peer.api.dto.GroupMeeting;
import org.missioncj.peer.api.dto.PeerGroup;
import org.missioncj.peer.api.dto.PeerGroupSearch;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.testkit.ExplainedDerby;
import org.missioncj.testkit.TestPlatform;

/** The peer module's lists and views read indexes, never a whole table: their cost follows a group, a team, a participant. */
class PeerPlansTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T15:00:00Z"), PeerFixture.SITE_ZONE);
    private static final String[] TABLES = {"PEER_ENROLLMENT", "PEER_GROUP", "PEER_MEMBER", "PEER_AGREEMENT", "PEER_ASSENT",
        "PEER_MEETING", "PEER_ATTENDANCE", "PEER_SESSION"};

    @Test
    void groupsRostersHistoriesAndProgressReadIndexes() throws Exception {
        ExplainedDerby ds = new ExplainedDerby();
        PeerFixture f = new PeerFixture(new TestPlatform(ds, CLOCK), CLOCK);
        Actor pss = f.person("pss.plan", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST, f.site);
        Actor cm = f.person("cm.plan", StaffRole.CASE_MANAGER, Role.CASE_MANAGER, f.site);
        Team team = f.team("Plan", "cm.plan", "pss.plan");
        LocalDate start = LocalDate.of(2026, 1, 5);
        String last = null;
        PeerGroup g = null;
        for (int i = 0; i < 12; i++) {
            PeerGroup group = f.group(pss, "pss.plan", "Group " + i);
            String p = f.enrolled("Planner" + i, team, start);
            f.groups.join(pss, group.id, joining(p, start.plusDays(1), null));
            GroupMeeting first = meeting(start.plusDays(7), S1, p, ATTENDED);
            first.comfortAgreement = agreement("Respect.", null, p);
            f.meetings.record(pss, group.id, first);
            f.meetings.record(pss, group.id, meeting(start.plusDays(14), S2, p, NO_SHOW));
            f.sessions.record(pss, f.session(p, "pss.plan", start.plusDays(3), S2, ATTENDED));
            last = p;
            g = group;
        }
        ds.explain(true);
        f.groups.list(cm, new PeerGroupSearch(f.site, null), PageRequest.of(0, 5));
        f.groups.list(cm, new PeerGroupSearch(null, f.staffId("pss.plan")), PageRequest.of(1, 5));
        f.groups.get(cm, g.id);
        f.groups.agreements(pss, g.id);
        String meetingId = f.meetings.list(pss, g.id, PageRequest.of(0, 10)).items.get(0).id;
        f.meetings.get(cm, meetingId);
        f.sessions.history(cm, last, PageRequest.of(0, 10));
        f.sessions.progress(cm, last);
        f.sessions.teamProgress(cm, team.id, PageRequest.of(0, 10));
        f.report.render(last, start, f.today);
        ds.explain(false);
        assertTrue(ds.statements("peer_") >= 12, "statements explained: " + ds.statements("peer_"));
        assertEquals(List.of(), ds.tableScans("peer_", TABLES));
    }
}
