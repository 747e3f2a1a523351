package org.missioncj.curriculum.api;

/**
 * Event Admin topics of the recovery and treatment plan, posted after the transaction commits. They carry
 * ids, the version and the CTI phase, never the plan's content. Properties are strings or integers.
 */
public final class PlanEvents {
    /**
     * Every saved version (CREATED, REVISED, PHASE_REVIEW). Properties: participantId, version, reason,
     * phase (the CTI phase that day, when the participant has an open enrollment), enrollmentId and teamId
     * (the same), actor.
     */
    public static final String PLAN_SAVED = "org/missioncj/curriculum/PLAN_SAVED";

    /**
     * A review at a CTI phase change, posted besides {@link #PLAN_SAVED}: what fidelity counts. Properties:
     * participantId, version, phase (the phase reviewed), enrollmentId, teamId, actor.
     */
    public static final String PLAN_REVIEWED = "org/missioncj/curriculum/PLAN_REVIEWED";

    public static final String PROP_PARTICIPANT_ID = "participantId";
    public static final String PROP_VERSION = "version";
    public static final String PROP_REASON = "reason";
    public static final String PROP_PHASE = "phase";
    public static final String PROP_ENROLLMENT_ID = "enrollmentId";
    public static final String PROP_TEAM_ID = "teamId";
    public static final String PROP_ACTOR = "actor";

    private PlanEvents() {
    }
}
