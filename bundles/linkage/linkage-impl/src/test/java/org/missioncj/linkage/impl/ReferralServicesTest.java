package org.missioncj.linkage.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.linkage.api.LinkageEvents;
import org.missioncj.linkage.api.dto.Referral;
import org.missioncj.linkage.api.dto.ReferralFollowUp;
import org.missioncj.linkage.api.dto.ReferralStatus;
import org.missioncj.linkage.api.dto.ReferralStep;
import org.missioncj.linkage.impl.hsds.HsdsDataset;
import org.missioncj.linkage.impl.hsds.HsdsGenerator;
import org.missioncj.linkage.impl.hsds.HsdsTable;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.testkit.TestPlatform;
import org.osgi.service.event.Event;

/** Closed-loop referrals: the status flow, due days and the team's late steps, access, events and the report section. */
class ReferralServicesTest {
    private static final Clock CLOCK = Clock.fixed(TestPlatform.NOW, TestPlatform.ZONE);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final String REASON = "Nightmares since the arrest; wants trauma counseling near the bus line";
    private LinkageFixture f;
    private HsdsDataset directory;
    private Actor cm;
    private Actor pss;
    private Actor otherCm;
    private Team north;
    private Team south;
    private String pat;
    private String active;

    @BeforeEach
    void setUp() {
        f = new LinkageFixture(CLOCK);
        assertEquals(TODAY, f.today);
        cm = f.person("cm.north", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        pss = f.person("pss.north", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        otherCm = f.person("cm.south", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        f.person("pss.south", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        north = f.team("North", "cm.north", "pss.north");
        south = f.team("South", "cm.south", "pss.south");
        pat = f.enrolled("Abernathy", north, LocalDate.of(2026, 1, 5));
        directory = HsdsGenerator.generate(40, 5);
        f.importJson(directory);
        active = withStatus("active");
    }

    private String withStatus(String status) {
        return directory.records(HsdsTable.SERVICE).stream().filter(s -> status.equals(s.get("status"))).findFirst()
                .orElseThrow(() -> new AssertionError("the generated directory has a service " + status)).get("id");
    }

    private Referral referral(String participantId, String serviceId, LocalDate sentOn) {
        Referral r = new Referral();
        r.participantId = participantId;
        r.serviceId = serviceId;
        r.reason = REASON;
        r.accompanied = true;
        r.sentOn = sentOn;
        return r;
    }

    private static ReferralStep step(ReferralStatus status, LocalDate day) {
        ReferralStep s = new ReferralStep();
        s.status = status;
        s.effectiveDate = day;
        return s;
    }

    private static ReferralStep scheduled(LocalDate day, LocalDate appointment) {
        ReferralStep s = step(ReferralStatus.SCHEDULED, day);
        s.appointmentOn = appointment;
        return s;
    }

    @Test
    void aReferralGoesFromSentToAttendedWithADueDayForEachStep() {
        Referral r = f.referrals.create(cm, referral(pat, active, LocalDate.of(2026, 3, 1)));
        assertEquals(ReferralStatus.SENT, r.status);
        assertEquals(LocalDate.of(2026, 3, 8), r.dueOn, "an answer within respondDays");
        assertTrue(r.late);
        assertTrue(r.accompanied);
        r = f.referrals.move(pss, r.id, r.version, step(ReferralStatus.ACCEPTED, LocalDate.of(2026, 3, 3)));
        assertEquals(LocalDate.of(2026, 3, 17), r.dueOn, "an appointment within scheduleDays");
        assertFalse(r.late);
        r = f.referrals.move(pss, r.id, r.version, scheduled(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 10)));
        assertEquals(LocalDate.of(2026, 3, 10), r.appointmentOn);
        assertEquals(LocalDate.of(2026, 3, 12), r.dueOn, "attendance recorded within followUpDays");
        r = f.referrals.move(cm, r.id, r.version, step(ReferralStatus.ATTENDED, LocalDate.of(2026, 3, 10)));
        assertEquals(ReferralStatus.ATTENDED, r.status);
        assertNull(r.dueOn);
        assertFalse(r.late);
        assertEquals(List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED,
                ReferralStatus.ATTENDED), r.history.stream().map(s -> s.status).collect(Collectors.toList()));
        assertEquals(ReferralStatus.SCHEDULED, r.history.get(3).fromStatus);

        List<Event> sent = f.events(LinkageEvents.REFERRAL_SENT);
        assertEquals(1, sent.size());
        assertEquals(north.id, sent.get(0).getProperty(LinkageEvents.PROP_TEAM_ID));
        List<Event> moved = f.events(LinkageEvents.REFERRAL_STATUS_CHANGED);
        assertEquals(List.of("ACCEPTED", "SCHEDULED", "ATTENDED"), moved.stream()
                .map(e -> (String) e.getProperty(LinkageEvents.PROP_STATUS)).collect(Collectors.toList()));
        assertEquals("2026-03-10", moved.get(2).getProperty(LinkageEvents.PROP_EFFECTIVE_DATE));
        for (Event e : f.events) {
            for (String name : e.getPropertyNames()) {
                assertFalse(String.valueOf(e.getProperty(name)).contains("Nightmares"), "no event carries the reason");
            }
        }
    }

    @Test
    void aStepThatCannotFollowIsAConflictAndAStaleVersionIsRefused() {
        Referral r = f.referrals.create(cm, referral(pat, active, LocalDate.of(2026, 3, 1)));
        long version = r.version;
        String id = r.id;
        ConflictException skip = assertThrows(ConflictException.class,
                () -> f.referrals.move(cm, id, version, step(ReferralStatus.ATTENDED, TODAY)));
        assertTrue(skip.getMessage().contains("ACCEPTED"), skip.getMessage());
        Referral accepted = f.referrals.move(cm, id, version, step(ReferralStatus.ACCEPTED, TODAY));
        assertThrows(PreconditionFailedException.class,
                () -> f.referrals.move(cm, id, version, step(ReferralStatus.DECLINED, TODAY)));
        ValidationException noAppointment = assertThrows(ValidationException.class,
                () -> f.referrals.move(cm, id, accepted.version, step(ReferralStatus.SCHEDULED, TODAY)));
        assertEquals("appointmentOn", noAppointment.errors().get(0).field);
        ValidationException noReason = assertThrows(ValidationException.class,
                () -> f.referrals.move(cm, id, accepted.version, step(ReferralStatus.CLOSED, TODAY)));
        assertEquals("reason", noReason.errors().get(0).field);
        ValidationException future = assertThrows(ValidationException.class,
                () -> f.referrals.move(cm, id, accepted.version, step(ReferralStatus.DECLINED, TODAY.plusDays(1))));
        assertEquals("effectiveDate", future.errors().get(0).field);
        ValidationException beforeLast = assertThrows(ValidationException.class,
                () -> f.referrals.move(cm, id, accepted.version, scheduled(LocalDate.of(2026, 3, 2), TODAY)));
        assertTrue(beforeLast.errors().get(0).reason.contains("last step"), beforeLast.errors().toString());
        ReferralStep declined = step(ReferralStatus.DECLINED, TODAY);
        declined.reason = "No openings for six weeks";
        Referral ended = f.referrals.move(cm, id, accepted.version, declined);
        assertThrows(ConflictException.class, () -> f.referrals.move(cm, id, ended.version, scheduled(TODAY, TODAY)),
                "a declined referral has ended");
        assertEquals(3, f.referrals.get(cm, id).history.size(), "nothing half-written by the refusals");
    }

    @Test
    void anAppointmentYearsAwayIsRefusedNotA500() {
        Referral r = f.referrals.create(cm, referral(pat, active, LocalDate.of(2026, 3, 1)));
        Referral accepted = f.referrals.move(cm, r.id, r.version, step(ReferralStatus.ACCEPTED, TODAY));
        for (LocalDate far : List.of(LocalDate.of(9999, 12, 31), TODAY.plusYears(1).plusDays(1))) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> f.referrals.move(cm, r.id, accepted.version, scheduled(TODAY, far)));
            assertEquals("appointmentOn", e.errors().get(0).field);
        }
        ValidationException before = assertThrows(ValidationException.class,
                () -> f.referrals.move(cm, r.id, accepted.version, scheduled(TODAY, TODAY.minusDays(1))));
        assertEquals("appointmentOn", before.errors().get(0).field);
        assertEquals(ReferralStatus.SCHEDULED, f.referrals.move(cm, r.id, accepted.version,
                scheduled(TODAY, TODAY.plusYears(1))).status);
    }

