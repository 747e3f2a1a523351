package org.missioncj.peer.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.peer.api.dto.Attendance.ATTENDED;
import static org.missioncj.peer.api.dto.Attendance.EXCUSED;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.peer.api.PeerEvents;
import org.missioncj.peer.api.dto.Assent;
import org.missioncj.peer.api.dto.ComfortAgreement;
import org.missioncj.peer.api.dto.GroupMeeting;
import org.missioncj.peer.api.dto.GroupMember;
import org.missioncj.peer.api.dto.Leaving;
import org.missioncj.peer.api.dto.MeetingAttendance;
import org.missioncj.peer.api.dto.PeerGroup;
import org.missioncj.peer.api.dto.PeerGroupSearch;
import org.missioncj.peer.api.dto.RosterView;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.StatusChange;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.event.Event;

/** Groups: who writes them, who is a member, the comfort agreement before attendance, and who sees the roster. */
class PeerGroupsTest {
    /** Sunday 2026-03-15, 11:00 in New York. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T15:00:00Z"), PeerFixture.SITE_ZONE);
    private static final LocalDate START = LocalDate.of(2026, 2, 1);
    private static final LocalDate JOINED = LocalDate.of(2026, 2, 10);
    private static final LocalDate FIRST = LocalDate.of(2026, 2, 17);
    private static final String ELSEWHERE = "Far Site";

    private PeerFixture f;
    private Actor pssNorth;
    private Actor cmNorth;
    private Actor pssSouth;
    private Actor cmSouth;
    private Actor cmEast;
    private Actor navigator;
    private Actor supervisor;
    private Actor farPss;
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
        cmEast = f.person("cm.east", StaffRole.CASE_MANAGER, Role.CASE_MANAGER, f.site);
        f.person("pss.east", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST, f.site);
        navigator = f.person("nav.site", StaffRole.PEER_NAVIGATOR, Role.PEER_NAVIGATOR, f.site);
        supervisor = f.person("sup.site", StaffRole.CLINICAL_SUPERVISOR, Role.CLINICAL_SUPERVISOR, f.site);
        farPss = f.person("pss.far", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST, ELSEWHERE);
        f.person("cm.far", StaffRole.CASE_MANAGER, Role.CASE_MANAGER, ELSEWHERE);
        north = f.team("North", "cm.north", "pss.north");
        south = f.team("South", "cm.south", "pss.south");
        f.team("East", "cm.east", "pss.east");
        a1 = f.enrolled("Abernathy", north, START);
        a2 = f.enrolled("Albright", north, START);
        b1 = f.enrolled("Bellweather", south, START);
    }

    /** South's peer specialist's group with a1 (North) and b1 (South), its first meeting on FIRST. */
    private PeerGroup startedGroup() {
        PeerGroup g = f.group(pssSouth, "pss.south", "Tuesday evening group");
        f.groups.join(pssSouth, g.id, joining(a1, JOINED, null));
        f.groups.join(pssSouth, g.id, joining(b1, JOINED, null));
        GroupMeeting first = meeting(FIRST, S1, a1, ATTENDED, b1, ATTENDED);
        first.comfortAgreement = agreement("What is said here stays here. We listen without judging.", null, a1, b1);
        f.meetings.record(pssSouth, g.id, first);
        return g;
    }

