package org.missioncj.curriculum.api.dto;

import java.time.LocalDate;

/**
 * Whether a participant's plan is due to be written or reviewed. The plan is reviewed at each CTI phase
 * change: a review is due once the current phase began after the latest version that was CREATED or a
 * PHASE_REVIEW of that phase. A participant on a caseload without a plan is due one since the
 * enrollment started.
 */
public class PlanStatus {
    public String participantId;
    /** The ENROLLED or ACTIVE enrollment; absent when there is none (then nothing is due). */
    public String enrollmentId;
    public String teamId;
    public LocalDate enrollmentStart;
    /** The plan's current version; absent when there is no plan. */
    public Integer planVersion;
    /** No plan at all. */
    public boolean planMissing;
    /** A plan is due to be written ({@link #planMissing}) or reviewed for the current phase. */
    public boolean reviewDue;
    /** Since when: the enrollment's start for a missing plan, the current phase's start for a review. */
    public LocalDate dueSince;
    /** The CTI phase today: 0 before the community phases start, the number of phases plus 1 after they end. */
    public Integer currentPhase;
    public String currentPhaseName;
    /** The day the current phase began. */
    public LocalDate phaseStart;
}
