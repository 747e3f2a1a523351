package org.missioncj.linkage.api;

/**
 * Event Admin topics of the linkage module, posted once the change is stored. Properties are strings; no event
 * carries a referral's reason or a note.
 */
public final class LinkageEvents {
    /**
     * A referral was made (status SENT). Properties: referralId, participantId, serviceId, status, actor; teamId and
     * site when the participant is placed on a team.
     */
    public static final String REFERRAL_SENT = "org/missioncj/linkage/REFERRAL_SENT";
    /**
     * A referral moved a step: accepted, scheduled, attended, declined, no-show or closed. Properties as
     * {@link #REFERRAL_SENT}, and previousStatus and the day it happened (effectiveDate).
     */
    public static final String REFERRAL_STATUS_CHANGED = "org/missioncj/linkage/REFERRAL_STATUS_CHANGED";

    public static final String PROP_REFERRAL_ID = "referralId";
    public static final String PROP_PARTICIPANT_ID = "participantId";
    public static final String PROP_SERVICE_ID = "serviceId";
    public static final String PROP_STATUS = "status";
    public static final String PROP_PREVIOUS_STATUS = "previousStatus";
    public static final String PROP_EFFECTIVE_DATE = "effectiveDate";
    public static final String PROP_TEAM_ID = "teamId";
    public static final String PROP_SITE = "site";
    public static final String PROP_ACTOR = "actor";

    private LinkageEvents() {
    }
}