    @Test
    void onlyPeerStaffRecordGroupsRostersAndMeetingsWhateverTheBody() {
        PeerGroup g = startedGroup();
        for (Actor other : List.of(cmNorth, supervisor, ADMIN)) {
            assertThrows(ForbiddenException.class, () -> f.groups.create(other, null), other.toString());
            assertThrows(ForbiddenException.class, () -> f.group(other, "pss.south", "Not theirs"), other.toString());
            assertThrows(ForbiddenException.class, () -> f.groups.join(other, g.id, null));
            assertThrows(ForbiddenException.class, () -> f.groups.join(other, g.id, joining(a2, JOINED, true)));
            assertThrows(ForbiddenException.class, () -> f.meetings.record(other, g.id, null));
            assertThrows(ForbiddenException.class, () -> f.groups.writeAgreement(other, g.id, null));
            assertThrows(ForbiddenException.class, () -> f.groups.agree(other, g.id, null));
            assertThrows(ForbiddenException.class, () -> f.groups.update(other, g.id, 1, null));
            assertThrows(ForbiddenException.class, () -> f.sessions.record(other, null));
        }
        // another team's peer specialist, and a peer specialist of another site, write nothing of the group
        assertThrows(ForbiddenException.class, () -> f.groups.join(pssNorth, g.id, joining(a2, JOINED, true)));
        assertThrows(ForbiddenException.class, () -> f.meetings.record(farPss, g.id, meeting(f.today, S2, b1, ATTENDED)));
        assertThrows(ForbiddenException.class, () -> f.groups.join(pssSouth, "no-such-group", null),
                "a group that does not exist answers like one the caller may not write");
        // a peer specialist creates the groups they facilitate; a navigator those of the site
        assertThrows(ForbiddenException.class, () -> f.group(pssNorth, "pss.south", "For someone else"));
        PeerGroup forSouth = f.group(navigator, "pss.south", "Navigator's start");
        assertEquals(f.staffId("pss.south"), forSouth.facilitatorId);
        assertThrows(ForbiddenException.class, () -> f.group(farPss, "pss.south", "Across sites"));
        // the site's navigator records for a group of the site
        GroupMember joined = f.groups.join(navigator, g.id, joining(a2, f.today.minusDays(1), true));
        assertEquals(a2, joined.participantId);
        // update: no If-Match is 428 only for a writer; a stale one 412
        assertThrows(PreconditionRequiredException.class, () -> f.groups.update(pssSouth, g.id,
                PreconditionRequiredException.MISSING_VERSION, g));
        assertThrows(ForbiddenException.class, () -> f.groups.update(pssNorth, g.id,
                PreconditionRequiredException.MISSING_VERSION, g));
        assertThrows(PreconditionFailedException.class, () -> f.groups.update(pssSouth, g.id, 7, g));
        PeerGroup change = f.groups.get(pssSouth, g.id);
        change.schedule = "Wednesdays 17:30-19:00";
        change.facilitatorId = f.staffId("cm.south");
        UnprocessableException notPeer = assertThrows(UnprocessableException.class,
                () -> f.groups.update(pssSouth, g.id, change.version, change));
        assertTrue(notPeer.getMessage().contains("CASE_MANAGER"), notPeer.getMessage());
        change.facilitatorId = f.staffId("nav.site");
        PeerGroup handed = f.groups.update(pssSouth, g.id, change.version, change);
        assertEquals(2, handed.version);
        assertEquals("Wednesdays 17:30-19:00", handed.schedule);
        assertEquals(RosterView.OWN_TEAM, handed.roster, "the former facilitator now sees their own team's member only");
        assertEquals(Set.of(b1), participants(handed.members));
        assertThrows(ForbiddenException.class, () -> f.meetings.record(pssSouth, g.id, meeting(f.today, S2, b1, ATTENDED)));
    }

