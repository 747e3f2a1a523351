package org.missioncj.curriculum.api.dto;

import java.time.Instant;

/** One exercise of a participant's workbook and the state of their answers to it (none yet: no entry). */
public class WorkbookExercise {
    /** The exercise's code. */
    public String exercise;
    public String title;
    /** The exercise's newest version. */
    public Integer exerciseVersion;
    /** The participant's entry for this exercise; absent until answers were first saved. */
    public String entryId;
    /** The entry's current version (also its ETag); absent without an entry. */
    public Integer currentVersion;
    /** The exercise version the current answers follow. */
    public Integer answeredExerciseVersion;
    public Instant lastSavedAt;
    public String lastSavedBy;
    /** Whether the current version has been reviewed by someone. */
    public boolean reviewed;
    /** When the current version was last reviewed. */
    public Instant lastReviewedAt;
}
