package org.missioncj.peer.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.peer.api.dto.Attendance.ATTENDED;
import static org.missioncj.peer.api.dto.Attendance.NO_SHOW;
import static org.missioncj.peer.api.dto.Attendance.PARTLY;
import static org.missioncj.peer.impl.PeerFixture.ADMIN;
import static org.missioncj.peer.impl.PeerFixture.DRT1;
import static org.missioncj.peer.impl.PeerFixture.S1;
import static org.missioncj.peer.impl.PeerFixture.S2;
import static org.missioncj.peer.impl.PeerFixture.S3;
import static org.missioncj.peer.impl.PeerFixture.agreement;
import static org.missioncj.peer.impl.PeerFixture.joining;
import static org.missioncj.peer.impl.PeerFixture.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.peer.api.PeerCategories;
import org.missioncj.peer.api.PeerEvents;
import org.missioncj.peer.api.dto.GroupMeeting;
import org.missioncj.peer.api.dto.PeerGroup;
import org.missioncj.peer.api.dto.PeerProgress;
import org.missioncj.peer.api.dto.PeerSession;
import org.missioncj.peer.api.dto.PeerSessionEntry;
import org.missioncj.peer.api.dto.PeerSessionKind;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.StatusChange;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.event.Event;

/** Individual peer-led sessions, a participant's history and progress, the team view and the court report. */
class PeerSessionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T15:00:00Z"), PeerFixture.SITE_ZONE);
    private static final LocalDate START = LocalDate.of(2026, 2, 1);
    private static final String GROUP_NAME = "Thursday recovery circle";

    private PeerFixture f;
    private Actor pssNorth;
    private Actor cmNorth;
    private Actor pssSouth;
    private Actor cmSouth;
    private Actor navigator;
    private Actor supervisor;
    private Team north;
    private Team south;
    private String a1;
    private String a2;
    private String b1;

    @BeforeEach
    void setUp() {
        f = new PeerFixture(CLOCK);
        pssNorth = f.person("pss.north", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST, f.site);
        cmNorth = f.person("cm.north", StaffRole.CASE_MANAGER, Role.CASE_MANAGER, f.site);
        pssSouth = f.person("pss.south", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST, f.site);
        cmSouth = f.person("cm.south", StaffRole.CASE_MANAGER, Role.CASE_MANAGER, f.site);
        navigator = f.person("nav.site", StaffRole.PEER_NAVIGATOR, Role.PEER_NAVIGATOR, f.site);
        supervisor = f.person("sup.site", StaffRole.CLINICAL_SUPERVISOR, Role.CLINICAL_SUPERVISOR, f.site);
        north = f.team("North", "cm.north", "pss.north");
        south = f.team("South", "cm.south", "pss.south");
        a1 = f.enrolled("Abernathy", north, START);
        a2 = f.enrolled("Albright", north, START);
        b1 = f.enrolled("Bellweather", south, START);
    }

    /**
     * a1: an individual S1 attended on 02-05 and an S3 no-show on 03-01; in North's group, S2 attended at the
     * first meeting (02-17) and S1 partly on 02-24. a2: S2 no-show, S1 attended in the group.
     */
    private PeerGroup history() {
        f.sessions.record(pssNorth, f.session(a1, "pss.north", LocalDate.of(2026, 2, 5), S1, ATTENDED));
        PeerGroup g = f.group(pssNorth, "pss.north", GROUP_NAME);
        f.groups.join(pssNorth, g.id, joining(a1, LocalDate.of(2026, 2, 10), null));
        f.groups.join(pssNorth, g.id, joining(a2, LocalDate.of(2026, 2, 10), null));
        GroupMeeting first = meeting(LocalDate.of(2026, 2, 17), S2, a1, ATTENDED, a2, NO_SHOW);
        first.comfortAgreement = agreement("We keep each other's stories to ourselves.", null, a1, a2);
        f.meetings.record(pssNorth, g.id, first);
        f.meetings.record(pssNorth, g.id, meeting(LocalDate.of(2026, 2, 24), S1, a1, PARTLY, a2, ATTENDED));
        f.sessions.record(pssNorth, f.session(a1, "pss.north", LocalDate.of(2026, 3, 1), S3, NO_SHOW));
        return g;
    }

    @Test
    void individualSessionsAreRecordedByPeerStaffForParticipantsInTheirScope() {
        PeerSession input = f.session(a1, "pss.north", LocalDate.of(2026, 3, 2), S1, ATTENDED);
        assertThrows(ForbiddenException.class, () -> f.sessions.record(cmNorth, input), "a case manager records no peer session");
        assertThrows(ForbiddenException.class, () -> f.sessions.record(supervisor, input));
        assertThrows(ForbiddenException.class, () -> f.sessions.record(ADMIN, input));
        assertThrows(ForbiddenException.class, () -> f.sessions.record(pssSouth, input), "another team's participant");
        PeerSession nobody = f.session("no-such-participant", "pss.north", LocalDate.of(2026, 3, 2), S1, ATTENDED);
        assertThrows(ForbiddenException.class, () -> f.sessions.record(pssNorth, nobody), "answered like another team's");

        PeerSession stored = f.sessions.record(pssNorth, input);
        assertEquals(1, (int) stored.catalogVersion);
        assertEquals("Willingness", stored.catalogTitle);
        assertEquals(f.staffId("pss.north"), stored.staffId);
        Event e = f.platform.events.events(PeerEvents.SESSION_RECORDED).get(0);
        assertEquals(stored.id, e.getProperty(PeerEvents.PROP_SESSION_ID));
        assertEquals(a1, e.getProperty(PeerEvents.PROP_PARTICIPANT_ID));
        assertEquals(north.id, e.getProperty(PeerEvents.PROP_TEAM_ID));
        assertEquals(1, e.getProperty(PeerEvents.PROP_CATALOG_VERSION));
        assertEquals("ATTENDED", e.getProperty(PeerEvents.PROP_ATTENDANCE));
        for (String k : e.getPropertyNames()) {
            Object v = e.getProperty(k);
            assertTrue(k.equals("event.topics") || v instanceof String || v instanceof Integer, k + "=" + v);
        }
        // the site's navigator records for the team's peer specialist
        assertEquals(a1, f.sessions.record(navigator, f.session(a1, "pss.north", LocalDate.of(2026, 3, 3), S2, PARTLY))
                .participantId);

        assertThrows(UnprocessableException.class, () -> f.sessions.record(pssNorth,
                f.session(a1, "pss.south", LocalDate.of(2026, 3, 2), S1, ATTENDED)), "not the team's peer specialist");
        UnprocessableException cm = assertThrows(UnprocessableException.class, () -> f.sessions.record(pssNorth,
                f.session(a1, "cm.north", LocalDate.of(2026, 3, 2), S1, ATTENDED)));
        assertTrue(cm.getMessage().contains("CASE_MANAGER"), cm.getMessage());
        PeerSession ghost = f.session(a1, "pss.north", LocalDate.of(2026, 3, 2), S1, ATTENDED);
        ghost.staffId = "no-such-staff";
        assertThrows(NotFoundException.class, () -> f.sessions.record(pssNorth, ghost));
        UnprocessableException future = assertThrows(UnprocessableException.class, () -> f.sessions.record(pssNorth,
                f.session(a1, "pss.north", f.today.plusDays(1), S1, ATTENDED)));
        assertTrue(future.getMessage().contains("in the future"), future.getMessage());
        UnprocessableException before = assertThrows(UnprocessableException.class, () -> f.sessions.record(pssNorth,
                f.session(a1, "pss.north", START.minusDays(1), S1, ATTENDED)));
        assertTrue(before.getMessage().contains("before the participant's enrollment started on " + START),
                before.getMessage());
        assertThrows(NotFoundException.class, () -> f.sessions.record(pssNorth,
                f.session(a1, "pss.north", f.today, "no-such-session", ATTENDED)));
        assertThrows(NotFoundException.class, () -> f.sessions.record(pssNorth,
                f.session(a1, "pss.north", f.today, DRT1, ATTENDED)), "a DRT session is not a peer-led one");
        f.catalogService.retire(ADMIN, S3, 1, "merged into session 1");
        assertThrows(UnprocessableException.class, () -> f.sessions.record(pssNorth,
                f.session(a1, "pss.north", f.today, S3, ATTENDED)));
        ValidationException missing = assertThrows(ValidationException.class,
                () -> f.sessions.record(pssNorth, new PeerSession() {
                    {
                        participantId = a1;
                    }
                }));
        assertEquals(5, missing.errors().size(), missing.errors().toString());
        withdraw(a2);
        assertThrows(UnprocessableException.class, () -> f.sessions.record(pssNorth,
                f.session(a2, "pss.north", f.today, S1, ATTENDED)), "no open enrollment");

        assertEquals(stored.id, f.sessions.get(cmNorth, stored.id).id);
        assertEquals(stored.id, f.sessions.get(supervisor, stored.id).id, "the site's supervisor");
        assertThrows(ForbiddenException.class, () -> f.sessions.get(cmSouth, stored.id));
        assertThrows(ForbiddenException.class, () -> f.sessions.get(cmSouth, "no-such-session"));
        assertThrows(NotFoundException.class, () -> f.sessions.get(ADMIN, "no-such-session"));
    }

    @Test
    void progressCountsDistinctCurrentSessionsAttendedIndividuallyAndInGroups() {
        history();
        PeerProgress p = f.sessions.progress(cmNorth, a1);
        assertEquals(2, p.done, "S1 and S2; S3 was a no-show");
        assertEquals(11, p.of);
        assertEquals(1, p.individualAttended);
        assertEquals(2, p.groupAttended);
        assertEquals(List.of(S1, S2), p.doneSessionIds);
        assertEquals(S3, p.nextSessionId);
        assertEquals(3, (int) p.nextSessionNumber);
        assertEquals("Gratitude", p.nextSessionTitle);
        assertEquals(LocalDate.of(2026, 2, 24), p.lastSessionOn);
        assertEquals(19, (int) p.daysSinceLast);
        PeerProgress other = f.sessions.progress(pssNorth, a2);
        assertEquals(1, other.done);
        assertEquals(S2, other.nextSessionId);
        assertThrows(ForbiddenException.class, () -> f.sessions.progress(cmSouth, a1));

        // a retired session is no longer offered or counted
        f.catalogService.retire(ADMIN, S2, 1, "the program covers it in session 1");
        PeerProgress after = f.sessions.progress(cmNorth, a1);
        assertEquals(10, after.of);
        assertEquals(1, after.done);
        assertEquals(S3, after.nextSessionId);

        List<PeerProgress> team = f.sessions.teamProgress(cmNorth, north.id, PageRequest.of(0, 10)).items;
        assertEquals(List.of(a1, a2).stream().sorted().collect(Collectors.toList()),
                team.stream().map(x -> x.participantId).collect(Collectors.toList()));
        assertEquals(2, f.audit("cm.north", PeerSessionServiceImpl.PROGRESS).stream()
                .filter(r -> r.action.equals("READ") && r.detail != null
                        && r.detail.startsWith("peer-session progress of team")).count(), "one READ per participant listed");
        assertEquals(2, f.sessions.teamProgress(supervisor, north.id, PageRequest.of(0, 10)).totalItems);
        assertThrows(ForbiddenException.class, () -> f.sessions.teamProgress(cmSouth, north.id, PageRequest.of(0, 10)));
        assertThrows(NotFoundException.class, () -> f.sessions.teamProgress(ADMIN, "no-such-team", PageRequest.of(0, 10)));
        assertEquals(0, f.sessions.teamProgress(cmSouth, south.id, PageRequest.of(0, 10)).items.get(0).done);
    }

    @Test
    void aParticipantsHistoryShowsGroupMeetingsToTheirOwnTeamAndTheGroupsFacilitatorOnly() {
        history();
        List<PeerSessionEntry> team = f.sessions.history(cmNorth, a1, PageRequest.of(0, 20)).items;
        assertEquals(List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 2, 5)), team.stream().map(x -> x.heldOn).collect(Collectors.toList()));
        assertEquals(List.of(PeerSessionKind.INDIVIDUAL, PeerSessionKind.GROUP, PeerSessionKind.GROUP,
                PeerSessionKind.INDIVIDUAL), team.stream().map(x -> x.kind).collect(Collectors.toList()));
        assertEquals("Self-Acceptance and Respect", team.get(2).catalogTitle);
        assertEquals(PARTLY, team.get(1).attendance);
        assertEquals(90, (int) team.get(1).minutes);
        assertNull(team.get(1).setting);
        assertEquals(4, f.sessions.history(pssNorth, a1, PageRequest.of(0, 1)).totalItems);

        // the site's supervisor opens the participant's record, but their group meetings are the group's roster
        List<PeerSessionEntry> supervised = f.sessions.history(supervisor, a1, PageRequest.of(0, 20)).items;
        assertEquals(2, supervised.size());
        assertTrue(supervised.stream().allMatch(x -> x.kind == PeerSessionKind.INDIVIDUAL));
        assertThrows(ForbiddenException.class, () -> f.sessions.history(cmSouth, a1, PageRequest.of(0, 20)));

        // a navigator who facilitates a group sees that group's meetings of the participant, not others'
        PeerGroup theirs = f.group(navigator, "nav.site", "Navigator's group");
        f.groups.join(navigator, theirs.id, joining(a1, LocalDate.of(2026, 3, 2), null));
        GroupMeeting m = meeting(LocalDate.of(2026, 3, 3), S3, a1, ATTENDED);
        m.comfortAgreement = agreement("Respect.", null, a1);
        f.meetings.record(navigator, theirs.id, m);
        List<PeerSessionEntry> navigated = f.sessions.history(navigator, a1, PageRequest.of(0, 20)).items;
        assertEquals(3, navigated.size());
        assertEquals(theirs.id, navigated.get(0).groupId);
        assertEquals(3, f.sessions.progress(navigator, a1).done, "progress counts every group, as counts");
    }

    @Test
    void theCourtReportSectionGivesCountsOfThePeriodOnly() {
        PeerGroup g = history();
        assertEquals(PeerCategories.PEER_SESSION_PROGRESS, f.report.category());
        assertEquals("PEER_SESSION_PROGRESS", f.report.category().code());
        ReportContent february = f.report.render(a1, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 20));
        assertEquals("2", fact(february, "Peer-led sessions attended in the period"));
        assertEquals("1", fact(february, "Individual"));
        assertEquals("1", fact(february, "Group"));
        assertEquals("2 of 11", fact(february, "Sessions of the peer-led curriculum done by the end of the period"));
        assertEquals("2026-02-17", fact(february, "Last peer-led session attended"));
        ReportContent march = f.report.render(a1, LocalDate.of(2026, 2, 21), LocalDate.of(2026, 3, 15));
        assertEquals("1", fact(march, "Peer-led sessions attended in the period"), "the no-show does not count");
        assertEquals("0", fact(march, "Individual"));
        assertEquals("2 of 11", fact(march, "Sessions of the peer-led curriculum done by the end of the period"));
        assertEquals("2026-02-24", fact(march, "Last peer-led session attended"));
        for (ReportContent c : List.of(february, march)) {
            String all = text(c);
            for (String secret : List.of(GROUP_NAME, g.id, a2, "Willingness", "Self-Acceptance", "Gratitude",
                    "Talked about", "each other's stories")) {
                assertFalse(all.contains(secret), "the report says " + secret + ": " + all);
            }
        }
        assertEquals("No peer-led sessions during the period.",
                f.report.render(a1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).summary);
        ReportContent none = f.report.render(b1, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 15));
        assertEquals("No peer-led session attended in the period.", none.summary);
        assertEquals("0 of 11", fact(none, "Sessions of the peer-led curriculum done by the end of the period"));
    }

    private void withdraw(String participantId) {
        Enrollment e = f.registry.enrollments.list(ADMIN, null, PageRequest.of(0, 50)).items.stream()
                .filter(x -> x.participantId.equals(participantId)).findFirst().get();
        StatusChange out = new StatusChange();
        out.status = EnrollmentStatus.WITHDRAWN;
        out.reason = "moved away";
        f.registry.enrollments.changeStatus(ADMIN, e.id, e.version, out);
    }

    private static String fact(ReportContent c, String label) {
        return c.facts.stream().filter(x -> x.label.equals(label)).map(x -> x.value).findFirst().orElse(null);
    }

    private static String text(ReportContent c) {
        List<String> parts = new ArrayList<>();
        parts.add(c.summary);
        c.facts.forEach(x -> {
            parts.add(x.label);
            parts.add(x.value);
        });
        parts.addAll(c.columns);
        c.rows.forEach(parts::addAll);
        return String.join(" | ", parts);
    }
}