    @Test
    void everyMemberIsAPeerEnrolledAtTheGroupsSite() {
        PeerGroup g = f.group(pssSouth, "pss.south", "Peers only");
        UnprocessableException staff = assertThrows(UnprocessableException.class,
                () -> f.groups.join(pssSouth, g.id, joining(f.staffId("cm.north"), JOINED, null)));
        assertTrue(staff.getMessage().contains("staff member's id"), staff.getMessage());
        UnprocessableException unknown = assertThrows(UnprocessableException.class,
                () -> f.groups.join(pssSouth, g.id, joining("no-such-participant", JOINED, null)));
        assertTrue(unknown.getMessage().contains("no ENROLLED or ACTIVE enrollment at site"), unknown.getMessage());
        Team far = f.teamAt("Far", ELSEWHERE, "cm.far", "pss.far");
        String elsewhere = f.enrolled("Castellano", far, START);
        assertThrows(UnprocessableException.class, () -> f.groups.join(pssSouth, g.id, joining(elsewhere, JOINED, null)));
        String gone = f.enrolled("Delacroix", north, START);
        withdraw(gone);
        assertThrows(UnprocessableException.class, () -> f.groups.join(pssSouth, g.id, joining(gone, JOINED, null)));
        UnprocessableException early = assertThrows(UnprocessableException.class,
                () -> f.groups.join(pssSouth, g.id, joining(a1, START.minusDays(1), null)));
        assertTrue(early.getMessage().contains("before the participant's enrollment started"), early.getMessage());
        // a facilitator may be outside the participant's caseload: the start day is not told (attack on issue 11)
        assertFalse(early.getMessage().contains(START.toString()), early.getMessage());
        assertThrows(UnprocessableException.class, () -> f.groups.join(pssSouth, g.id, joining(a1, f.today.plusDays(1), null)));
        ValidationException missing = assertThrows(ValidationException.class,
                () -> f.groups.join(pssSouth, g.id, joining(null, null, null)));
        assertEquals(2, missing.errors().size());

        GroupMember first = f.groups.join(pssSouth, g.id, joining(a1, JOINED, null));
        assertTrue(first.current);
        assertThrows(ConflictException.class, () -> f.groups.join(pssSouth, g.id, joining(a1, JOINED.plusDays(2), null)));
        f.groups.leave(pssSouth, first.id, new Leaving(JOINED.plusDays(3), "moved to evening work"));
        assertThrows(ConflictException.class, () -> f.groups.join(pssSouth, g.id, joining(a1, JOINED.plusDays(3), null)),
                "a rejoin starts after the last day");
        GroupMember again = f.groups.join(pssSouth, g.id, joining(a1, JOINED.plusDays(4), null));
        assertTrue(again.current);
        PeerGroup detail = f.groups.get(pssSouth, g.id);
        assertEquals(2, detail.members.size(), "each membership is kept");
        assertEquals(1, detail.memberCount);
        assertEquals(0, detail.formerMemberCount, "a member again");
        List<Event> joins = f.platform.events.events(PeerEvents.MEMBER_JOINED);
        assertEquals(2, joins.size());
        assertEquals(1, f.platform.events.events(PeerEvents.MEMBER_LEFT).size());
        for (Event e : joins) {
            for (String k : e.getPropertyNames()) {
                Object v = e.getProperty(k);
                assertTrue(k.equals("event.topics") || v instanceof String || v instanceof Integer, k + "=" + v);
                assertFalse(String.valueOf(v).contains("Peers only"), "no group name in an event");
            }
        }
    }

