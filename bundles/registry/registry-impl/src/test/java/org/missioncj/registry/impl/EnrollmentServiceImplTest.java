package org.missioncj.registry.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.registry.impl.RegistryFixture.ADMIN;
import static org.missioncj.registry.impl.RegistryFixture.CM;
import static org.missioncj.registry.impl.RegistryFixture.PSS;
import static org.missioncj.registry.impl.RegistryFixture.TODAY;
import static org.missioncj.registry.impl.RegistryFixture.enrollment;
import static org.missioncj.registry.impl.RegistryFixture.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.registry.api.RegistryEvents;
import org.missioncj.registry.api.dto.Caseload;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.StatusChange;
import org.missioncj.registry.api.dto.Team;

class EnrollmentServiceImplTest {
    private RegistryFixture f;
    private Team team;

    @BeforeEach
    void setUp() {
        f = new RegistryFixture(2);
        team = f.team("North", null);
        f.events.clear();
    }

    private String newParticipant(String family) {
        return f.participants.create(CM, participant("Pat", family, LocalDate.of(1980, 1, 31))).id;
    }

    private Enrollment enroll(String participantId) {
        Enrollment e = enrollment(participantId, team.id);
        e.status = EnrollmentStatus.ENROLLED;
        return f.enrollments.create(CM, e);
    }

    @Test
    void enrollingComputesTheEndAndPostsEnrolledAfterCommit() {
        Enrollment e = enroll(newParticipant("Abernathy"));
        assertEquals(EnrollmentStatus.ENROLLED, e.status);
        assertEquals(TODAY.minusDays(10).plusMonths(12), e.expectedEndDate);
        List<String> topics = f.events.stream().map(x -> x.getTopic()).collect(Collectors.toList());
        assertTrue(topics.contains(RegistryEvents.ENROLLED), topics.toString());
        assertEquals(e.id, f.events.stream().filter(x -> x.getTopic().equals(RegistryEvents.ENROLLED)).findFirst().get()
                .getProperty(RegistryEvents.PROP_ENROLLMENT_ID));
    }

    @Test
    void theCaseloadLimitIsEnforcedWithAClearConflict() {
        enroll(newParticipant("One"));
        enroll(newParticipant("Two"));
        String third = newParticipant("Three");
        f.events.clear();
        ConflictException e = assertThrows(ConflictException.class, () -> enroll(third));
        assertTrue(e.getMessage().contains("already carries 2 of 2"), e.getMessage());
        assertTrue(f.events.isEmpty(), "no event for a refused enrollment");
        // a referral does not take a place, and cannot become ENROLLED while the team is full
        Enrollment referred = f.enrollments.create(CM, enrollment(third, team.id));
        StatusChange enrol = new StatusChange();
        enrol.status = EnrollmentStatus.ENROLLED;
        assertThrows(ConflictException.class, () -> f.enrollments.changeStatus(CM, referred.id, 1, enrol));
        Caseload c = f.teams.caseload(CM, team.id);
        assertEquals(2, c.count);
        assertEquals(2, c.limit);
    }

    @Test
    void aTeamLimitOverridesTheSiteDefault() {
        Team big = f.team("Big", 3);
        for (String n : List.of("A", "B", "C")) {
            Enrollment e = enrollment(newParticipant(n), big.id);
            e.status = EnrollmentStatus.ENROLLED;
            f.enrollments.create(CM, e);
        }
        assertEquals(3, f.teams.caseload(CM, big.id).count);
    }

