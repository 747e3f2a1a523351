package org.missioncj.curriculum.api.dto;

import java.time.Instant;

/** A progress note on one goal: appended, never changed, and no new plan version. */
public class GoalNote {
    /** Read-only. */
    public String id;
    /** Read-only: the goal (from the path). */
    public String goalId;
    /** Read-only. */
    public String participantId;
    /** At most 2000 characters. */
    public String note;
    /** Read-only. */
    public Instant writtenAt;
    /** Read-only: the user name of the staff member who wrote it. */
    public String writtenBy;
}