    @Test
    void theComfortAgreementComesFirstAndMembersAgreeBeforeTheyAttend() {
        PeerGroup g = f.group(pssSouth, "pss.south", "Agreement first");
        f.groups.join(pssSouth, g.id, joining(a1, JOINED, null));
        f.groups.join(pssSouth, g.id, joining(b1, JOINED, null));
        ConflictException none = assertThrows(ConflictException.class,
                () -> f.meetings.record(pssSouth, g.id, meeting(FIRST, S1, a1, ATTENDED)));
        assertTrue(none.getMessage().contains("no comfort agreement yet"), none.getMessage());
        UnprocessableException agreeingAhead = assertThrows(UnprocessableException.class,
                () -> f.groups.join(pssSouth, g.id, joining(a2, JOINED, true)));
        assertTrue(agreeingAhead.getMessage().contains("no comfort agreement yet"), agreeingAhead.getMessage());

        GroupMeeting first = meeting(FIRST, S1, a1, ATTENDED, b1, NO_SHOW);
        first.comfortAgreement = agreement("Confidentiality; one voice at a time.", null, a1);
        GroupMeeting recorded = f.meetings.record(pssSouth, g.id, first);
        assertEquals(1, recorded.comfortAgreementVersion);
        assertEquals(FIRST, recorded.comfortAgreement.agreedOn, "dated the first meeting's day");
        assertEquals(1, recorded.attended);
        assertEquals(1, recorded.noShow);
        assertEquals(2, recorded.members);

        // b1 was away: not agreed, so not recorded as attending until they agree
        ConflictException notAgreed = assertThrows(ConflictException.class,
                () -> f.meetings.record(pssSouth, g.id, meeting(FIRST.plusDays(7), S2, a1, ATTENDED, b1, PARTLY)));
        assertTrue(notAgreed.getMessage().contains("has not agreed"), notAgreed.getMessage());
        f.meetings.record(pssSouth, g.id, meeting(FIRST.plusDays(7), S2, a1, ATTENDED, b1, EXCUSED));
        assertThrows(UnprocessableException.class, () -> f.groups.agree(pssSouth, g.id, new Assent(b1, FIRST.minusDays(1))));
        f.groups.agree(pssSouth, g.id, new Assent(b1, FIRST.plusDays(14)));
        assertThrows(ConflictException.class, () -> f.groups.agree(pssSouth, g.id, new Assent(b1, FIRST.plusDays(14))));
        assertThrows(ConflictException.class, () -> f.groups.agree(pssSouth, g.id, new Assent(a2, FIRST.plusDays(14))),
                "only members agree");
        f.meetings.record(pssSouth, g.id, meeting(FIRST.plusDays(14), S3, a1, ATTENDED, b1, ATTENDED));

        // a later member agrees when joining, and the join says so
        UnprocessableException withoutAgreeing = assertThrows(UnprocessableException.class,
                () -> f.groups.join(pssSouth, g.id, joining(a2, FIRST.plusDays(15), null)));
        assertTrue(withoutAgreeing.getMessage().contains("agrees to it when joining"), withoutAgreeing.getMessage());
        GroupMember later = f.groups.join(pssSouth, g.id, joining(a2, FIRST.plusDays(15), true));
        assertEquals(1, later.agreedVersion);
        assertEquals(FIRST.plusDays(15), later.agreedOn);

        // a new text is a new version: every current member agrees again
        ComfortAgreement v2 = f.groups.writeAgreement(pssSouth, g.id,
                agreement("Confidentiality; one voice at a time; phones away.", FIRST.plusDays(21), a1));
        assertEquals(2, v2.version);
        assertThrows(ConflictException.class, () -> f.meetings.record(pssSouth, g.id,
                meeting(FIRST.plusDays(21), S1, a1, ATTENDED, a2, ATTENDED)));
        GroupMeeting beforeV2 = f.meetings.record(pssSouth, g.id, meeting(FIRST.plusDays(20), S1, a2, ATTENDED));
        assertEquals(1, beforeV2.comfortAgreementVersion, "a meeting keeps the version in force on its day");
        f.meetings.record(pssSouth, g.id, meeting(FIRST.plusDays(21), S1, a1, ATTENDED, a2, NO_SHOW));
        assertThrows(UnprocessableException.class, () -> f.groups.writeAgreement(pssSouth, g.id,
                agreement("Older", FIRST.plusDays(2), a1)), "a version comes after the one in force");
        assertThrows(ConflictException.class, () -> f.groups.writeAgreement(pssSouth, g.id,
                agreement("With a stranger", FIRST.plusDays(22), a1, "no-such-member")));
        UnprocessableException beforeAll = assertThrows(UnprocessableException.class,
                () -> f.meetings.record(pssSouth, g.id, meeting(FIRST.minusDays(1), S1, a1, NO_SHOW)));
        assertTrue(beforeAll.getMessage().contains("before the group wrote its comfort agreement"), beforeAll.getMessage());

        // agreements and agreements to them are records: both versions stay, with their texts
        List<ComfortAgreement> versions = f.groups.agreements(pssSouth, g.id);
        assertEquals(List.of(1, 2), versions.stream().map(a -> a.version).collect(Collectors.toList()));
        assertEquals("Confidentiality; one voice at a time.", versions.get(0).text);
        assertEquals(3, versions.get(0).assentCount, "a1 at the meeting, b1 later, a2 when joining");
        assertTrue(versions.get(0).assents.stream().anyMatch(x -> x.participantId.equals(a2) && x.atJoin));
        assertEquals(1, versions.get(1).assentCount);
        PeerGroup detail = f.groups.get(pssSouth, g.id);
        assertEquals(2, detail.comfortAgreementVersion);
        assertEquals(2, detail.membersWithoutAgreement, "a2 and b1 have not agreed to version 2");
    }