    @Test
    void statusMovesOnlyAlongTheProgramPath() {
        Enrollment e = enroll(newParticipant("Path"));
        StatusChange complete = new StatusChange();
        complete.status = EnrollmentStatus.COMPLETED;
        ConflictException illegal = assertThrows(ConflictException.class,
                () -> f.enrollments.changeStatus(CM, e.id, e.version, complete));
        assertTrue(illegal.getMessage().contains("can move to [ACTIVE, DISCHARGED, WITHDRAWN]"), illegal.getMessage());
        StatusChange discharge = new StatusChange();
        discharge.status = EnrollmentStatus.DISCHARGED;
        ValidationException noReason = assertThrows(ValidationException.class,
                () -> f.enrollments.changeStatus(CM, e.id, e.version, discharge));
        assertEquals("reason", noReason.errors().get(0).field);
        StatusChange active = new StatusChange();
        active.status = EnrollmentStatus.ACTIVE;
        Enrollment a = f.enrollments.changeStatus(CM, e.id, e.version, active);
        assertThrows(PreconditionFailedException.class, () -> f.enrollments.changeStatus(CM, e.id, e.version, complete));
        Enrollment done = f.enrollments.changeStatus(CM, e.id, a.version, complete);
        assertEquals(EnrollmentStatus.COMPLETED, done.status);
        assertEquals(List.of(EnrollmentStatus.ENROLLED, EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED),
                f.enrollments.history(CM, e.id).stream().map(h -> h.status).collect(Collectors.toList()));
        done.programMonths = 6;
        assertThrows(ConflictException.class, () -> f.enrollments.update(CM, e.id, done.version, done));
    }

    @Test
    void aStatusNeverTakesEffectBeforeTheOneItFollows() {
        Enrollment e = enroll(newParticipant("Order"));
        StatusChange active = new StatusChange();
        active.status = EnrollmentStatus.ACTIVE;
        active.effectiveDate = e.startDate.plusDays(3);
        Enrollment a = f.enrollments.changeStatus(CM, e.id, e.version, active);
        StatusChange discharge = new StatusChange();
        discharge.status = EnrollmentStatus.DISCHARGED;
        discharge.reason = "moved away";
        discharge.effectiveDate = active.effectiveDate.minusDays(1);
        // the review's find: a history with ACTIVE from one day, then DISCHARGED from the day before
        ValidationException before = assertThrows(ValidationException.class,
                () -> f.enrollments.changeStatus(CM, e.id, a.version, discharge));
        assertEquals("effectiveDate", before.errors().get(0).field);
        discharge.effectiveDate = active.effectiveDate;
        assertEquals(EnrollmentStatus.DISCHARGED, f.enrollments.changeStatus(CM, e.id, a.version, discharge).status);
    }

    @Test
    void oneOpenEnrollmentPerParticipant() {
        String p = newParticipant("Once");
        enroll(p);
        ConflictException e = assertThrows(ConflictException.class, () -> f.enrollments.create(CM, enrollment(p, team.id)));
        assertTrue(e.getMessage().contains("already has an open enrollment"));
    }

    @Test
    void changingTheStartPostsEnrollmentChanged() {
        Enrollment e = enroll(newParticipant("Moves"));
        f.events.clear();
        e.startDate = e.startDate.plusDays(3);
        Enrollment moved = f.enrollments.update(CM, e.id, e.version, e);
        assertEquals(e.startDate.plusMonths(12), moved.expectedEndDate);
        assertEquals(RegistryEvents.ENROLLMENT_CHANGED, f.events.get(0).getTopic());
        e.status = EnrollmentStatus.COMPLETED;
        assertThrows(UnprocessableException.class, () -> f.enrollments.update(CM, e.id, moved.version, e));
    }

    @Test
    void inputIsCheckedBeforeAnythingIsWritten() {
        Enrollment bad = enrollment(newParticipant("Bad"), team.id);
        bad.programMonths = 3;
        bad.startDate = TODAY.plusYears(2);
        ValidationException v = assertThrows(ValidationException.class, () -> f.enrollments.create(CM, bad));
        assertEquals(List.of("programMonths", "startDate"),
                v.errors().stream().map(x -> x.field).collect(Collectors.toList()));
        assertThrows(ForbiddenException.class, () -> f.enrollments.create(CM, enrollment("nobody", team.id)),
                "a participant that does not exist is answered like one outside the caseload");
        assertThrows(NotFoundException.class, () -> f.enrollments.create(ADMIN, enrollment("nobody", team.id)));
        assertThrows(ForbiddenException.class, () -> f.enrollments.create(PSS, enrollment("nobody", team.id)));
        Enrollment started = enrollment(newParticipant("Active"), team.id);
        started.status = EnrollmentStatus.ACTIVE;
        assertThrows(UnprocessableException.class, () -> f.enrollments.create(ADMIN, started));
    }
}
