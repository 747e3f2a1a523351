package org.missioncj.trauma.api;

/**
 * Event Admin topics of the trauma module. Properties are strings (booleans as "true"/"false"), posted once the
 * screen is stored. No event carries an answer or a score.
 */
public final class TraumaEvents {
    /**
     * A screen was recorded, completed or declined. Properties: participantId, screenId, instrumentId,
     * instrumentVersion (an int), domain, status, screenDate, actor; teamId and site when the participant is on a
     * caseload.
     */
    public static final String SCREEN_RECORDED = "org/missioncj/trauma/SCREEN_RECORDED";
    /**
     * A completed screen of a TRAUMA instrument met a positive cut-off: the linkage module proposes a referral to
     * a specialised provider. Properties as {@link #SCREEN_RECORDED}, and rescreenDue (ISO date).
     */
    public static final String TRAUMA_SCREEN_POSITIVE = "org/missioncj/trauma/TRAUMA_SCREEN_POSITIVE";
    /**
     * A safety flag raised an alert; posted at once, in the request that recorded the screen. Properties:
     * alertId, participantId, screenId, instrumentId, flagId, title; teamId and site when on a caseload.
     */
    public static final String SAFETY_ALERT = "org/missioncj/trauma/SAFETY_ALERT";
    /** A clinician acknowledged an alert. Properties: alertId, participantId, actor. */
    public static final String ALERT_ACKNOWLEDGED = "org/missioncj/trauma/ALERT_ACKNOWLEDGED";
    /** A site loaded an instrument definition. Properties: instrumentId, instrumentVersion (an int), actor. */
    public static final String INSTRUMENT_LOADED = "org/missioncj/trauma/INSTRUMENT_LOADED";

    public static final String PROP_PARTICIPANT_ID = "participantId";
    public static final String PROP_SCREEN_ID = "screenId";
    public static final String PROP_INSTRUMENT_ID = "instrumentId";
    public static final String PROP_INSTRUMENT_VERSION = "instrumentVersion";
    public static final String PROP_DOMAIN = "domain";
    public static final String PROP_STATUS = "status";
    public static final String PROP_SCREEN_DATE = "screenDate";
    public static final String PROP_RESCREEN_DUE = "rescreenDue";
    public static final String PROP_ALERT_ID = "alertId";
    public static final String PROP_FLAG_ID = "flagId";
    public static final String PROP_TITLE = "title";
    public static final String PROP_TEAM_ID = "teamId";
    public static final String PROP_SITE = "site";
    public static final String PROP_ACTOR = "actor";

    private TraumaEvents() {
    }
}
