package org.missioncj.vocational.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.timeline.DaySpan;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.testkit.TestPlatform;
import org.missioncj.vocational.api.VocationalEvents;
import org.missioncj.vocational.api.dto.EmploymentDays;
import org.missioncj.vocational.api.dto.EmploymentPeriod;
import org.missioncj.vocational.api.dto.EmploymentStatus;
import org.missioncj.vocational.api.dto.TeamEmployment;
import org.osgi.service.event.Event;

/** The employment and education timeline: days of a period, overlaps, moves, corrections, events and access. */
class EmploymentTimelineTest {
    /** Sunday 2026-03-15, 11:00 in New York; the clocks went forward on 2026-03-08. */
    private static final Clock CLOCK = Clock.fixed(TestPlatform.NOW, TestPlatform.ZONE);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final long NONE = PreconditionRequiredException.MISSING_VERSION;
    private VocationalFixture f;
    private Actor cm;
    private Actor pss;
    private Actor otherCm;
    private Actor navigator;
    private Team north;
    private String pat;

    @BeforeEach
    void setUp() {
        f = new VocationalFixture(CLOCK);
        cm = f.person("cm.north", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        pss = f.person("pss.north", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        otherCm = f.person("cm.south", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        f.person("pss.south", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        navigator = f.person("nav.site", StaffRole.PEER_NAVIGATOR, Role.PEER_NAVIGATOR);
        north = f.team("North", "cm.north", "pss.north");
        f.team("South", "cm.south", "pss.south");
        pat = f.enrolled("Alvarez", north, TODAY.minusDays(90));
    }

    private static EmploymentPeriod period(EmploymentStatus status, String start, String end) {
        EmploymentPeriod p = new EmploymentPeriod();
        p.status = status;
        p.startDate = LocalDate.parse(start);
        p.endDate = end == null ? null : LocalDate.parse(end);
        return p;
    }

    private EmploymentPeriod record(String participantId, EmploymentStatus status, String start, String end) {
        return f.employment.record(cm, participantId, period(status, start, end));
    }

    private EmploymentDays days(String participantId, String from, String to) {
        return f.employment.days(cm, participantId, LocalDate.parse(from), LocalDate.parse(to));
    }

    private List<EmploymentPeriod> timeline(String participantId) {
        return f.employment.timeline(cm, participantId, PageRequest.of(0, 50)).items;
    }

    /** The days the Java arithmetic gives, to hold the SQL aggregate against. */
    private long javaDays(String participantId, boolean employed, String from, String to) {
        long n = 0;
        for (EmploymentPeriod p : timeline(participantId)) {
            if (p.status.employed() == employed && (employed || p.status.inEducation())) {
                n += DaySpan.of(p.startDate, p.endDate).daysWithin(LocalDate.parse(from), LocalDate.parse(to), TODAY);
            }
        }
        return n;
    }

    @Test
    void aStatusThatBeganBeforeThePeriodCountsFromThePeriodsFirstDayAndAnOpenOneUpToToday() {
        record(pat, EmploymentStatus.UNEMPLOYED, "2026-01-01", null);
        EmploymentPeriod job = record(pat, EmploymentStatus.FULL_TIME, "2026-02-10", null);
        EmploymentDays feb = days(pat, "2026-02-01", "2026-02-28");
        assertEquals(28, feb.daysCounted);
        assertEquals(19, feb.daysEmployed, "February 10 to 28");
        assertEquals(28, feb.daysRecorded);
        assertEquals(javaDays(pat, true, "2026-02-01", "2026-02-28"), feb.daysEmployed);
        // the open status counts up to tonight, never the rest of March
        EmploymentDays march = days(pat, "2026-03-01", "2026-03-31");
        assertEquals(15, march.daysCounted);
        assertEquals(15, march.daysEmployed);
        // a period that began before the job: counted from the period's first day
        EmploymentDays winter = days(pat, "2025-12-01", "2026-02-15");
        assertEquals(6, winter.daysEmployed);
        assertEquals(46, winter.daysRecorded, "January 1 to February 15");
        assertEquals(77, winter.daysCounted);
        // a period still to come counts nothing
        EmploymentDays later = days(pat, "2026-04-01", "2026-04-30");
        assertEquals(0, later.daysCounted);
        assertEquals(0, later.daysEmployed);
        assertEquals(job.id, timeline(pat).get(0).id);
    }

    @Test
    void aGapBetweenPeriodsCountsAsNothingRecorded() {
        record(pat, EmploymentStatus.TRAINING, "2026-01-05", "2026-01-20");
        record(pat, EmploymentStatus.PART_TIME, "2026-02-01", null);
        EmploymentDays d = days(pat, "2026-01-01", "2026-02-10");
        assertEquals(41, d.daysCounted);
        assertEquals(15, d.daysInEducation, "January 5 to 19");
        assertEquals(10, d.daysEmployed, "February 1 to 10");
        assertEquals(25, d.daysRecorded, "nothing from January 20 to 31");
        assertEquals(javaDays(pat, false, "2026-01-01", "2026-02-10"), d.daysInEducation);
    }

    @Test
    void theChangeOfClockIsADayLikeAnyOther() {
        // 2026-03-08 has 23 hours in New York: calendar days, not hours / 24
        record(pat, EmploymentStatus.FULL_TIME, "2026-03-07", "2026-03-10");
        EmploymentDays d = days(pat, "2026-03-01", "2026-03-14");
        assertEquals(3, d.daysEmployed, "March 7, 8 and 9");
        assertEquals(2, days(pat, "2026-03-08", "2026-03-31").daysEmployed, "March 8 and 9");
    }

    @Test
    void aLeapDayIsCounted() {
        VocationalFixture leap = new VocationalFixture(Clock.fixed(Instant.parse("2028-03-10T15:00:00Z"),
                TestPlatform.ZONE));
        Actor lcm = leap.person("cm.leap", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        leap.person("pss.leap", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        Team t = leap.team("Leap", "cm.leap", "pss.leap");
        String p = leap.enrolled("Leap", t, LocalDate.of(2028, 1, 3));
        leap.employment.record(lcm, p, period(EmploymentStatus.PART_TIME, "2028-02-27", "2028-03-02"));
        EmploymentDays d = leap.employment.days(lcm, p, LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 31));
        assertEquals(4, d.daysEmployed, "February 27, 28, 29 and March 1");
        assertEquals(39, d.daysCounted, "29 days of February 2028 and 10 of March up to today");
        assertEquals(1, leap.employment.days(lcm, p, LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 29)).daysEmployed);
    }

    @Test
    void anOverlapIsAConflictNamingThePeriodInTheWayAndWritesNothing() {
        EmploymentPeriod job = record(pat, EmploymentStatus.FULL_TIME, "2026-02-10", null);
        ConflictException c = assertThrows(ConflictException.class,
                () -> record(pat, EmploymentStatus.STUDENT, "2026-02-01", "2026-02-15"));
        EmploymentPeriod in = (EmploymentPeriod) c.conflicting();
        assertEquals(job.id, in.id);
        assertEquals(EmploymentStatus.FULL_TIME, in.status);
        assertTrue(c.getMessage().contains(job.id), c.getMessage());
        // an open status that starts before the open one is no move either
        assertThrows(ConflictException.class, () -> record(pat, EmploymentStatus.UNEMPLOYED, "2026-01-01", null));
        // periods that only meet do not overlap
        record(pat, EmploymentStatus.UNEMPLOYED, "2026-01-01", "2026-02-10");
        assertEquals(2, timeline(pat).size());
        assertNull(timeline(pat).get(0).endDate, "the job still holds");
    }

    @Test
    void anEndOnOrBeforeTheStartIs422NamingEndDate() {
        UnprocessableException same = assertThrows(UnprocessableException.class,
                () -> record(pat, EmploymentStatus.PART_TIME, "2026-02-01", "2026-02-01"));
        assertEquals("endDate", same.errors().get(0).field);
        UnprocessableException before = assertThrows(UnprocessableException.class,
                () -> record(pat, EmploymentStatus.PART_TIME, "2026-02-01", "2026-01-20"));
        assertEquals("endDate", before.errors().get(0).field);
        UnprocessableException future = assertThrows(UnprocessableException.class,
                () -> record(pat, EmploymentStatus.PART_TIME, "2026-03-16", null));
        assertEquals("startDate", future.errors().get(0).field);
        assertThrows(ValidationException.class, () -> record(pat, null, "2026-02-01", null));
        assertTrue(timeline(pat).isEmpty());
    }

    @Test
    void aNewOpenStatusAfterTheOpenOneEndsItThere() {
        EmploymentPeriod first = record(pat, EmploymentStatus.UNEMPLOYED, "2026-01-01", null);
        EmploymentPeriod job = record(pat, EmploymentStatus.PART_TIME, "2026-02-16", null);
        EmploymentPeriod ended = f.employment.get(cm, first.id);
        assertEquals(LocalDate.of(2026, 2, 16), ended.endDate);
        assertEquals(2, ended.version);
        assertNull(job.endDate);
        assertEquals(List.of(job.id, first.id), timeline(pat).stream().map(p -> p.id).toList());
    }

    @Test
    void aCorrectionIsNeverAMoveAndADeleteTakesTheVersion() {
        EmploymentPeriod first = record(pat, EmploymentStatus.UNEMPLOYED, "2026-01-01", null);
        EmploymentPeriod job = record(pat, EmploymentStatus.FULL_TIME, "2026-02-10", null);
        // moving the job's start into the unemployed period is a conflict, not a second move
        ConflictException c = assertThrows(ConflictException.class, () -> f.employment.correct(cm, job.id, job.version,
                period(EmploymentStatus.FULL_TIME, "2026-02-01", null)));
        assertEquals(first.id, ((EmploymentPeriod) c.conflicting()).id);
        assertThrows(PreconditionRequiredException.class,
                () -> f.employment.correct(cm, job.id, NONE, period(EmploymentStatus.PART_TIME, "2026-02-10", null)));
        assertThrows(PreconditionFailedException.class,
                () -> f.employment.correct(cm, job.id, 9, period(EmploymentStatus.PART_TIME, "2026-02-10", null)));
        EmploymentPeriod fixed = f.employment.correct(pss, job.id, job.version,
                period(EmploymentStatus.PART_TIME, "2026-02-12", null));
        assertEquals(EmploymentStatus.PART_TIME, fixed.status);
        assertEquals(2, fixed.version);
        assertThrows(PreconditionRequiredException.class, () -> f.employment.delete(cm, fixed.id, NONE));
        assertThrows(PreconditionFailedException.class, () -> f.employment.delete(cm, fixed.id, 1));
        f.employment.delete(cm, fixed.id, fixed.version);
        assertEquals(List.of(first.id), timeline(pat).stream().map(p -> p.id).toList());
    }

    @Test
    void employedAndLostJobFollowTodaysStatus() {
        record(pat, EmploymentStatus.UNEMPLOYED, "2026-01-01", null);
        assertTrue(f.events(VocationalEvents.EMPLOYED).isEmpty());
        // a job of last year leaves today's status as it was
        record(pat, EmploymentStatus.FULL_TIME, "2025-06-01", "2025-09-01");
        assertTrue(f.events(VocationalEvents.EMPLOYED).isEmpty());
        EmploymentPeriod job = record(pat, EmploymentStatus.FULL_TIME, "2026-03-01", null);
        List<Event> employed = f.events(VocationalEvents.EMPLOYED);
        assertEquals(1, employed.size());
        assertEquals(pat, employed.get(0).getProperty(VocationalEvents.PROP_PARTICIPANT_ID));
        assertEquals("UNEMPLOYED", employed.get(0).getProperty(VocationalEvents.PROP_PREVIOUS_STATUS));
        assertEquals("FULL_TIME", employed.get(0).getProperty(VocationalEvents.PROP_STATUS_TODAY));
        assertEquals(north.id, employed.get(0).getProperty(VocationalEvents.PROP_TEAM_ID));
        // part time to full time is still employed
        record(pat, EmploymentStatus.PART_TIME, "2026-03-05", null);
        assertEquals(1, f.events(VocationalEvents.EMPLOYED).size());
        record(pat, EmploymentStatus.UNEMPLOYED, "2026-03-12", null);
        List<Event> lost = f.events(VocationalEvents.LOST_JOB);
        assertEquals(1, lost.size());
        assertEquals("PART_TIME", lost.get(0).getProperty(VocationalEvents.PROP_PREVIOUS_STATUS));
        assertEquals(5, f.events(VocationalEvents.STATUS_CHANGED).size(), "every change, whatever today's status");
        assertEquals(job.id, f.events(VocationalEvents.EMPLOYED).get(0).getProperty(VocationalEvents.PROP_PERIOD_ID));
    }

    @Test
    void anotherTeamsCaseManagerGets403AndTheSitesNavigatorRecordsButNotThroughBreakTheGlass() {
        record(pat, EmploymentStatus.PART_TIME, "2026-02-01", null);
        assertThrows(ForbiddenException.class, () -> f.employment.timeline(otherCm, pat, PageRequest.of(0, 20)));
        assertThrows(ForbiddenException.class,
                () -> f.employment.record(otherCm, pat, period(EmploymentStatus.FULL_TIME, "2026-03-01", null)));
        assertThrows(ForbiddenException.class,
                () -> f.employment.days(otherCm, pat, LocalDate.of(2026, 1, 1), TODAY));
        assertEquals(1, f.employment.timeline(navigator, pat, PageRequest.of(0, 20)).items.size());
        f.employment.record(navigator, pat, period(EmploymentStatus.FULL_TIME, "2026-03-01", null));
        // an unknown period is 403 like one outside the caseload
        assertThrows(ForbiddenException.class, () -> f.employment.get(otherCm, timeline(pat).get(0).id));
        assertThrows(ForbiddenException.class, () -> f.employment.get(cm, "no-such-period"));
        // a break-the-glass grant opens the timeline to read, never to record
        f.registry.access.breakGlass(otherCm, pat, "Synthetic emergency: the participant is at our office now");
        assertEquals(2, f.employment.timeline(otherCm, pat, PageRequest.of(0, 20)).items.size());
        assertThrows(ForbiddenException.class,
                () -> f.employment.record(otherCm, pat, period(EmploymentStatus.UNEMPLOYED, "2026-03-10", null)));
    }

    @Test
    void theTeamListShowsTodaysStatusOfItsCaseload() {
        record(pat, EmploymentStatus.UNEMPLOYED, "2026-01-01", null);
        record(pat, EmploymentStatus.FULL_TIME, "2026-03-02", null);
        String other = f.enrolled("Bell", north, TODAY.minusDays(5));
        List<TeamEmployment> team = f.employment.team(cm, north.id, PageRequest.of(0, 50)).items;
        assertEquals(2, team.size());
        TeamEmployment mine = team.stream().filter(t -> t.participantId.equals(pat)).findFirst().orElseThrow();
        assertEquals(EmploymentStatus.FULL_TIME, mine.status);
        assertEquals(LocalDate.of(2026, 3, 2), mine.since);
        assertTrue(mine.employed);
        TeamEmployment none = team.stream().filter(t -> t.participantId.equals(other)).findFirst().orElseThrow();
        assertNull(none.status);
        assertFalse(none.employed);
        assertThrows(ForbiddenException.class, () -> f.employment.team(otherCm, north.id, PageRequest.of(0, 50)));
    }

    @Test
    void aStatusRecordedBeforeTheRegistrysEventArrivesIsOnTheTeamListAndItsEvent() {
        f.platform.events.delivering(false); // the enrollment's event is still on its way to vocational
        String sam = f.enrolled("Sam", north, TODAY.minusDays(3));
        f.platform.events.delivering(true);
        record(sam, EmploymentStatus.PART_TIME, "2026-03-13", null);
        assertTrue(f.employment.team(cm, north.id, PageRequest.of(0, 50)).items.stream()
                .anyMatch(t -> t.participantId.equals(sam)), "vocational caught up with the registry at the write");
        Event changed = f.platform.events.events(VocationalEvents.STATUS_CHANGED).get(0);
        assertEquals(north.id, changed.getProperty(VocationalEvents.PROP_TEAM_ID));
    }

    @Test
    void twoChangesAtOnceDoNotBothPassTheOverlapCheck() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String p = f.enrolled("Race" + round, north, TODAY.minusDays(90));
                record(p, EmploymentStatus.UNEMPLOYED, "2025-01-01", "2025-06-01");
                // two moves of the open status, and two closed periods that overlap each other
                record(p, EmploymentStatus.UNEMPLOYED, "2025-06-01", null);
                race(pool, p, period(EmploymentStatus.PART_TIME, "2026-02-01", null),
                        period(EmploymentStatus.FULL_TIME, "2026-03-01", null));
                race(pool, p, period(EmploymentStatus.STUDENT, "2025-02-01", "2025-03-01"),
                        period(EmploymentStatus.TRAINING, "2025-02-15", "2025-04-01"));
                List<EmploymentPeriod> all = timeline(p);
                for (EmploymentPeriod a : all) {
                    for (EmploymentPeriod b : all) {
                        if (a != b) {
                            assertFalse(DaySpan.of(a.startDate, a.endDate).overlaps(DaySpan.of(b.startDate, b.endDate)),
                                    a.status + " " + a.startDate + " overlaps " + b.status + " " + b.startDate);
                        }
                    }
                }
                assertEquals(1, all.stream().filter(x -> x.endDate == null).count(), "one status holds");
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Records both at once; a refusal (409) of one of them is the expected outcome. */
    private void race(ExecutorService pool, String participantId, EmploymentPeriod a, EmploymentPeriod b)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (EmploymentPeriod p : List.of(a, b)) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    return f.employment.record(cm, participantId, p);
                } catch (ConflictException refused) {
                    return refused;
                }
            }));
        }
        go.countDown();
        for (Future<Object> r : results) {
            r.get(60, TimeUnit.SECONDS);
        }
    }
}
