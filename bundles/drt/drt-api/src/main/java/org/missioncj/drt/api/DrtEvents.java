package org.missioncj.drt.api;

/** Event Admin topics of the DRT module; fidelity reporting listens. Properties are strings and ints. */
public final class DrtEvents {
    /**
     * Posted after a DRT session is stored, whatever its attendance. Properties: participantId, sessionId,
     * catalogSessionId, catalogVersion (an int), attendance, sessionDate (ISO-8601 date, site time zone),
     * enrollmentId, teamId, site, actor.
     */
    public static final String SESSION_RECORDED = "org/missioncj/drt/SESSION_RECORDED";

    public static final String PROP_PARTICIPANT_ID = "participantId";
    public static final String PROP_SESSION_ID = "sessionId";
    public static final String PROP_CATALOG_SESSION_ID = "catalogSessionId";
    public static final String PROP_CATALOG_VERSION = "catalogVersion";
    public static final String PROP_ATTENDANCE = "attendance";
    public static final String PROP_SESSION_DATE = "sessionDate";
    public static final String PROP_ENROLLMENT_ID = "enrollmentId";
    public static final String PROP_TEAM_ID = "teamId";
    public static final String PROP_SITE = "site";
    public static final String PROP_ACTOR = "actor";

    private DrtEvents() {
    }
}
