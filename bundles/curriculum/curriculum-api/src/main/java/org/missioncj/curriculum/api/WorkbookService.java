package org.missioncj.curriculum.api;

import java.util.List;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.curriculum.api.dto.Exercise;
import org.missioncj.curriculum.api.dto.Workbook;
import org.missioncj.curriculum.api.dto.WorkbookEntry;
import org.missioncj.curriculum.api.dto.WorkbookReview;
import org.missioncj.curriculum.api.dto.WorkbookVersion;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The participant workbook: its exercises are forms, each described by a JSON Schema (draft 2020-12) held as
 * data and versioned; a participant's answers to an exercise (an entry) are versioned too, never overwritten,
 * and each version is checked against its exercise's schema. Every read and write of answers is audited; the
 * exercises hold no participant data.
 */
@ProviderType
public interface WorkbookService {
    /** Every exercise in its current version, by code; without their schemas. */
    List<Exercise> exercises(Actor actor);

    /** An exercise with its schema: its current version when {@code version} is null; 404 when there is none. */
    Exercise exercise(Actor actor, String code, Integer version);

    /**
     * Adds the next version of an exercise's schema (version 1 of a new exercise): 422 when the schema is not a
     * valid draft 2020-12 schema of an object, or refers outside itself. Title and description default to the
     * previous version's.
     */
    Exercise addExerciseVersion(Actor actor, String code, Exercise input);

    /** The participant's workbook: every exercise with the state of the participant's answers to it. */
    Workbook workbook(Actor actor, String participantId);

    /**
     * Saves the participant's answers to an exercise as the next version of their entry (version 1 of a new
     * one). {@code expectedVersion} is the entry's current version (its ETag), required once the entry exists
     * (428 without, 412 when stale); {@code PreconditionRequiredException.MISSING_VERSION} when none was sent.
     * Answers that do not match the exercise's schema: 422 naming each field and rule. Only a peer
     * ({@link WorkbookAccess#SCRIBES}) saves with {@code scribed}: anyone else gets 403.
     */
    WorkbookEntry save(Actor actor, String participantId, long expectedVersion, WorkbookEntry input);

    /** One version of an entry with its answers and reviews: the current one when {@code version} is null. */
    WorkbookEntry entry(Actor actor, String entryId, Integer version);

    /** The versions of an entry, newest first, without their answers. */
    Page<WorkbookVersion> versions(Actor actor, String entryId, PageRequest page);

    /** Records a review of one version of an entry; 404 when the entry has no such version. */
    WorkbookReview review(Actor actor, String entryId, WorkbookReview input);
}