    @Test
    void aParticipantOnNoTeamCannotBeReferredSinceNobodyWouldFollowItUp() {
        String pool = f.participants().create(f.ADMIN, org.missioncj.registry.impl.RegistryFixture.participant("Ira",
                "Pool", LocalDate.of(1990, 1, 1))).id;
        assertThrows(ConflictException.class, () -> f.referrals.create(cm, referral(pool, active, null)));
    }

    @Test
    void aNoShowIsScheduledAgainAndAttendanceIsNeverBeforeTheAppointment() {
        Referral r = f.referrals.create(cm, referral(pat, active, LocalDate.of(2026, 3, 1)));
        r = f.referrals.move(cm, r.id, r.version, step(ReferralStatus.ACCEPTED, LocalDate.of(2026, 3, 2)));
        r = f.referrals.move(cm, r.id, r.version, scheduled(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)));
        String id = r.id;
        long v = r.version;
        ValidationException early = assertThrows(ValidationException.class,
                () -> f.referrals.move(cm, id, v, step(ReferralStatus.ATTENDED, LocalDate.of(2026, 3, 8))));
        assertEquals("effectiveDate", early.errors().get(0).field);
        r = f.referrals.move(cm, id, v, step(ReferralStatus.NO_SHOW, LocalDate.of(2026, 3, 9)));
        assertEquals(LocalDate.of(2026, 3, 16), r.dueOn, "reschedule within rescheduleDays");
        r = f.referrals.move(cm, id, r.version, scheduled(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20)));
        assertEquals(ReferralStatus.SCHEDULED, r.status);
        assertEquals(LocalDate.of(2026, 3, 20), r.appointmentOn);
    }

    @Test
    void theTeamSeesItsLateStepsLongestOverdueFirst() {
        Referral old = f.referrals.create(cm, referral(pat, active, LocalDate.of(2026, 2, 20)));
        String sam = f.enrolled("Birch", north, LocalDate.of(2026, 1, 5));
        Referral recent = f.referrals.create(pss, referral(sam, active, LocalDate.of(2026, 3, 5)));
        f.referrals.create(cm, referral(sam, active, TODAY)); // due in a week: not late
        String elsewhere = f.enrolled("Cho", south, LocalDate.of(2026, 1, 5));
        f.referrals.create(otherCm, referral(elsewhere, active, LocalDate.of(2026, 2, 1)));
        List<ReferralFollowUp> late = f.referrals.followUps(cm, north.id, PageRequest.of(0, 20)).items;
        assertEquals(List.of(old.id, recent.id), late.stream().map(x -> x.referralId).collect(Collectors.toList()));
        assertEquals(16, late.get(0).daysLate); // due Feb 27
        assertEquals("ask whether the service accepted the referral", late.get(0).action);
        assertThrows(ForbiddenException.class, () -> f.referrals.followUps(otherCm, north.id, PageRequest.of(0, 20)));
    }

    @Test
    void onlyTheParticipantsTeamRefersAndReads() {
        assertThrows(ForbiddenException.class, () -> f.referrals.create(otherCm, referral(pat, active, null)));
        assertThrows(ForbiddenException.class, () -> f.referrals.create(f.ADMIN, referral(pat, active, null)),
                "a program admin reads referrals but does not make them");
        Referral r = f.referrals.create(cm, referral(pat, active, null));
        assertEquals(TODAY, r.sentOn);
        assertThrows(ForbiddenException.class, () -> f.referrals.get(otherCm, r.id));
        assertThrows(ForbiddenException.class, () -> f.referrals.move(otherCm, r.id, r.version,
                step(ReferralStatus.ACCEPTED, TODAY)));
        assertEquals(1, f.referrals.list(cm, pat, PageRequest.of(0, 10)).totalItems);
        assertEquals(1, f.referrals.list(f.ADMIN, pat, PageRequest.of(0, 10)).totalItems);
    }

    @Test
    void aServiceThatLeftTheDirectoryOrIsNotActiveCannotBeReferredTo() {
        HsdsDataset newer = DirectoryImportTest.without(directory, active);
        Referral before = f.referrals.create(cm, referral(pat, active, null));
        f.importJson(newer);
        ConflictException retired = assertThrows(ConflictException.class,
                () -> f.referrals.create(cm, referral(pat, active, null)));
        assertTrue(retired.getMessage().contains("left the directory"), retired.getMessage());
        assertEquals(active, f.referrals.get(cm, before.id).serviceId, "the referral made before still names it");
        String inactive = directory.records(HsdsTable.SERVICE).stream().filter(s -> !"active".equals(s.get("status")))
                .map(s -> s.get("id")).findFirst().orElse(null);
        if (inactive != null) {
            assertThrows(ConflictException.class, () -> f.referrals.create(cm, referral(pat, inactive, null)));
        }
        UnprocessableException unknown = assertThrows(UnprocessableException.class,
                () -> f.referrals.create(cm, referral(pat, "svc-not-in-the-directory", null)));
        assertEquals("serviceId", unknown.errors().get(0).field);
        ValidationException bad = assertThrows(ValidationException.class, () -> {
            Referral r = referral(pat, active, TODAY.plusDays(1));
            r.reason = " ";
            f.referrals.create(cm, r);
        });
        assertEquals(List.of("reason", "sentOn"), bad.errors().stream().map(e -> e.field).sorted()
                .collect(Collectors.toList()));
        assertEquals(1, f.referrals.list(cm, pat, PageRequest.of(0, 10)).totalItems, "nothing half-written");
    }

    @Test
    void theCourtReportCountsLinkagesMadeAndAttendedWithDatesAndNeverTheReason() {
        Referral r = f.referrals.create(cm, referral(pat, active, LocalDate.of(2026, 2, 10)));
        r = f.referrals.move(cm, r.id, r.version, step(ReferralStatus.ACCEPTED, LocalDate.of(2026, 2, 11)));
        r = f.referrals.move(cm, r.id, r.version, scheduled(LocalDate.of(2026, 2, 11), LocalDate.of(2026, 3, 2)));
        f.referrals.move(cm, r.id, r.version, step(ReferralStatus.ATTENDED, LocalDate.of(2026, 3, 2)));
        f.referrals.create(cm, referral(pat, active, LocalDate.of(2026, 3, 4)));
        ReportContent march = f.report.render(pat, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        Map<String, String> facts = march.facts.stream().collect(Collectors.toMap(x -> x.label, x -> x.value));
        assertEquals("1", facts.get("Referrals made in the period"));
        assertEquals("1", facts.get("Referrals attended in the period"));
        assertEquals(2, march.rows.size());
        assertEquals("2026-02-10", march.rows.get(0).get(0));
        assertFalse(march.rows.get(0).get(1).isEmpty(), "the kinds of service");
        assertEquals("Attended", march.rows.get(0).get(2));
        assertEquals("2026-03-02", march.rows.get(0).get(3));
        String all = march.rows + facts.toString() + march.summary;
        assertFalse(all.contains("Nightmares"), all);
        ReportContent january = f.report.render(pat, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        assertTrue(january.summary.startsWith("No referrals"), january.summary);
        // a later import that drops the service does not change the report of a past period
        f.importJson(DirectoryImportTest.without(directory, active));
        assertEquals(march.rows, f.report.render(pat, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).rows);
        assertFalse(march.rows.get(0).get(1).equals("Community service"), march.rows.toString());
    }

    @Test
    void aReferralSentBeforeThePeriodAndClosedInItIsShown() {
        Referral r = f.referrals.create(cm, referral(pat, active, LocalDate.of(2026, 2, 10)));
        ReferralStep closed = step(ReferralStatus.CLOSED, LocalDate.of(2026, 3, 3));
        closed.reason = "moved out of the county";
        f.referrals.move(cm, r.id, r.version, closed);
        ReportContent march = f.report.render(pat, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertEquals(1, march.rows.size());
        assertEquals("Closed", march.rows.get(0).get(2));
        assertFalse(march.toString().contains("moved out"));
        assertFalse(String.valueOf(march.rows).contains("moved out"));
    }
}
