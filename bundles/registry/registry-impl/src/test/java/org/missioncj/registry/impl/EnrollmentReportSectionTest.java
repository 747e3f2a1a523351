package org.missioncj.registry.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.missioncj.registry.impl.RegistryFixture.ADMIN;
import static org.missioncj.registry.impl.RegistryFixture.enrollment;
import static org.missioncj.registry.impl.RegistryFixture.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.StatusChange;

/** A report shows the state at the end of its period and only what happened inside it. */
class EnrollmentReportSectionTest {
    private RegistryFixture f;
    private EnrollmentReportSection section;
    private String participant;

    @BeforeEach
    void setUp() {
        // today is 2026-03-15: enrolled (recorded today) from 2026-01-05, ACTIVE from 2026-02-01, later backdated
        f = new RegistryFixture(25);
        section = new EnrollmentReportSection(f.module);
        participant = f.participants.create(ADMIN, participant("Rowan", "Boundary", LocalDate.of(1981, 4, 4))).id;
        Enrollment e = enrollment(participant, f.team("North", null).id);
        e.startDate = LocalDate.of(2026, 1, 5);
        e.status = EnrollmentStatus.ENROLLED;
        Enrollment stored = f.enrollments.create(ADMIN, e);
        StatusChange active = new StatusChange();
        active.status = EnrollmentStatus.ACTIVE;
        active.effectiveDate = LocalDate.of(2026, 2, 1);
        f.enrollments.changeStatus(ADMIN, stored.id, stored.version, active);
    }

    private String status(ReportContent c) {
        return c.facts.stream().filter(x -> x.label.startsWith("Status")).map(x -> x.value).findFirst().orElse(null);
    }

    private List<String> milestoneDates(ReportContent c) {
        return c.rows.stream().map(r -> r.get(0)).collect(Collectors.toList());
    }

    @Test
    void thePeriodEndingTheDayBeforeAChangeShowsTheStatusBeforeIt() {
        ReportContent c = section.render(participant, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 31));
        assertEquals("Enrolled since 2026-01-05", status(c));
        assertEquals(List.of(), milestoneDates(c));
    }

    @Test
    void thePeriodEndingOnTheDayOfAChangeShowsTheChange() {
        ReportContent c = section.render(participant, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 1));
        assertEquals("Active since 2026-02-01", status(c));
        assertEquals(List.of("2026-02-01"), milestoneDates(c));
    }

    @Test
    void aPeriodStartingTheDayAfterAChangeDoesNotListIt() {
        ReportContent c = section.render(participant, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 28));
        assertEquals("Active since 2026-02-01", status(c));
        assertEquals(List.of(), milestoneDates(c));
    }

    @Test
    void aPeriodStartingOnTheDayOfAChangeListsIt() {
        ReportContent c = section.render(participant, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assertEquals(List.of("2026-02-01"), milestoneDates(c));
    }

    @Test
    void aPeriodBeforeTheEnrollmentStartedShowsNoEnrollment() {
        ReportContent c = section.render(participant, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 4));
        assertEquals("Not enrolled in MISSION-CJ during the period.", c.summary);
    }
}
