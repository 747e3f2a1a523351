package org.missioncj.cti.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.cti.impl.CtiFixture.ADMIN;
import static org.missioncj.cti.impl.CtiFixture.SITE_ZONE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
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
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.cti.api.CtiEvents;
import org.missioncj.cti.api.dto.Contact;
import org.missioncj.cti.api.dto.ContactKind;
import org.missioncj.cti.api.dto.ContactSchedule;
import org.missioncj.cti.api.dto.ContactSearch;
import org.missioncj.cti.api.dto.DueContact;
import org.missioncj.cti.api.dto.OverdueParticipant;
import org.missioncj.cti.api.dto.PeerSupport;
import org.missioncj.cti.api.dto.PhaseDistribution;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.event.Event;

class CtiServicesTest {
    /** Sunday 2026-03-15, 11:00 in New York (a week after clocks went forward). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T15:00:00Z"), SITE_ZONE);
    private CtiFixture f;
    private Actor cm;
    private Actor pss;
    private Actor otherCm;
    private Team north;

    @BeforeEach
    void setUp() {
        f = new CtiFixture(CLOCK);
        cm = f.person("cm.north", StaffRole.CASE_MANAGER, Role.CASE_MANAGER, f.site);
        pss = f.person("pss.north", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST, f.site);
        otherCm = f.person("cm.south", StaffRole.CASE_MANAGER, Role.CASE_MANAGER, f.site);
        f.person("pss.south", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST, f.site);
        north = f.team("North", "cm.north", "pss.north");
    }

    private Contact contact(String participantId, String staffUsername, ZonedDateTime at, ContactKind kind) {
        Contact c = new Contact();
        c.participantId = participantId;
        c.staffId = f.staffId(staffUsername);
        c.occurredAt = at.toOffsetDateTime();
        c.kind = kind;
        c.minutes = 45;
        return c;
    }

    private ZonedDateTime at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, SITE_ZONE);
    }

    @Test
    void enrollingBuildsTheScheduleAndContactsFillItsWindows() {
        // started four weeks ago on a Sunday: windows Feb 15, 22, Mar 1, 8, 15 ...
        String p = f.enrolled("Abernathy", north, LocalDate.of(2026, 2, 15));
        f.contacts.log(cm, contact(p, "cm.north", at(2026, 2, 16, 10), ContactKind.IN_PERSON));
        Contact late = contact(p, "pss.north", at(2026, 3, 7, 23), ContactKind.PHONE);
        late.peerSupport = PeerSupport.DID_FOR;
        Contact stored = f.contacts.log(pss, late);
        assertEquals(1, stored.phase);
        assertEquals("Transition to community", stored.phaseName);
        assertEquals(-5 * 3600, stored.occurredAt.getOffset().getTotalSeconds());

        ContactSchedule s = f.schedules.schedule(cm, p);
        assertEquals(1, s.currentPhase);
        List<DueContact.Status> first = s.due.subList(0, 6).stream().map(d -> d.status).collect(Collectors.toList());
        assertEquals(List.of(DueContact.Status.DONE, DueContact.Status.MISSED, DueContact.Status.DONE,
                DueContact.Status.MISSED, DueContact.Status.DUE, DueContact.Status.UPCOMING), first);
        assertEquals(5, s.dueCount);
        assertEquals(2, s.doneCount);
        assertEquals(2, s.missedCount);
        assertEquals(LocalDate.of(2026, 6, 15), s.phases.get(0).end);
    }

    @Test
    void aContactJustAfterMidnightCountsOnTheSiteDayAcrossTheClockChange() {
        String p = f.enrolled("Bellweather", north, LocalDate.of(2026, 3, 1));
        // 00:30 on Sunday March 8 in New York is 05:30 UTC; clocks jump at 02:00 that night
        Contact c = contact(p, "cm.north", at(2026, 3, 8, 0).plusMinutes(30), ContactKind.HOME_VISIT);
        c.occurredAt = c.occurredAt.withOffsetSameInstant(java.time.ZoneOffset.UTC);
        f.contacts.log(cm, c);
        ContactSchedule s = f.schedules.schedule(cm, p);
        DueContact week2 = s.due.get(1);
        assertEquals(LocalDate.of(2026, 3, 8), week2.dueDate);
        assertEquals(DueContact.Status.DONE, week2.status);
        assertEquals(DueContact.Status.MISSED, s.due.get(0).status);
    }

    @Test
    void badContactsAreRefusedWithTheirReason() {
        String p = f.enrolled("Castellano", north, LocalDate.of(2026, 3, 1));
        UnprocessableException before = assertThrows(UnprocessableException.class,
                () -> f.contacts.log(cm, contact(p, "cm.north", at(2026, 2, 27, 9), ContactKind.PHONE)));
        assertTrue(before.getMessage().contains("before the enrollment started on 2026-03-01"), before.getMessage());
        UnprocessableException future = assertThrows(UnprocessableException.class,
                () -> f.contacts.log(cm, contact(p, "cm.north", at(2026, 3, 16, 9), ContactKind.PHONE)));
        assertTrue(future.getMessage().contains("in the future"), future.getMessage());
        assertThrows(ForbiddenException.class,
                () -> f.contacts.log(otherCm, contact(p, "cm.south", at(2026, 3, 10, 9), ContactKind.PHONE)));
        Contact ghost = contact(p, "cm.north", at(2026, 3, 10, 9), ContactKind.PHONE);
        ghost.staffId = "no-such-staff";
        assertThrows(NotFoundException.class, () -> f.contacts.log(cm, ghost));
        Contact nobody = contact(p, "cm.north", at(2026, 3, 10, 9), ContactKind.PHONE);
        nobody.participantId = "no-such-participant";
        assertThrows(ForbiddenException.class, () -> f.contacts.log(cm, nobody), "answered like another team's participant");
        Contact accompany = contact(p, "pss.north", at(2026, 3, 10, 9), ContactKind.ACCOMPANIMENT);
        ValidationException v = assertThrows(ValidationException.class, () -> f.contacts.log(pss, accompany));
        assertEquals("accompanimentTo", v.errors().get(0).field);
        Contact cmPeer = contact(p, "cm.north", at(2026, 3, 10, 9), ContactKind.PHONE);
        cmPeer.peerSupport = PeerSupport.COACHED;
        assertThrows(UnprocessableException.class, () -> f.contacts.log(cm, cmPeer));
        assertThrows(ForbiddenException.class, () -> f.schedules.schedule(otherCm, p));
        // the staff member named on a contact is on the participant's team, or is the one logging it
        Contact someoneElse = contact(p, "cm.south", at(2026, 3, 10, 9), ContactKind.PHONE);
        UnprocessableException notOnTeam = assertThrows(UnprocessableException.class, () -> f.contacts.log(cm, someoneElse));
        assertTrue(notOnTeam.getMessage().contains("not on the participant's team"), notOnTeam.getMessage());
    }

    @Test
    void contactsStayReadableAfterTheEnrollmentEnds() {
        String p = f.enrolled("Mercer", north, LocalDate.of(2026, 3, 1));
        f.contacts.log(cm, contact(p, "cm.north", at(2026, 3, 2, 10), ContactKind.PHONE));
        Enrollment e = f.enrollments.list(ADMIN, null, PageRequest.of(0, 50)).items.stream()
                .filter(x -> x.participantId.equals(p)).findFirst().get();
        org.missioncj.registry.api.dto.StatusChange out = new org.missioncj.registry.api.dto.StatusChange();
        out.status = org.missioncj.registry.api.dto.EnrollmentStatus.WITHDRAWN;
        out.reason = "moved away";
        f.enrollments.changeStatus(ADMIN, e.id, e.version, out);
        assertEquals(1, f.contacts.list(cm, new ContactSearch(p, null, null), PageRequest.of(0, 10)).totalItems);
        assertThrows(ForbiddenException.class, () -> f.contacts.list(otherCm, new ContactSearch(p, null, null), PageRequest.of(0, 10)));
        assertThrows(NotFoundException.class, () -> f.schedules.schedule(cm, p));
    }

    @Test
    void aCrisisRaisesAnEvent() {
        String p = f.enrolled("Delacroix", north, LocalDate.of(2026, 3, 1));
        Contact crisis = f.contacts.log(pss, contact(p, "pss.north", at(2026, 3, 14, 22), ContactKind.CRISIS));
        Event e = f.events.stream().filter(x -> x.getTopic().equals(CtiEvents.CRISIS)).findFirst().get();
        assertEquals(crisis.id, e.getProperty(CtiEvents.PROP_CONTACT_ID));
        assertEquals(p, e.getProperty(CtiEvents.PROP_PARTICIPANT_ID));
    }

    @Test
    void movingTheStartRebuildsOnlyTheFutureAndKeepsWhatWasLogged() {
        String p = f.enrolled("Ellsworth", north, LocalDate.of(2026, 2, 15));
        f.contacts.log(cm, contact(p, "cm.north", at(2026, 3, 2, 10), ContactKind.IN_PERSON));
        Enrollment e = f.enrollments.list(ADMIN, null, PageRequest.of(0, 10)).items.stream()
                .filter(x -> x.participantId.equals(p)).findFirst().get();
        e.startDate = LocalDate.of(2026, 2, 18); // a Wednesday
        f.enrollments.update(ADMIN, e.id, e.version, e);
        ContactSchedule s = f.schedules.schedule(cm, p);
        List<LocalDate> dates = s.due.stream().map(d -> d.dueDate).collect(Collectors.toList());
        assertEquals(dates.size(), dates.stream().distinct().count(), "no duplicated due contact");
        // the past Sunday windows stay; from today the windows follow the new Wednesday rhythm
        assertTrue(dates.contains(LocalDate.of(2026, 3, 1)));
        assertTrue(dates.contains(LocalDate.of(2026, 3, 18)));
        assertTrue(!dates.contains(LocalDate.of(2026, 3, 22)));
        DueContact march1 = s.due.stream().filter(d -> d.dueDate.equals(LocalDate.of(2026, 3, 1))).findFirst().get();
        assertEquals(DueContact.Status.DONE, march1.status);
        // the window open today was cut where the new rhythm starts
        DueContact current = s.due.stream().filter(d -> d.dueDate.equals(LocalDate.of(2026, 3, 15))).findFirst()
                .orElse(null);
        if (current != null) {
            assertEquals(LocalDate.of(2026, 3, 18), current.windowEnd);
        }
        assertEquals(1, f.contacts.list(cm, new ContactSearch(p, null, null), PageRequest.of(0, 10)).totalItems);
    }

    @Test
    void enrollmentsMadeWhileCtiWasDownAreCaughtUpAtStart() {
        f.delivering(false);
        String p = f.enrolled("Galbraith", north, LocalDate.of(2026, 3, 1));
        assertEquals(1, f.sync.reconcile());
        assertEquals(LocalDate.of(2026, 3, 1), f.schedules.schedule(cm, p).anchorDate);
        assertEquals(0, f.sync.reconcile(), "nothing left to catch up");
    }

    @Test
    void aScheduleReadBeforeTheEnrollmentEventArrivesCatchesUp() {
        f.delivering(false);
        String p = f.enrolled("Hollis", north, LocalDate.of(2026, 3, 1));
        assertEquals(LocalDate.of(2026, 3, 1), f.schedules.schedule(cm, p).anchorDate);
        assertEquals(0, f.sync.reconcile(), "the read brought it in");
        String referred = f.participants.create(CtiFixture.ADMIN, org.missioncj.registry.impl.RegistryFixture.participant(
                "Ira", "Hollis", LocalDate.of(1981, 2, 2))).id;
        f.enrollments.create(CtiFixture.ADMIN, org.missioncj.registry.impl.RegistryFixture.enrollment(referred, north.id));
        assertThrows(NotFoundException.class, () -> f.schedules.schedule(cm, referred),
                "a referral has no schedule, however often it is read");
    }

    @Test
    void releaseFromCustodyStartsTheCommunityPhases() {
        String p = f.enrolled("Fairbanks", north, LocalDate.of(2026, 1, 4));
        f.sync.handleEvent(new Event(CtiEvents.RELEASED, Map.of(CtiEvents.PROP_PARTICIPANT_ID, p,
                CtiEvents.PROP_RELEASE_DATE, "2026-03-20")));
        ContactSchedule s = f.schedules.schedule(cm, p);
        assertEquals(LocalDate.of(2026, 3, 20), s.anchorDate);
        assertEquals(0, s.currentPhase, "still in custody today");
        assertTrue(s.due.stream().anyMatch(d -> d.dueDate.equals(LocalDate.of(2026, 3, 20)) && d.phase == 1));
    }

    @Test
    void aReleaseBeforeTheEnrollmentEventArrivesStillStartsTheCommunityPhases() {
        f.delivering(false); // the enrollment's event is still on its way to CTI when the jail's release arrives
        String p = f.enrolled("Fairbanks", north, LocalDate.of(2026, 1, 4));
        f.delivering(true);
        f.sync.handleEvent(new Event(CtiEvents.RELEASED, Map.of(CtiEvents.PROP_PARTICIPANT_ID, p,
                CtiEvents.PROP_RELEASE_DATE, "2026-03-20")));
        assertEquals(LocalDate.of(2026, 3, 20), f.schedules.schedule(cm, p).anchorDate);
    }

    @Test
    void aReleaseBeforeTheEnrollmentExistsStartsTheCommunityPhasesWhenItIsMade() {
        // the jail reports the release while intake is still typing the enrollment in
        String p = f.participants.create(CtiFixture.ADMIN, org.missioncj.registry.impl.RegistryFixture.participant(
                "Kit", "Fenwick", LocalDate.of(1984, 5, 6))).id;
        f.sync.handleEvent(new Event(CtiEvents.RELEASED, Map.of(CtiEvents.PROP_PARTICIPANT_ID, p,
                CtiEvents.PROP_RELEASE_DATE, "2026-03-20")));
        org.missioncj.registry.api.dto.Enrollment e = org.missioncj.registry.impl.RegistryFixture.enrollment(p, north.id);
        e.startDate = LocalDate.of(2026, 1, 4);
        e.status = org.missioncj.registry.api.dto.EnrollmentStatus.ENROLLED;
        f.enrollments.create(CtiFixture.ADMIN, e);
        ContactSchedule s = f.schedules.schedule(cm, p);
        assertEquals(LocalDate.of(2026, 3, 20), s.anchorDate);
        assertTrue(s.due.stream().anyMatch(d -> d.dueDate.equals(LocalDate.of(2026, 3, 20)) && d.phase == 1));
    }

    @Test
    void aReleaseWhileTheEnrollmentIsAReferralStartsTheCommunityPhasesWhenItOpens() {
        String p = f.participants.create(CtiFixture.ADMIN, org.missioncj.registry.impl.RegistryFixture.participant(
                "Lee", "Fenwick", LocalDate.of(1986, 7, 8))).id;
        org.missioncj.registry.api.dto.Enrollment referral = f.enrollments.create(CtiFixture.ADMIN,
                org.missioncj.registry.impl.RegistryFixture.enrollment(p, north.id));
        f.sync.handleEvent(new Event(CtiEvents.RELEASED, Map.of(CtiEvents.PROP_PARTICIPANT_ID, p,
                CtiEvents.PROP_RELEASE_DATE, "2026-03-20")));
        assertThrows(NotFoundException.class, () -> f.schedules.schedule(cm, p), "a referral has no schedule yet");
        org.missioncj.registry.api.dto.StatusChange in = new org.missioncj.registry.api.dto.StatusChange();
        in.status = org.missioncj.registry.api.dto.EnrollmentStatus.ENROLLED;
        in.reason = "accepted at intake";
        f.enrollments.changeStatus(CtiFixture.ADMIN, referral.id, referral.version, in);
        assertEquals(LocalDate.of(2026, 3, 20), f.schedules.schedule(cm, p).anchorDate);
    }

    @Test
    void aReleaseFromAnEarlierStayDoesNotMoveALaterStart() {
        // a release from an earlier stay, long before this enrollment's start, does not move the start
        String p = f.participants.create(CtiFixture.ADMIN, org.missioncj.registry.impl.RegistryFixture.participant(
                "Max", "Fenwick", LocalDate.of(1979, 9, 10))).id;
        f.sync.handleEvent(new Event(CtiEvents.RELEASED, Map.of(CtiEvents.PROP_PARTICIPANT_ID, p,
                CtiEvents.PROP_RELEASE_DATE, "2025-06-01")));
        org.missioncj.registry.api.dto.Enrollment e = org.missioncj.registry.impl.RegistryFixture.enrollment(p, north.id);
        e.startDate = LocalDate.of(2026, 3, 1);
        e.status = org.missioncj.registry.api.dto.EnrollmentStatus.ENROLLED;
        f.enrollments.create(CtiFixture.ADMIN, e);
        assertEquals(LocalDate.of(2026, 3, 1), f.schedules.schedule(cm, p).anchorDate);
    }

    @Test
    void aContactLoggedBeforeTheEnrollmentEventArrivesIsAccepted() {
        f.delivering(false); // enrolled at intake, and the first contact logged at once
        String p = f.enrolled("Harlow", north, LocalDate.of(2026, 3, 10));
        f.delivering(true);
        f.contacts.log(cm, contact(p, "cm.north", at(2026, 3, 14, 10), ContactKind.PHONE));
        assertEquals(1, f.contacts.list(cm, new ContactSearch(p, null, null), PageRequest.of(0, 10)).totalItems);
    }

    @Test
    void aLateSyncOfTheEnrollmentKeepsTheReleaseDay() {
        String p = f.enrolled("Garland", north, LocalDate.of(2026, 1, 4));
        f.sync.handleEvent(new Event(CtiEvents.RELEASED, Map.of(CtiEvents.PROP_PARTICIPANT_ID, p,
                CtiEvents.PROP_RELEASE_DATE, "2026-03-20")));
        String enrollmentId = f.enrollments.list(CtiFixture.ADMIN, byParticipant(p), PageRequest.of(0, 5)).items.get(0).id;
        f.sync.sync(enrollmentId); // the registry's event again, as a late or repeated delivery brings it
        ContactSchedule s = f.schedules.schedule(cm, p);
        assertEquals(LocalDate.of(2026, 3, 20), s.anchorDate);
        assertTrue(s.due.stream().anyMatch(d -> d.dueDate.equals(LocalDate.of(2026, 3, 20)) && d.phase == 1));
    }

    private static org.missioncj.registry.api.dto.EnrollmentSearch byParticipant(String participantId) {
        org.missioncj.registry.api.dto.EnrollmentSearch q = new org.missioncj.registry.api.dto.EnrollmentSearch();
        q.participantId = participantId;
        return q;
    }

    @Test
    void theOverdueListPutsTheLatestFirst() {
        String early = f.enrolled("Galloway", north, LocalDate.of(2026, 2, 1));
        String recent = f.enrolled("Hollister", north, LocalDate.of(2026, 2, 1));
        String onTrack = f.enrolled("Ingram", north, LocalDate.of(2026, 2, 1));
        f.contacts.log(cm, contact(early, "cm.north", at(2026, 2, 2, 10), ContactKind.PHONE));
        f.contacts.log(cm, contact(recent, "cm.north", at(2026, 2, 24, 10), ContactKind.PHONE));
        f.contacts.log(cm, contact(onTrack, "cm.north", at(2026, 3, 10, 10), ContactKind.PHONE));
        List<OverdueParticipant> list = f.schedules.overdue(cm, north.id, PageRequest.of(0, 10)).items;
        assertEquals(List.of(early, recent), list.stream().map(o -> o.participantId).collect(Collectors.toList()));
        assertEquals(LocalDate.of(2026, 2, 8), list.get(0).dueDate);
        assertEquals(28, list.get(0).daysLate); // window Feb 8-15 ended 28 days before Mar 15
        assertEquals(LocalDate.of(2026, 2, 2), list.get(0).lastContactDate);
        assertEquals(LocalDate.of(2026, 3, 1), list.get(1).dueDate);
        assertThrows(ForbiddenException.class, () -> f.schedules.overdue(otherCm, north.id, PageRequest.of(0, 10)));
    }

    @Test
    void phaseDistributionCountsActiveParticipantsBySite() {
        f.enrolled("Jessup", north, LocalDate.of(2026, 3, 1));
        f.enrolled("Kowalczyk", north, LocalDate.of(2025, 9, 1)); // month 7: try-out
        f.enrolled("Lindqvist", north, LocalDate.of(2025, 4, 1)); // month 12: transfer of care
        PhaseDistribution d = f.schedules.phases(ADMIN, f.site);
        assertEquals(3, d.total);
        assertEquals(1, d.byPhase.get(1));
        assertEquals(1, d.byPhase.get(2));
        assertEquals(1, d.byPhase.get(3));
        assertThrows(ForbiddenException.class, () -> f.schedules.phases(cm, f.site));
    }

    @Test
    void breakingTheGlassOpensContactsAndSchedulesAndFlagsEachAccess() {
        String p = f.enrolled("Nakamura", north, LocalDate.of(2026, 3, 1));
        f.contacts.log(cm, contact(p, "cm.north", at(2026, 3, 2, 10), ContactKind.PHONE));
        assertThrows(ForbiddenException.class, () -> f.contacts.list(otherCm, new ContactSearch(p, null, null), PageRequest.of(0, 10)));
        String reason = "covering a crisis for the north team tonight";
        f.caseloads.breakGlass(otherCm, p, reason);
        assertEquals(1, f.contacts.list(otherCm, new ContactSearch(p, null, null), PageRequest.of(0, 10)).totalItems);
        assertEquals(p, f.schedules.schedule(otherCm, p).participantId);
        f.contacts.log(otherCm, contact(p, "cm.south", at(2026, 3, 14, 10), ContactKind.PHONE));
        assertThrows(ForbiddenException.class, () -> f.schedules.overdue(otherCm, north.id, PageRequest.of(0, 10)),
                "a grant opens one participant, not the team");
        AuditQuery q = new AuditQuery();
        q.component = "cti";
        q.actor = "cm.south";
        q.outcome = AuditOutcome.SUCCESS;
        List<AuditRecord> trail = f.audit.query(ADMIN, q, PageRequest.of(0, 10)).items;
        assertEquals(3, trail.size());
        for (AuditRecord r : trail) {
            assertTrue(r.detail.startsWith("break-the-glass: " + reason), r.detail);
        }
        assertTrue(trail.get(0).detail.endsWith("; PHONE"), trail.get(0).detail);
    }

    @Test
    void aCourtReportCountsOnlyWhatHappenedInsideItsPeriod() {
        // weekly contacts due from 2026-03-01: windows 03-01..03-07, 03-08..03-14; one contact on 03-09
        String p = f.enrolled("Boundary", north, LocalDate.of(2026, 3, 1));
        f.contacts.log(cm, contact(p, "cm.north", at(2026, 3, 9, 10), ContactKind.IN_PERSON));
        org.missioncj.core.spi.ReportContent toTheDayBefore = f.reportSection.render(p, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 8));
        assertEquals("0", fact(toTheDayBefore, "Made"), "the contact of 03-09 is after the period");
        assertEquals("0", fact(toTheDayBefore, "Contacts logged in the period"));
        assertEquals("1", fact(toTheDayBefore, "Window still open at the end of the period"));
        org.missioncj.core.spi.ReportContent toTheDay = f.reportSection.render(p, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 9));
        assertEquals("1", fact(toTheDay, "Made"));
        assertEquals("1", fact(toTheDay, "Contacts logged in the period"));
        org.missioncj.core.spi.ReportContent fromTheDayAfter = f.reportSection.render(p, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 14));
        assertEquals("0", fact(fromTheDayAfter, "Contacts logged in the period"));
        assertEquals("0", fact(fromTheDayAfter, "Contacts due in the period"), "no window begins inside 03-10..03-14");
        org.missioncj.core.spi.ReportContent beforeTheStart = f.reportSection.render(p, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28));
        assertEquals("No CTI contact schedule during the period.", beforeTheStart.summary);
    }

    private static String fact(org.missioncj.core.spi.ReportContent c, String label) {
        return c.facts.stream().filter(x -> x.label.equals(label)).map(x -> x.value).findFirst().orElse(null);
    }
}
