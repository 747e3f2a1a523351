package org.missioncj.curriculum.api.dto;

import java.time.LocalDate;

/**
 * A goal of the plan. Its {@link #goalId} stays the same across versions: a revision that keeps a goal
 * sends its id; a goal without one is new.
 */
public class Goal {
    /** Assigned when the goal is first saved; send it back to keep the goal in a new version. */
    public String goalId;
    public String text;
    /**
     * A new goal's (or a moved) target date is today or later; a goal already in the plan keeps its
     * target date even once it has passed.
     */
    public LocalDate targetDate;
    /** OPEN when left out. */
    public GoalStatus status;
    /** Read-only: the plan version that first had the goal. */
    public Integer addedInVersion;
}
