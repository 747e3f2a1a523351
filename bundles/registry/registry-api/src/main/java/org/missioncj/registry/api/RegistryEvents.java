package org.missioncj.registry.api;

/**
 * Event Admin topics the registry posts after its transaction commits, so other modules (CTI,
 * fidelity, ...) react without depending on the registry's implementation. Properties are strings
 * or integers, never DTOs, so a listener needs no registry classes.
 */
public final class RegistryEvents {
    public static final String TOPIC_PREFIX = "org/missioncj/registry/";
    public static final String PARTICIPANT_CREATED = TOPIC_PREFIX + "PARTICIPANT_CREATED";
    public static final String PARTICIPANT_UPDATED = TOPIC_PREFIX + "PARTICIPANT_UPDATED";
    /** An enrollment reached ENROLLED (on create or from REFERRED). */
    public static final String ENROLLED = TOPIC_PREFIX + "ENROLLED";
    /** Start date, length, setting or team of an enrollment changed. */
    public static final String ENROLLMENT_CHANGED = TOPIC_PREFIX + "ENROLLMENT_CHANGED";
    /** Any status change, including ENROLLED. */
    public static final String ENROLLMENT_STATUS_CHANGED = TOPIC_PREFIX + "ENROLLMENT_STATUS_CHANGED";

    public static final String PROP_PARTICIPANT_ID = "participantId";
    public static final String PROP_ENROLLMENT_ID = "enrollmentId";
    public static final String PROP_TEAM_ID = "teamId";
    public static final String PROP_STATUS = "status";
    public static final String PROP_PREVIOUS_STATUS = "previousStatus";
    /** ISO-8601 date. */
    public static final String PROP_START_DATE = "startDate";
    public static final String PROP_PROGRAM_MONTHS = "programMonths";
    public static final String PROP_ACTOR = "actor";

    private RegistryEvents() {
    }
}
