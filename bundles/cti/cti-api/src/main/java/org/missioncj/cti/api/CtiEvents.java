package org.missioncj.cti.api;

/** Event Admin topics of the CTI module. */
public final class CtiEvents {
    /** Posted after a CRISIS contact is stored. Properties: participantId, contactId, staffId, actor. */
    public static final String CRISIS = "org/missioncj/cti/CRISIS";

    /**
     * Listened to: a host-system adapter posts it when a participant leaves custody. Properties:
     * participantId, releaseDate (ISO-8601 date). The community phases then start on that day.
     */
    public static final String RELEASED = "org/missioncj/custody/RELEASED";

    public static final String PROP_PARTICIPANT_ID = "participantId";
    public static final String PROP_CONTACT_ID = "contactId";
    public static final String PROP_STAFF_ID = "staffId";
    public static final String PROP_RELEASE_DATE = "releaseDate";
    public static final String PROP_ACTOR = "actor";

    private CtiEvents() {
    }
}
