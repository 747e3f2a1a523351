package org.missioncj.curriculum.impl.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.core.api.PreconditionRequiredException.MISSING_VERSION;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.curriculum.api.WorkbookEvents;
import org.missioncj.curriculum.api.dto.Workbook;
import org.missioncj.curriculum.api.dto.WorkbookEntry;
import org.missioncj.curriculum.api.dto.WorkbookExercise;
import org.missioncj.curriculum.api.dto.WorkbookReview;
import org.missioncj.curriculum.api.dto.WorkbookVersion;
import org.missioncj.testkit.TestActors;
import org.osgi.service.event.Event;

/** A participant's answers: versioned, scribed by a peer, reviewed, and kept to the participant's team. */
class WorkbookServiceTest {
    private final WorkbookFixture f = new WorkbookFixture();

    private static WorkbookEntry triggers(int intensity) {
        WorkbookEntry e = new WorkbookEntry();
        e.exercise = "identifying-triggers";
        e.answers = ExerciseSamples.answers("{\"triggers\": [{\"trigger\": \"Payday\", \"kind\": \"EVENTS\", "
                + "\"intensity\": " + intensity + "}]}");
        return e;
    }

    private static int intensity(WorkbookEntry e) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> t = (List<Map<String, Object>>) e.answers.get("triggers");
        return ((Number) t.get(0).get("intensity")).intValue();
    }

    private static WorkbookReview review(int version, String comment) {
        WorkbookReview r = new WorkbookReview();
        r.version = version;
        r.comment = comment;
        return r;
    }

    @Test
    void savingAddsAVersionAndNeverOverwritesTheLastOne() {
        String p = f.northParticipant("Abernathy");
        WorkbookEntry v1 = f.workbook.save(f.cm, p, MISSING_VERSION, triggers(7));
        assertEquals(1, v1.version);
        assertEquals(1, v1.currentVersion);
        assertEquals(p, v1.participantId);
        assertEquals("cm.north", v1.recordedBy);
        assertEquals(Role.CASE_MANAGER, v1.recorderRole);
        assertFalse(v1.scribed);

        PreconditionRequiredException noIfMatch = assertThrows(PreconditionRequiredException.class,
                () -> f.workbook.save(f.cm, p, MISSING_VERSION, triggers(5)));
        assertTrue(noIfMatch.getMessage().contains("If-Match"), noIfMatch.getMessage());
        WorkbookEntry v2 = f.workbook.save(f.pss, p, 1, triggers(5));
        assertEquals(v1.id, v2.id, "the same entry");
        assertEquals(2, v2.version);
        PreconditionFailedException stale = assertThrows(PreconditionFailedException.class,
                () -> f.workbook.save(f.cm, p, 1, triggers(3)));
        assertTrue(stale.getMessage().contains("your version 1, now 2"), stale.getMessage());

        assertEquals(7, intensity(f.workbook.entry(f.cm, v1.id, 1)), "version 1 keeps its answers");
        WorkbookEntry current = f.workbook.entry(f.cm, v1.id, null);
        assertEquals(2, current.version);
        assertEquals(5, intensity(current));
        assertEquals(2, f.workbook.entry(f.cm, v1.id, 1).currentVersion);

        Page<WorkbookVersion> versions = f.workbook.versions(f.pss, v1.id, PageRequest.of(0, 10));
        assertEquals(2, versions.totalItems);
        assertEquals(List.of(2, 1), versions.items.stream().map(v -> v.version).collect(Collectors.toList()));
        assertEquals("pss.north", versions.items.get(0).recordedBy);
        assertEquals(Role.PEER_SPECIALIST, versions.items.get(0).recorderRole);
        assertEquals(1, f.workbook.versions(f.pss, v1.id, PageRequest.of(1, 1)).items.get(0).version);

        NotFoundException none = assertThrows(NotFoundException.class, () -> f.workbook.entry(f.cm, v1.id, 3));
        assertTrue(none.getMessage().contains("its versions are 1 to 2"), none.getMessage());
        assertThrows(PreconditionFailedException.class,
                () -> f.workbook.save(f.cm, f.northParticipant("Fresh"), 4, triggers(1)),
                "an If-Match on a first save names a version that is not there");
    }

    @Test
    void theWorkbookShowsEachExerciseWithItsCurrentVersionAndReview() {
        String p = f.northParticipant("Bellweather");
        WorkbookEntry v1 = f.workbook.save(f.cm, p, MISSING_VERSION, triggers(7));
        f.workbook.save(f.cm, p, 1, triggers(6));
        Workbook w = f.workbook.workbook(f.pss, p);
        assertEquals(p, w.participantId);
        assertEquals(7, w.exercises.size());
        WorkbookExercise t = w.exercises.stream().filter(x -> x.exercise.equals("identifying-triggers")).findFirst().get();
        assertEquals(v1.id, t.entryId);
        assertEquals(2, t.currentVersion);
        assertEquals(1, t.answeredExerciseVersion);
        assertEquals("cm.north", t.lastSavedBy);
        assertEquals(f.platform.clock.now(), t.lastSavedAt);
        assertEquals("Identifying triggers", t.title);
        assertFalse(t.reviewed);
        WorkbookExercise untouched = w.exercises.stream().filter(x -> x.exercise.equals("problem-solving")).findFirst()
                .get();
        assertNull(untouched.entryId);
        assertNull(untouched.currentVersion);
        assertEquals(1, untouched.exerciseVersion);

        f.workbook.review(f.pss, v1.id, review(1, null));
        assertFalse(f.workbook.workbook(f.cm, p).exercises.stream().filter(x -> x.entryId != null).findFirst().get()
                .reviewed, "a review of version 1 is not one of the current version 2");
        f.workbook.review(f.pss, v1.id, review(2, "Went through it together."));
        WorkbookExercise reviewed = f.workbook.workbook(f.cm, p).exercises.stream().filter(x -> x.entryId != null)
                .findFirst().get();
        assertTrue(reviewed.reviewed);
        assertEquals(f.platform.clock.now(), reviewed.lastReviewedAt);
    }

    @Test
    void aPeerScribesForTheParticipantAndTheRecordSaysSo() {
        String p = f.northParticipant("Castellano");
        WorkbookEntry scribed = triggers(8);
        scribed.scribed = true;
        ForbiddenException cm = assertThrows(ForbiddenException.class, () -> f.workbook.save(f.cm, p, MISSING_VERSION,
                scribed));
        assertTrue(cm.getMessage().contains("Only a Peer Support Specialist or Peer Navigator scribes"), cm.getMessage());
        assertThrows(ForbiddenException.class, () -> f.workbook.save(f.supervisor, p, MISSING_VERSION, scribed));
        assertThrows(ForbiddenException.class, () -> f.workbook.save(f.admin, p, MISSING_VERSION, scribed));

        WorkbookEntry byPss = f.workbook.save(f.pss, p, MISSING_VERSION, scribed);
        assertTrue(byPss.scribed);
        assertEquals("pss.north", byPss.recordedBy);
        assertEquals(Role.PEER_SPECIALIST, byPss.recorderRole);
        WorkbookEntry read = f.workbook.entry(f.cm, byPss.id, 1);
        assertTrue(read.scribed);
        assertEquals("pss.north", read.recordedBy);
        WorkbookEntry byNavigator = f.workbook.save(f.navigator, p, 1, scribed);
        assertEquals(Role.PEER_NAVIGATOR, byNavigator.recorderRole);
        assertTrue(f.workbook.versions(f.cm, byPss.id, PageRequest.of(0, 5)).items.stream().allMatch(v -> v.scribed));

        // someone who is both may scribe, and does it as the peer
        WorkbookEntry both = f.workbook.save(TestActors.of("pss.north", Role.CASE_MANAGER, Role.PEER_SPECIALIST), p, 2,
                scribed);
        assertEquals(Role.PEER_SPECIALIST, both.recorderRole);

        Event saved = f.events(WorkbookEvents.SAVED).get(0);
        assertEquals("true", saved.getProperty(WorkbookEvents.PROP_SCRIBED));
        assertEquals(p, saved.getProperty(WorkbookEvents.PROP_PARTICIPANT_ID));
        assertEquals(byPss.id, saved.getProperty(WorkbookEvents.PROP_ENTRY_ID));
        assertEquals("identifying-triggers", saved.getProperty(WorkbookEvents.PROP_EXERCISE));
        assertEquals(1, saved.getProperty(WorkbookEvents.PROP_VERSION));
        for (String name : saved.getPropertyNames()) {
            assertFalse(String.valueOf(saved.getProperty(name)).contains("Payday"), "no answer in the event: " + name);
        }
    }

    @Test
    void severalPeopleReviewAVersionOnceEach() {
        String p = f.northParticipant("Delacroix");
        WorkbookEntry v1 = f.workbook.save(f.pss, p, MISSING_VERSION, triggers(4));
        WorkbookReview byPss = f.workbook.review(f.pss, v1.id, review(1, "  Talked it through.  "));
        assertEquals("Talked it through.", byPss.comment);
        assertEquals(Role.PEER_SPECIALIST, byPss.reviewerRole);
        assertEquals(f.platform.clock.now(), byPss.reviewedAt);
        WorkbookReview byCm = f.workbook.review(f.cm, v1.id, review(1, null));
        assertNull(byCm.comment);
        f.workbook.review(f.supervisor, v1.id, review(1, null));
        assertThrows(ConflictException.class, () -> f.workbook.review(f.cm, v1.id, review(1, "again")));

        WorkbookEntry read = f.workbook.entry(f.cm, v1.id, null);
        // all at the test's one moment: by reviewer
        assertEquals(List.of("cm.north", "pss.north", "sup.site"),
                read.reviews.stream().map(r -> r.reviewedBy).collect(Collectors.toList()));
        assertEquals(3, f.workbook.versions(f.cm, v1.id, PageRequest.of(0, 5)).items.get(0).reviews);

        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> f.workbook.review(f.cm, v1.id, review(2, null)));
        assertTrue(missing.getMessage().contains("has no version 2"), missing.getMessage());
        ValidationException bad = assertThrows(ValidationException.class,
                () -> f.workbook.review(f.cm, v1.id, review(1, "x".repeat(501))));
        assertEquals("comment", bad.errors().get(0).field);
        assertEquals("version", assertThrows(ValidationException.class,
                () -> f.workbook.review(f.cm, v1.id, new WorkbookReview())).errors().get(0).field);
        assertThrows(ForbiddenException.class, () -> f.workbook.review(f.admin, v1.id, review(1, null)),
                "a program admin records and reads, but does not review");
        assertThrows(ForbiddenException.class, () -> f.workbook.review(f.otherPss, v1.id, review(1, null)));

        Event reviewed = f.events(WorkbookEvents.REVIEWED).get(0);
        assertEquals(byPss.id, reviewed.getProperty(WorkbookEvents.PROP_REVIEW_ID));
        assertEquals(1, reviewed.getProperty(WorkbookEvents.PROP_VERSION));
        assertNull(reviewed.getProperty("comment"));
    }

    @Test
    void anotherTeamSeesNothingAndUnknownRecordsAnswerAlike() {
        String p = f.northParticipant("Ellsworth");
        WorkbookEntry v1 = f.workbook.save(f.cm, p, MISSING_VERSION, triggers(2));
        assertThrows(ForbiddenException.class, () -> f.workbook.save(f.otherCm, p, 1, triggers(3)));
        assertThrows(ForbiddenException.class, () -> f.workbook.workbook(f.otherCm, p));
        assertThrows(ForbiddenException.class, () -> f.workbook.entry(f.otherCm, v1.id, null));
        assertThrows(ForbiddenException.class, () -> f.workbook.versions(f.otherPss, v1.id, PageRequest.of(0, 5)));
        assertThrows(ForbiddenException.class, () -> f.workbook.entry(TestActors.LIAISON, v1.id, null));
        // the site's navigator and supervisor are in scope
        assertEquals(1, f.workbook.entry(f.supervisor, v1.id, null).version);
        assertEquals(1, f.workbook.entry(f.navigator, v1.id, null).version);

        assertThrows(ForbiddenException.class, () -> f.workbook.entry(f.cm, "no-such-entry", null),
                "an unknown entry answers like another team's");
        assertThrows(NotFoundException.class, () -> f.workbook.entry(f.admin, "no-such-entry", null));
        assertThrows(ForbiddenException.class, () -> f.workbook.save(f.cm, "no-such-participant", MISSING_VERSION,
                triggers(1)));
        assertThrows(NotFoundException.class, () -> f.workbook.save(f.admin, "no-such-participant", MISSING_VERSION,
                triggers(1)));
        WorkbookEntry unknown = triggers(1);
        unknown.exercise = "no-such-exercise";
        NotFoundException e = assertThrows(NotFoundException.class, () -> f.workbook.save(f.cm, p, MISSING_VERSION,
                unknown));
        assertTrue(e.getMessage().contains("There is no exercise no-such-exercise"), e.getMessage());
        WorkbookEntry oldVersion = triggers(1);
        oldVersion.exerciseVersion = 7;
        assertThrows(NotFoundException.class, () -> f.workbook.save(f.cm, p, 1, oldVersion));
        ValidationException empty = assertThrows(ValidationException.class,
                () -> f.workbook.save(f.cm, p, MISSING_VERSION, new WorkbookEntry()));
        assertEquals(List.of("exercise", "answers"),
                empty.errors().stream().map(x -> x.field).collect(Collectors.toList()));
        assertEquals(1, f.workbook.entry(f.cm, v1.id, null).currentVersion, "nothing was saved by the refusals");
    }

    @Test
    void everyReadAndWriteOfAnswersIsAuditedWithTheParticipant() {
        String p = f.northParticipant("Fairweather");
        WorkbookEntry v1 = f.workbook.save(f.pss, p, MISSING_VERSION, triggers(2));
        f.workbook.entry(f.cm, v1.id, null);
        f.workbook.versions(f.cm, v1.id, PageRequest.of(0, 5));
        f.workbook.workbook(f.cm, p);
        f.workbook.review(f.cm, v1.id, review(1, "Fine"));
        assertThrows(ForbiddenException.class, () -> f.workbook.entry(f.otherCm, v1.id, null));

        AuditQuery q = new AuditQuery();
        q.component = "curriculum";
        q.participantId = p;
        List<AuditRecord> trail = f.platform.audit.query(f.admin, q, PageRequest.of(0, 20)).items;
        List<String> actions = trail.stream().map(r -> r.actor + " " + r.action + " " + r.resourceType + " " + r.outcome)
                .sorted().collect(Collectors.toList());
        assertEquals(List.of("cm.north CREATE workbook-review SUCCESS", "cm.north READ workbook SUCCESS",
                "cm.north READ workbook-entry SUCCESS", "cm.north READ workbook-entry SUCCESS",
                "cm.south READ workbook-entry " + AuditOutcome.DENIED, "pss.north CREATE workbook-entry SUCCESS"),
                actions);
        for (AuditRecord r : trail) {
            assertFalse(String.valueOf(r.detail).contains("Payday"), "no answer in the audit trail: " + r.detail);
        }
    }
}
