package org.missioncj.peer.api;

/**
 * Event Admin topics of the peer module, posted once the work has committed, for fidelity reporting.
 * Properties are strings and integers only; dates are ISO-8601 days (site time zone). No event names a
 * group, a topic's content or notes, and a meeting's event gives counts, not who attended.
 */
public final class PeerEvents {
    /**
     * An individual peer-led session was recorded. Properties: participantId, enrollmentId, teamId, site,
     * sessionId, staffId, catalogSessionId, catalogVersion (int), heldOn, attendance, setting, actor.
     */
    public static final String SESSION_RECORDED = "org/missioncj/peer/SESSION_RECORDED";
    /**
     * A group meeting was recorded with its attendance. Properties: groupId, meetingId, site, staffId,
     * catalogSessionId, catalogVersion (int), heldOn, members (int: members on that day), attended, partly,
     * noShow, excused (ints), actor.
     */
    public static final String MEETING_RECORDED = "org/missioncj/peer/MEETING_RECORDED";
    /** A participant joined a group. Properties: groupId, membershipId, participantId, site, joinedOn, actor. */
    public static final String MEMBER_JOINED = "org/missioncj/peer/MEMBER_JOINED";
    /** A member left a group. Properties: groupId, membershipId, participantId, site, leftOn, actor. */
    public static final String MEMBER_LEFT = "org/missioncj/peer/MEMBER_LEFT";

    public static final String PROP_PARTICIPANT_ID = "participantId";
    public static final String PROP_ENROLLMENT_ID = "enrollmentId";
    public static final String PROP_TEAM_ID = "teamId";
    public static final String PROP_SITE = "site";
    public static final String PROP_SESSION_ID = "sessionId";
    public static final String PROP_GROUP_ID = "groupId";
    public static final String PROP_MEETING_ID = "meetingId";
    public static final String PROP_MEMBERSHIP_ID = "membershipId";
    public static final String PROP_STAFF_ID = "staffId";
    public static final String PROP_CATALOG_SESSION_ID = "catalogSessionId";
    public static final String PROP_CATALOG_VERSION = "catalogVersion";
    public static final String PROP_HELD_ON = "heldOn";
    public static final String PROP_JOINED_ON = "joinedOn";
    public static final String PROP_LEFT_ON = "leftOn";
    public static final String PROP_ATTENDANCE = "attendance";
    public static final String PROP_SETTING = "setting";
    public static final String PROP_MEMBERS = "members";
    public static final String PROP_ATTENDED = "attended";
    public static final String PROP_PARTLY = "partly";
    public static final String PROP_NO_SHOW = "noShow";
    public static final String PROP_EXCUSED = "excused";
    public static final String PROP_ACTOR = "actor";

    private PeerEvents() {
    }
}
