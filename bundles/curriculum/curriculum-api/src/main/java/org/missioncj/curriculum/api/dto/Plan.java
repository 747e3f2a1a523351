package org.missioncj.curriculum.api.dto;

import java.time.Instant;
import java.util.List;

/**
 * One version of a participant's recovery and treatment plan. Plans are versioned, never overwritten:
 * each save is a new {@link #version} (1, 2, ...) and every version stays readable. Read-only fields are
 * ignored on input.
 */
public class Plan {
    /** Read-only: the participant (from the path). */
    public String participantId;
    /** Read-only. */
    public Integer version;
    /** Read-only: CREATED for version 1, REVISED or PHASE_REVIEW after. */
    public PlanReason reason;
    /**
     * For a review: the CTI phase it reviews, which is the participant's current phase (left out: the
     * current phase). Only a review has one.
     */
    public Integer reviewedPhase;
    /** Read-only: the participant's CTI phase on the day the version was saved; absent without an open enrollment. */
    public Integer phase;
    /** Read-only: whether this is the plan's current version. */
    public boolean current;
    /** At least one, each pathway once. */
    public List<PlanPathway> pathways;
    /** At most 20. */
    public List<Goal> goals;
    /** At most 10. */
    public List<Diagnosis> diagnoses;
    /** Read-only. */
    public Instant savedAt;
    /** Read-only: the user name of who saved it. */
    public String savedBy;
}