    @Test
    void anAgreementWrittenAheadFixesTheFirstMeetingsDay() {
        PeerGroup g = f.group(pssSouth, "pss.south", "Written ahead");
        f.groups.join(pssSouth, g.id, joining(b1, JOINED, null));
        assertThrows(ConflictException.class, () -> f.groups.writeAgreement(pssSouth, g.id,
                agreement("Respect", FIRST, a1)), "a1 is not a member");
        ComfortAgreement a = f.groups.writeAgreement(pssSouth, g.id, agreement("Respect", FIRST, b1));
        assertEquals(1, a.version);
        UnprocessableException otherDay = assertThrows(UnprocessableException.class,
                () -> f.meetings.record(pssSouth, g.id, meeting(FIRST.plusDays(1), S1, b1, ATTENDED)));
        assertTrue(otherDay.getMessage().contains("record that meeting first"), otherDay.getMessage());
        assertThrows(UnprocessableException.class, () -> f.groups.writeAgreement(pssSouth, g.id,
                agreement("Respect, and time", FIRST.plusDays(1), b1)));
        assertEquals(1, f.meetings.record(pssSouth, g.id, meeting(FIRST, S1, b1, ATTENDED)).attended);
    }

    @Test
    void attendanceForSomeoneWhoIsNotAMemberThatDayIs409() {
        PeerGroup g = startedGroup();
        ConflictException stranger = assertThrows(ConflictException.class,
                () -> f.meetings.record(pssSouth, g.id, meeting(FIRST.plusDays(7), S2, a2, NO_SHOW)));
        assertTrue(stranger.getMessage().contains("is not a member of the group on"), stranger.getMessage());
        assertThrows(ConflictException.class, () -> f.meetings.record(pssSouth, g.id,
                meeting(FIRST.plusDays(7), S2, f.staffId("pss.south"), ATTENDED)), "staff are never members");
        GroupMember m = f.groups.get(pssSouth, g.id).members.stream().filter(x -> x.participantId.equals(b1)).findFirst()
                .get();
        f.groups.leave(pssSouth, m.id, new Leaving(FIRST.plusDays(7), null));
        f.meetings.record(pssSouth, g.id, meeting(FIRST.plusDays(7), S2, b1, ATTENDED));
        assertThrows(ConflictException.class, () -> f.meetings.record(pssSouth, g.id,
                meeting(FIRST.plusDays(8), S2, b1, ATTENDED)), "after the last day");
        ValidationException twice = assertThrows(ValidationException.class, () -> f.meetings.record(pssSouth, g.id,
                meeting(FIRST.plusDays(8), S2, a1, ATTENDED, a1, PARTLY)));
        assertEquals("attendance[1].participantId", twice.errors().get(0).field);
    }

