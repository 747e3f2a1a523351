package org.missioncj.curriculum.impl.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.curriculum.api.PlanEvents;
import org.missioncj.curriculum.api.dto.Diagnosis;
import org.missioncj.curriculum.api.dto.Goal;
import org.missioncj.curriculum.api.dto.GoalNote;
import org.missioncj.curriculum.api.dto.GoalStatus;
import org.missioncj.curriculum.api.dto.Pathway;
import org.missioncj.curriculum.api.dto.Plan;
import org.missioncj.curriculum.api.dto.PlanPathway;
import org.missioncj.curriculum.api.dto.PlanReason;
import org.missioncj.curriculum.api.dto.PlanStatus;
import org.missioncj.curriculum.api.dto.PlanVersion;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.testkit.TestActors;
import org.osgi.service.event.Event;

class PlanServiceTest {
    private static final Actor ADMIN = TestActors.ADMIN;
    private static final long MISSING = PreconditionRequiredException.MISSING_VERSION;

    private PlanFixture f;
    private Actor cm;
    private Actor pss;
    private Actor otherCm;
    private Actor navigator;
    private Actor supervisor;
    private Team north;
    private Team south;

    @BeforeEach
    void setUp() {
        f = new PlanFixture();
        cm = f.person("cm.north", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        pss = f.person("pss.north", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        otherCm = f.person("cm.south", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        f.person("pss.south", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        navigator = f.person("nav.site", StaffRole.PEER_NAVIGATOR, Role.PEER_NAVIGATOR);
        supervisor = f.person("sup.site", StaffRole.CLINICAL_SUPERVISOR, Role.CLINICAL_SUPERVISOR);
        north = f.team("North", "cm.north", "pss.north");
        south = f.team("South", "cm.south", "pss.south");
    }

    private static Goal goal(String text, LocalDate target) {
        Goal g = new Goal();
        g.text = text;
        g.targetDate = target;
        return g;
    }

    private static Diagnosis diagnosis(String code, String description, LocalDate statedOn) {
        Diagnosis d = new Diagnosis();
        d.code = code;
        d.description = description;
        d.statedBy = "Dr. R. Osei, MD";
        d.statedOn = statedOn;
        return d;
    }

    /** A plan with two pathways, two goals and a diagnosis (synthetic). */
    private Plan plan() {
        Plan p = new Plan();
        p.pathways = new ArrayList<>(List.of(new PlanPathway(Pathway.SMART_RECOVERY, null),
                new PlanPathway(Pathway.MEDICATION_ASSISTED_TREATMENT, "buprenorphine clinic on Main St")));
        p.goals = new ArrayList<>(List.of(goal("Attend two SMART meetings a week", f.today().plusDays(60)),
                goal("Keep every clinic appointment", f.today().plusDays(90))));
        p.diagnoses = new ArrayList<>(List.of(diagnosis("F11.20", "Opioid use disorder, moderate", f.today().minusDays(3))));
        return p;
    }

    /** The stored plan as the next version's input: the same goals (by id), pathways and diagnoses. */
    private static Plan copy(Plan stored) {
        Plan p = new Plan();
        p.pathways = new ArrayList<>(stored.pathways);
        p.goals = new ArrayList<>();
        for (Goal g : stored.goals) {
            Goal c = new Goal();
            c.goalId = g.goalId;
            c.text = g.text;
            c.targetDate = g.targetDate;
            c.status = g.status;
            p.goals.add(c);
        }
        p.diagnoses = new ArrayList<>(stored.diagnoses);
        return p;
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(x -> x.field).collect(Collectors.toList());
    }

    @Test
    void everySaveIsANewVersionAndTheEarlierOnesStayAsTheyWere() {
        String p = f.enrolled("Abernathy", north, f.today().minusDays(10));
        Plan v1 = f.plans.create(cm, p, plan());
        assertEquals(1, v1.version);
        assertEquals(PlanReason.CREATED, v1.reason);
        assertEquals(1, v1.phase);
        assertTrue(v1.current);
        assertEquals("cm.north", v1.savedBy);
        assertEquals(2, v1.goals.size());
        assertNotNull(v1.goals.get(0).goalId);
        assertEquals(GoalStatus.OPEN, v1.goals.get(0).status);
        assertEquals(1, v1.goals.get(0).addedInVersion);

        Plan next = copy(v1);
        next.goals.get(0).status = GoalStatus.MET;
        next.goals.remove(1);
        next.goals.add(goal("Apply for two jobs", f.today().plusDays(30)));
        next.pathways.add(new PlanPathway(Pathway.OTHER, "Recovery Dharma"));
        Plan v2 = f.plans.revise(pss, p, 1, next);
        assertEquals(2, v2.version);
        assertEquals(PlanReason.REVISED, v2.reason);
        assertEquals(v1.goals.get(0).goalId, v2.goals.get(0).goalId, "a kept goal keeps its id");
        assertEquals(GoalStatus.MET, v2.goals.get(0).status);
        assertEquals(1, v2.goals.get(0).addedInVersion);
        assertEquals(2, v2.goals.get(1).addedInVersion);
        assertEquals(3, v2.pathways.size());

        Plan again = f.plans.version(cm, p, 1);
        assertFalse(again.current);
        assertEquals(GoalStatus.OPEN, again.goals.get(0).status);
        assertEquals(List.of("Attend two SMART meetings a week", "Keep every clinic appointment"),
                again.goals.stream().map(g -> g.text).collect(Collectors.toList()));
        assertEquals(2, again.pathways.size());
        assertEquals("F11.20", again.diagnoses.get(0).code);
        assertEquals(2, f.plans.current(cm, p).version);

        List<PlanVersion> versions = f.plans.versions(navigator, p, PageRequest.of(0, 10)).items;
        assertEquals(List.of(2, 1), versions.stream().map(v -> v.version).collect(Collectors.toList()));
        assertEquals(3, versions.get(0).pathways);
        assertEquals(2, versions.get(0).goals);
        assertEquals(1, versions.get(0).diagnoses);
        assertThrows(NotFoundException.class, () -> f.plans.version(cm, p, 3));

        List<Event> saved = f.platform.events.events(PlanEvents.PLAN_SAVED);
        assertEquals(2, saved.size());
        assertEquals(p, saved.get(1).getProperty(PlanEvents.PROP_PARTICIPANT_ID));
        assertEquals(2, saved.get(1).getProperty(PlanEvents.PROP_VERSION));
        assertEquals("REVISED", saved.get(1).getProperty(PlanEvents.PROP_REASON));
        assertEquals(north.id, saved.get(1).getProperty(PlanEvents.PROP_TEAM_ID));
        for (String name : saved.get(1).getPropertyNames()) {
            Object value = saved.get(1).getProperty(name);
            assertTrue(value instanceof String || value instanceof Integer, name + " is a string or an integer");
        }
        assertTrue(f.platform.events.events(PlanEvents.PLAN_REVIEWED).isEmpty());
    }

    @Test
    void aRevisionNeedsTheVersionItWasBasedOn() {
        String p = f.enrolled("Bellweather", north, f.today().minusDays(10));
        assertThrows(NotFoundException.class, () -> f.plans.revise(cm, p, 1, plan()), "no plan to revise yet");
        f.plans.create(cm, p, plan());
        ConflictException twice = assertThrows(ConflictException.class, () -> f.plans.create(pss, p, plan()));
        assertTrue(twice.getMessage().contains("If-Match"), twice.getMessage());
        assertThrows(PreconditionRequiredException.class, () -> f.plans.revise(cm, p, MISSING, plan()));
        f.plans.revise(cm, p, 1, plan());
        PreconditionFailedException stale = assertThrows(PreconditionFailedException.class,
                () -> f.plans.revise(pss, p, 1, plan()));
        assertTrue(stale.getMessage().contains("now 2"), stale.getMessage());
        assertEquals(2, f.plans.current(cm, p).version);
        // the access check comes before the version: another team's CM gets 403, not 428
        assertThrows(ForbiddenException.class, () -> f.plans.revise(otherCm, p, MISSING, plan()));
    }

    @Test
    void progressNotesAreAppendedToAGoalAndMakeNoVersion() {
        String p = f.enrolled("Castellanos", north, f.today().minusDays(10));
        Plan v1 = f.plans.create(cm, p, plan());
        String goalId = v1.goals.get(0).goalId;
        GoalNote n = new GoalNote();
        n.note = "Went to one meeting this week; wants to try the online one.";
        GoalNote written = f.plans.addNote(pss, goalId, n);
        assertEquals(p, written.participantId);
        assertEquals("pss.north", written.writtenBy);
        f.clock.advanceDays(1);
        n.note = "Two meetings this week.";
        f.plans.addNote(cm, goalId, n);
        List<GoalNote> notes = f.plans.notes(supervisor, goalId, PageRequest.of(0, 10)).items;
        assertEquals(List.of("Two meetings this week.", "Went to one meeting this week; wants to try the online one."),
                notes.stream().map(x -> x.note).collect(Collectors.toList()));
        assertEquals(1, f.plans.current(cm, p).version, "notes make no version");

        n.note = "x".repeat(2001);
        assertEquals(List.of("note"), fields(assertThrows(ValidationException.class, () -> f.plans.addNote(cm, goalId, n))));
        n.note = "A note";
        assertThrows(ForbiddenException.class, () -> f.plans.addNote(otherCm, goalId, n));
        assertThrows(ForbiddenException.class, () -> f.plans.notes(cm, "no-such-goal", PageRequest.of(0, 10)),
                "an unknown goal answers like another team's");
        assertThrows(NotFoundException.class, () -> f.plans.notes(ADMIN, "no-such-goal", PageRequest.of(0, 10)));

        Plan without = copy(v1);
        without.goals.remove(0);
        f.plans.revise(cm, p, 1, without);
        UnprocessableException gone = assertThrows(UnprocessableException.class, () -> f.plans.addNote(cm, goalId, n));
        assertTrue(gone.getMessage().contains("no longer in the plan"), gone.getMessage());
        assertEquals(2, f.plans.notes(cm, goalId, PageRequest.of(0, 10)).totalItems, "its notes stay readable");
    }

    @Test
    void aReviewIsDueWhenTheNextCtiPhaseBegins() {
        // a 12-month enrollment: phase 1 for 4 months, phase 2 from 2026-07-15
        LocalDate start = f.today();
        String p = f.enrolled("Dimitrov", north, start);
        f.plans.create(cm, p, plan());
        PlanStatus now = f.plans.status(cm, p);
        assertFalse(now.reviewDue, "written in phase 1: nothing due");
        assertEquals(1, now.currentPhase);
        assertEquals(start, now.phaseStart);
        UnprocessableException early = assertThrows(UnprocessableException.class,
                () -> f.plans.review(cm, p, 1, reviewOf(p, 2)));
        assertTrue(early.getMessage().contains("phase 1"), early.getMessage());

        f.clock.moveTo(LocalDate.of(2026, 7, 14));
        assertFalse(f.plans.status(cm, p).reviewDue, "the last day of phase 1");
        f.clock.moveTo(LocalDate.of(2026, 7, 15));
        PlanStatus due = f.plans.status(pss, p);
        assertTrue(due.reviewDue);
        assertFalse(due.planMissing);
        assertEquals(2, due.currentPhase);
        assertEquals("Try-out", due.currentPhaseName);
        assertEquals(LocalDate.of(2026, 7, 15), due.dueSince);
        assertEquals(List.of(p), ids(f.plans.reviewsDue(cm, north.id, PageRequest.of(0, 20)).items));

        // a revision is no review
        f.plans.revise(cm, p, 1, reviewOf(p, null));
        assertTrue(f.plans.status(cm, p).reviewDue);
        assertThrows(ForbiddenException.class, () -> f.plans.review(navigator, p, 2, reviewOf(p, null)),
                "a navigator does not review plans");
        assertThrows(ForbiddenException.class, () -> f.plans.review(ADMIN, p, 2, reviewOf(p, null)));
        Plan reviewed = f.plans.review(pss, p, 2, reviewOf(p, null));
        assertEquals(PlanReason.PHASE_REVIEW, reviewed.reason);
        assertEquals(2, reviewed.reviewedPhase);
        assertEquals(3, reviewed.version);
        assertFalse(f.plans.status(cm, p).reviewDue);
        assertTrue(f.plans.reviewsDue(cm, north.id, PageRequest.of(0, 20)).items.isEmpty());
        List<Event> reviews = f.platform.events.events(PlanEvents.PLAN_REVIEWED);
        assertEquals(1, reviews.size());
        assertEquals(2, reviews.get(0).getProperty(PlanEvents.PROP_PHASE));
        assertEquals(3, reviews.get(0).getProperty(PlanEvents.PROP_VERSION));

        // phase 3 from 2026-12-15: due again until a supervisor reviews it
        f.clock.moveTo(LocalDate.of(2026, 12, 20));
        PlanStatus third = f.plans.status(cm, p);
        assertTrue(third.reviewDue);
        assertEquals(3, third.currentPhase);
        assertEquals(LocalDate.of(2026, 12, 15), third.dueSince);
        f.plans.review(supervisor, p, 3, reviewOf(p, 3));
        assertFalse(f.plans.status(cm, p).reviewDue);
    }

    @Test
    void aPlanWrittenBeforeTheCommunityPhasesIsReviewedWhenPhaseOneBegins() {
        LocalDate start = f.today().plusDays(20);
        String p = f.enrolled("Eriksen", north, start);
        f.plans.create(cm, p, plan());
        PlanStatus before = f.plans.status(cm, p);
        assertEquals(0, before.currentPhase);
        assertFalse(before.reviewDue);
        assertThrows(UnprocessableException.class, () -> f.plans.review(cm, p, 1, reviewOf(p, null)),
                "phase 0 has nothing to review");
        f.clock.moveTo(start);
        PlanStatus after = f.plans.status(cm, p);
        assertTrue(after.reviewDue, "phase 1 began after the plan was written");
        assertEquals(start, after.dueSince);
    }

    @Test
    void theTeamSeesMissingPlansAndDueReviewsTheLongestDueFirst() {
        LocalDate today = f.today();
        String missing = f.enrolled("Fairweather", north, today.minusDays(30));
        String fresh = f.enrolled("Gallagher", north, today.minusDays(5));
        String late = f.enrolled("Halloran", north, today.minusDays(200));
        String elsewhere = f.enrolled("Ibsen", south, today.minusDays(300));
        f.plans.create(cm, fresh, plan());
        // written at the start, in phase 1; it is phase 2 now (since 2025-12-27)
        f.clock.moveTo(today.minusDays(199));
        f.plans.create(cm, late, plan());
        f.clock.moveTo(today);

        List<PlanStatus> due = f.plans.reviewsDue(cm, north.id, PageRequest.of(0, 20)).items;
        assertEquals(List.of(late, missing), ids(due));
        assertFalse(due.get(0).planMissing);
        assertEquals(2, due.get(0).currentPhase);
        assertEquals(due.get(0).phaseStart, due.get(0).dueSince);
        assertTrue(due.get(1).planMissing);
        assertNull(due.get(1).planVersion);
        assertEquals(today.minusDays(30), due.get(1).dueSince, "a missing plan is due since the enrollment started");
        assertEquals(1, f.plans.reviewsDue(cm, north.id, PageRequest.of(1, 1)).items.size());
        assertEquals(2, f.plans.reviewsDue(cm, north.id, PageRequest.of(1, 1)).totalItems);

        assertThrows(ForbiddenException.class, () -> f.plans.reviewsDue(otherCm, north.id, PageRequest.of(0, 20)));
        assertThrows(ForbiddenException.class, () -> f.plans.reviewsDue(TestActors.LIAISON, north.id,
                PageRequest.of(0, 20)));
        assertEquals(List.of(elsewhere), ids(f.plans.reviewsDue(supervisor, south.id, PageRequest.of(0, 20)).items));
        assertThrows(NotFoundException.class, () -> f.plans.reviewsDue(ADMIN, "no-such-team", PageRequest.of(0, 20)));

        // one READ per participant listed, for the caller
        AuditQuery q = new AuditQuery();
        q.participantId = late;
        q.actor = "cm.north";
        List<AuditRecord> trail = f.platform.audit.query(ADMIN, q, PageRequest.of(0, 20)).items;
        assertTrue(trail.stream().anyMatch(r -> "READ".equals(r.action) && "plan-status".equals(r.resourceType)),
                trail.toString());
    }

    @Test
    void badPlansGetEveryReasonAtOnce() {
        String p = f.enrolled("Jablonski", north, f.today().minusDays(10));
        Plan bad = new Plan();
        bad.pathways = List.of(new PlanPathway(Pathway.TWELVE_STEP, null), new PlanPathway(Pathway.OTHER, " "),
                new PlanPathway(Pathway.TWELVE_STEP, null));
        bad.goals = new ArrayList<>();
        bad.goals.add(goal("", f.today()));
        bad.goals.add(goal("x".repeat(501), null));
        bad.diagnoses = List.of(diagnosis("F10.20 F11", "y".repeat(301), f.today().plusDays(1)),
                diagnosis("ABCDEFGHIJ12345678", "ok", f.today()));
        bad.reviewedPhase = 2;
        ValidationException e = assertThrows(ValidationException.class, () -> f.plans.create(cm, p, bad));
        assertEquals(List.of("reviewedPhase", "pathways[1].description", "pathways[2].pathway", "goals[0].text",
                "goals[1].text", "goals[1].targetDate", "diagnoses[0].code", "diagnoses[0].description",
                "diagnoses[0].statedOn", "diagnoses[1].code"), fields(e));

        Plan none = plan();
        none.pathways = List.of();
        assertEquals(List.of("pathways"), fields(assertThrows(ValidationException.class, () -> f.plans.create(cm, p, none))));
        Plan many = plan();
        for (int i = 0; i < 19; i++) {
            many.goals.add(goal("Goal " + i, f.today()));
        }
        for (int i = 0; i < 10; i++) {
            many.diagnoses.add(diagnosis("Z" + i, "Synthetic " + i, f.today()));
        }
        assertEquals(List.of("goals", "diagnoses"),
                fields(assertThrows(ValidationException.class, () -> f.plans.create(cm, p, many))));
        assertEquals(List.of("$"), fields(assertThrows(ValidationException.class, () -> f.plans.create(cm, p, null))));

        Plan past = plan();
        past.goals.get(1).targetDate = f.today().minusDays(1);
        UnprocessableException old = assertThrows(UnprocessableException.class, () -> f.plans.create(cm, p, past));
        assertTrue(old.getMessage().startsWith("goals[1].targetDate: "), old.getMessage());
        Plan foreign = plan();
        foreign.goals.get(0).goalId = "00000000-0000-0000-0000-000000000000";
        assertThrows(UnprocessableException.class, () -> f.plans.create(cm, p, foreign));
        // the refusal is the caller's to see: a court liaison gets 403 whatever the body
        assertThrows(ForbiddenException.class, () -> f.plans.create(TestActors.LIAISON, p, bad));
    }

    @Test
    void aGoalKeepsItsPastTargetDateButANewOrMovedOneIsNotInThePast() {
        String p = f.enrolled("Kowalczyk", north, f.today().minusDays(10));
        Plan v1 = f.plans.create(cm, p, plan());
        f.clock.advanceDays(100); // both target dates have passed
        Plan keep = copy(v1);
        Plan v2 = f.plans.revise(cm, p, 1, keep);
        assertEquals(v1.goals.get(0).targetDate, v2.goals.get(0).targetDate);

        Plan moved = copy(v2);
        moved.goals.get(0).targetDate = f.today().minusDays(1);
        UnprocessableException m = assertThrows(UnprocessableException.class, () -> f.plans.revise(cm, p, 2, moved));
        assertTrue(m.getMessage().contains("goals[0].targetDate"), m.getMessage());
        Plan added = copy(v2);
        added.goals.add(goal("Open a bank account", f.today().minusDays(2)));
        assertThrows(UnprocessableException.class, () -> f.plans.revise(cm, p, 2, added));
        moved.goals.get(0).targetDate = f.today().plusDays(30);
        assertEquals(3, f.plans.revise(cm, p, 2, moved).version);
    }

    @Test
    void readsAreAuditedAndOutsidersRefused() {
        String p = f.enrolled("Lindqvist", north, f.today().minusDays(10));
        assertThrows(NotFoundException.class, () -> f.plans.current(cm, p));
        assertTrue(f.plans.versions(cm, p, PageRequest.of(0, 10)).items.isEmpty());
        PlanStatus missing = f.plans.status(cm, p);
        assertTrue(missing.planMissing);
        assertTrue(missing.reviewDue);
        f.plans.create(cm, p, plan());
        f.plans.current(pss, p);
        assertThrows(ForbiddenException.class, () -> f.plans.current(otherCm, p));
        assertThrows(ForbiddenException.class, () -> f.plans.current(TestActors.LIAISON, p));
        assertThrows(ForbiddenException.class, () -> f.plans.status(TestActors.of("it.integration",
                Role.INTEGRATION), p));

        AuditQuery q = new AuditQuery();
        q.participantId = p;
        q.component = "curriculum";
        Map<String, List<String>> byActor = f.platform.audit.query(ADMIN, q, PageRequest.of(0, 50)).items.stream()
                .collect(Collectors.groupingBy(r -> r.actor, Collectors.mapping(r -> r.action + " " + r.outcome,
                        Collectors.toList())));
        assertTrue(byActor.get("pss.north").contains("READ SUCCESS"), byActor.toString());
        assertTrue(byActor.get("cm.south").contains("READ DENIED"), byActor.toString());
        assertTrue(byActor.get("cm.north").contains("CREATE SUCCESS"), byActor.toString());
    }

    private Plan reviewOf(String participantId, Integer phase) {
        Plan p = copy(f.plans.current(ADMIN, participantId));
        p.reviewedPhase = phase;
        return p;
    }

    private static List<String> ids(List<PlanStatus> statuses) {
        return statuses.stream().map(s -> s.participantId).collect(Collectors.toList());
    }
}
