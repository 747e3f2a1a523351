package org.missioncj.curriculum.api;

/**
 * Event Admin topics of the participant workbook, for fidelity reporting. They carry ids, the exercise's
 * code and version numbers only, never an answer.
 */
public final class WorkbookEvents {
    /**
     * Posted after a version of a participant's answers was saved. Properties: participantId, entryId,
     * exercise (its code), exerciseVersion and version (ints), scribed ("true" or "false"), actor.
     */
    public static final String SAVED = "org/missioncj/curriculum/WORKBOOK_SAVED";

    /**
     * Posted after a version of a participant's answers was reviewed. Properties: participantId, entryId,
     * exercise, version (an int), reviewId, actor.
     */
    public static final String REVIEWED = "org/missioncj/curriculum/WORKBOOK_REVIEWED";

    public static final String PROP_PARTICIPANT_ID = "participantId";
    public static final String PROP_ENTRY_ID = "entryId";
    public static final String PROP_EXERCISE = "exercise";
    public static final String PROP_EXERCISE_VERSION = "exerciseVersion";
    public static final String PROP_VERSION = "version";
    public static final String PROP_SCRIBED = "scribed";
    public static final String PROP_REVIEW_ID = "reviewId";
    public static final String PROP_ACTOR = "actor";

    private WorkbookEvents() {
    }
}