    @Test
    void aMeetingCoversAPeerSessionOfTheCatalogThatIsNotRetiredOnADayThatWas() {
        PeerGroup g = startedGroup();
        assertThrows(NotFoundException.class, () -> f.meetings.record(pssSouth, g.id,
                meeting(FIRST.plusDays(7), "peer-mission-cj-99", a1, ATTENDED)));
        NotFoundException drt = assertThrows(NotFoundException.class, () -> f.meetings.record(pssSouth, g.id,
                meeting(FIRST.plusDays(7), DRT1, a1, ATTENDED)));
        assertTrue(drt.getMessage().contains("DRT"), drt.getMessage());
        f.catalogService.retire(ADMIN, S3, 1, "the program covers gratitude in session 1");
        assertThrows(UnprocessableException.class, () -> f.meetings.record(pssSouth, g.id,
                meeting(FIRST.plusDays(7), S3, a1, ATTENDED)));
        assertThrows(UnprocessableException.class, () -> f.meetings.record(pssSouth, g.id,
                meeting(f.today.plusDays(1), S2, a1, ATTENDED)));
        // a delivered session keeps the catalog version it used
        GroupMeeting before = f.meetings.record(pssSouth, g.id, meeting(FIRST.plusDays(7), S2, a1, ATTENDED));
        org.missioncj.curriculum.api.dto.CatalogSession s2 = f.catalogService.get(ADMIN, S2);
        s2.title = "Self-Acceptance, Respect and Dignity";
        f.catalogService.reword(ADMIN, S2, s2.version, s2);
        GroupMeeting after = f.meetings.record(pssSouth, g.id, meeting(FIRST.plusDays(8), S2, a1, ATTENDED));
        assertEquals(1, (int) f.meetings.get(pssSouth, before.id).catalogVersion);
        assertEquals("Self-Acceptance and Respect", f.meetings.get(pssSouth, before.id).catalogTitle);
        assertEquals(2, (int) after.catalogVersion);
        assertEquals("Self-Acceptance, Respect and Dignity", f.meetings.get(pssSouth, after.id).catalogTitle);
    }

    @Test
    void theRosterIsTheFacilitatorsAndEachMembersOwnTeamSeesThatMemberOnly() {
        PeerGroup g = startedGroup();
        PeerGroup full = f.groups.get(pssSouth, g.id);
        assertEquals(RosterView.FULL, full.roster);
        assertEquals(Set.of(a1, b1), participants(full.members));
        // a1 is North's, b1 South's: each team sees its own member, and South's PSS facilitates
        PeerGroup northView = f.groups.get(cmNorth, g.id);
        assertEquals(RosterView.OWN_TEAM, northView.roster);
        assertEquals(Set.of(a1), participants(northView.members));
        assertEquals(Set.of(a1), participants(f.groups.get(pssNorth, g.id).members));
        assertEquals(Set.of(b1), participants(f.groups.get(cmSouth, g.id).members));
        for (Actor counts : List.of(cmEast, supervisor, navigator, ADMIN, farPss)) {
            PeerGroup seen = f.groups.get(counts, g.id);
            assertEquals(RosterView.COUNTS, seen.roster, counts.toString());
            assertNull(seen.members, counts.toString());
            assertEquals(2, seen.memberCount);
            assertEquals(1, seen.meetingCount);
            assertEquals(FIRST, seen.firstMeetingOn);
        }
        // meetings: the same counts for everyone, the attendance as the roster
        GroupMeeting m = f.meetings.list(pssSouth, g.id, PageRequest.of(0, 10)).items.get(0);
        assertEquals(Set.of(a1, b1), attendees(m.attendance));
        GroupMeeting northMeeting = f.meetings.get(cmNorth, m.id);
        assertEquals(Set.of(a1), attendees(northMeeting.attendance));
        assertEquals(2, northMeeting.attended);
        GroupMeeting supervised = f.meetings.get(supervisor, m.id);
        assertNull(supervised.attendance);
        assertEquals(RosterView.COUNTS, supervised.roster);
        assertEquals(2, supervised.attended);
        assertEquals(2, supervised.members);
        assertNull(f.meetings.list(ADMIN, g.id, PageRequest.of(0, 10)).items.get(0).attendance);
        // comfort agreements: the text for all, who agreed as the roster
        assertEquals(Set.of(a1), f.groups.agreements(cmNorth, g.id).get(0).assents.stream().map(x -> x.participantId)
                .collect(Collectors.toSet()));
        ComfortAgreement counted = f.groups.agreements(supervisor, g.id).get(0);
        assertNull(counted.assents);
        assertEquals(2, counted.assentCount);
        assertTrue(counted.text.startsWith("What is said here"));
        // lists never carry a roster
        PeerGroup listed = f.groups.list(pssSouth, new PeerGroupSearch(f.site, null), PageRequest.of(0, 10)).items.get(0);
        assertNull(listed.members);
        assertEquals(2, listed.memberCount);
        assertEquals(1, listed.meetingCount);
        assertEquals(1, (int) listed.comfortAgreementVersion);
        assertEquals(1, f.groups.list(cmEast, new PeerGroupSearch(null, f.staffId("pss.south")), PageRequest.of(0, 10))
                .totalItems);
        assertThrows(ValidationException.class, () -> f.groups.list(cmEast, new PeerGroupSearch(), PageRequest.of(0, 10)));
        assertThrows(NotFoundException.class, () -> f.groups.get(cmEast, "no-such-group"));
    }

