package org.missioncj.vocational.api;

/**
 * Event Admin topics of the vocational module, posted once the change is stored. Properties are strings; no event
 * carries a note, an employer or a wage. On-the-job support is posted as
 * {@link org.missioncj.core.api.support.SupportContacts#LOGGED} with source {@value #SOURCE}.
 */
public final class VocationalEvents {
    /**
     * A period of the employment timeline was recorded, corrected or deleted. Properties: participantId, periodId,
     * status, startDate, endDate (when it has one), change (RECORDED, CORRECTED or DELETED), statusToday (NONE when
     * none holds today), actor; teamId and site when the participant is placed on a team.
     */
    public static final String STATUS_CHANGED = "org/missioncj/vocational/STATUS_CHANGED";
    /**
     * Today's status became PART_TIME or FULL_TIME from one that is not employed (or none). Properties as
     * {@link #STATUS_CHANGED}, and previousStatus.
     */
    public static final String EMPLOYED = "org/missioncj/vocational/EMPLOYED";
    /** Today's status is no longer PART_TIME or FULL_TIME. Properties as {@link #EMPLOYED}. */
    public static final String LOST_JOB = "org/missioncj/vocational/LOST_JOB";
    /**
     * An education enrollment was completed. Properties: participantId, educationId, kind, completedOn, actor;
     * teamId and site when placed.
     */
    public static final String EDUCATION_COMPLETED = "org/missioncj/vocational/EDUCATION_COMPLETED";

    /** The source of the module's support contacts. */
    public static final String SOURCE = "vocational";
    /** The kind of its support contacts. */
    public static final String ON_THE_JOB_SUPPORT = "ON_THE_JOB_SUPPORT";

    public static final String PROP_PARTICIPANT_ID = "participantId";
    public static final String PROP_PERIOD_ID = "periodId";
    public static final String PROP_STATUS = "status";
    public static final String PROP_PREVIOUS_STATUS = "previousStatus";
    public static final String PROP_STATUS_TODAY = "statusToday";
    public static final String PROP_START_DATE = "startDate";
    public static final String PROP_END_DATE = "endDate";
    public static final String PROP_CHANGE = "change";
    public static final String PROP_EDUCATION_ID = "educationId";
    public static final String PROP_KIND = "kind";
    public static final String PROP_COMPLETED_ON = "completedOn";
    public static final String PROP_TEAM_ID = "teamId";
    public static final String PROP_SITE = "site";
    public static final String PROP_ACTOR = "actor";

    private VocationalEvents() {
    }
}