    @Test
    void everyRosterReadIsAuditedOncePerParticipantShown() {
        PeerGroup g = startedGroup();
        f.groups.get(cmNorth, g.id);
        List<AuditRecord> north = f.audit("cm.north", PeerGroupServiceImpl.MEMBER);
        assertEquals(1, north.size());
        assertEquals(a1, north.get(0).participantId);
        assertEquals("READ", north.get(0).action);
        f.groups.get(pssSouth, g.id);
        assertEquals(Set.of(a1, b1), f.audit("pss.south", PeerGroupServiceImpl.MEMBER).stream().map(r -> r.participantId)
                .collect(Collectors.toSet()));
        f.meetings.list(pssSouth, g.id, PageRequest.of(0, 10));
        assertEquals(2, f.audit("pss.south", PeerMeetingServiceImpl.ATTENDANCE).stream()
                .filter(r -> r.action.equals("READ")).count());
        f.groups.get(supervisor, g.id);
        f.meetings.list(supervisor, g.id, PageRequest.of(0, 10));
        assertEquals(0, f.audit("sup.site", PeerGroupServiceImpl.MEMBER).size(), "counts name no participant");
        assertEquals(0, f.audit("sup.site", PeerMeetingServiceImpl.ATTENDANCE).size());
        assertEquals(1, f.audit("sup.site", PeerGroupServiceImpl.GROUP).size(), "the read of the group itself");
        // recording a meeting records its attendance per participant
        assertEquals(2, f.audit("pss.south", PeerMeetingServiceImpl.ATTENDANCE).stream()
                .filter(r -> r.action.equals("CREATE")).count());
    }

    @Test
    void aMemberWhoLeftStaysInTheRecordsTheirTeamAndTheFacilitatorSee() {
        PeerGroup g = startedGroup();
        f.meetings.record(pssSouth, g.id, meeting(FIRST.plusDays(7), S2, a1, ATTENDED, b1, ATTENDED));
        GroupMember a1m = f.groups.get(pssSouth, g.id).members.stream().filter(x -> x.participantId.equals(a1)).findFirst()
                .get();
        ConflictException early = assertThrows(ConflictException.class,
                () -> f.groups.leave(pssSouth, a1m.id, new Leaving(FIRST.plusDays(3), null)));
        assertTrue(early.getMessage().contains(FIRST.plusDays(7).toString()), early.getMessage());
        assertThrows(UnprocessableException.class, () -> f.groups.leave(pssSouth, a1m.id, new Leaving(JOINED.minusDays(1),
                null)));
        assertThrows(ForbiddenException.class, () -> f.groups.leave(cmNorth, a1m.id, new Leaving(FIRST.plusDays(8), null)));
        GroupMember left = f.groups.leave(pssSouth, a1m.id, new Leaving(FIRST.plusDays(8), "found work"));
        assertFalse(left.current);
        assertThrows(ConflictException.class, () -> f.groups.leave(pssSouth, a1m.id, new Leaving(FIRST.plusDays(9), null)));
        PeerGroup full = f.groups.get(pssSouth, g.id);
        assertEquals(1, full.memberCount);
        assertEquals(1, full.formerMemberCount);
        GroupMember former = full.members.stream().filter(x -> x.participantId.equals(a1)).findFirst().get();
        assertEquals(FIRST.plusDays(8), former.leftOn);
        assertEquals("found work", former.leftReason);
        PeerGroup north = f.groups.get(cmNorth, g.id);
        assertEquals(Set.of(a1), participants(north.members), "their own member, who left");
        assertFalse(north.members.get(0).current);
        assertEquals(Set.of(a1, b1), attendees(f.meetings.list(pssSouth, g.id, PageRequest.of(0, 10)).items.get(0).attendance),
                "past attendance stays");
        assertThrows(ConflictException.class, () -> f.meetings.record(pssSouth, g.id,
                meeting(FIRST.plusDays(14), S3, a1, ATTENDED, b1, ATTENDED)));
        PeerGroup counts = f.groups.get(supervisor, g.id);
        assertEquals(1, counts.memberCount);
        assertEquals(1, counts.formerMemberCount);
    }

    @Test
    void aMemberEnrolledAMomentAgoIsCaughtUp() {
        PeerGroup g = f.group(pssSouth, "pss.south", "Catch-up");
        f.delivering(false);
        String late = f.enrolled("Galbraith", south, START);
        f.delivering(true);
        assertEquals(late, f.groups.join(pssSouth, g.id, joining(late, JOINED, null)).participantId);
        assertEquals(0, f.enrollments.reconcile(), "the join brought it in");
    }

    @Test
    void aMeetingsEventCarriesCountsNeverNamesOrWhoAttended() {
        PeerGroup g = startedGroup();
        Event e = f.platform.events.events(PeerEvents.MEETING_RECORDED).get(0);
        assertEquals(g.id, e.getProperty(PeerEvents.PROP_GROUP_ID));
        assertEquals(2, e.getProperty(PeerEvents.PROP_ATTENDED));
        assertEquals(2, e.getProperty(PeerEvents.PROP_MEMBERS));
        assertEquals(1, e.getProperty(PeerEvents.PROP_CATALOG_VERSION));
        assertEquals(FIRST.toString(), e.getProperty(PeerEvents.PROP_HELD_ON));
        for (String k : e.getPropertyNames()) {
            Object v = e.getProperty(k);
            assertTrue(k.equals("event.topics") || v instanceof String || v instanceof Integer, k + "=" + v);
            assertFalse(String.valueOf(v).contains("Tuesday evening"), k);
            assertFalse(String.valueOf(v).equals(a1) || String.valueOf(v).equals(b1), k + " names an attendee");
        }
    }

    private void withdraw(String participantId) {
        Enrollment e = f.registry.enrollments.list(ADMIN, null, PageRequest.of(0, 50)).items.stream()
                .filter(x -> x.participantId.equals(participantId)).findFirst().get();
        StatusChange out = new StatusChange();
        out.status = EnrollmentStatus.WITHDRAWN;
        out.reason = "moved away";
        f.registry.enrollments.changeStatus(ADMIN, e.id, e.version, out);
    }

    private static Set<String> participants(List<GroupMember> members) {
        return members.stream().map(m -> m.participantId).collect(Collectors.toSet());
    }

    private static Set<String> attendees(List<MeetingAttendance> attendance) {
        return attendance.stream().map(a -> a.participantId).collect(Collectors.toSet());
    }
}
