package org.missioncj.peer.api;

import static org.missioncj.core.api.AccessRule.Scope.ANY;
import static org.missioncj.core.api.AccessRule.Scope.TEAM;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

/**
 * The peer module's access rules, one per operation, named by the OpenAPI operation they guard.
 *
 * <p>Only Peer Support Specialists and Peer Navigators record peer-led sessions, groups, rosters, comfort
 * agreements, meetings and attendance. A group's records are written by its facilitator or a Peer Navigator
 * of its site (the group's "team" scope; a break-the-glass grant opens a participant, never a group). Any
 * clinical staff member may read a group, its meetings and agreements, but sees its roster and attendance
 * only as the roster rule allows: the facilitator all of it, each member's own team (its Case Manager and
 * Peer Support Specialist) that member only, anyone else counts.
 */
public final class PeerAccess {
    /** Who records peer-led work. */
    public static final Set<Role> PEER_STAFF = Collections.unmodifiableSet(
            EnumSet.of(Role.PEER_SPECIALIST, Role.PEER_NAVIGATOR));
    /** Who reads it (rosters and attendance as the roster rule allows). */
    public static final Set<Role> STAFF = Role.CLINICAL_STAFF;

    public static final AccessRule CREATE_GROUP = AccessRule.of("createPeerGroup", "create peer groups", TEAM,
            PEER_STAFF).withoutBreakGlass();
    public static final AccessRule LIST_GROUPS = AccessRule.of("listPeerGroups", "list peer groups", ANY, STAFF);
    public static final AccessRule GET_GROUP = AccessRule.of("getPeerGroup", "read this peer group", ANY, STAFF);
    public static final AccessRule UPDATE_GROUP = AccessRule.of("updatePeerGroup", "change this peer group", TEAM,
            PEER_STAFF).withoutBreakGlass();
    public static final AccessRule ADD_MEMBER = AccessRule.of("addPeerGroupMember", "change this group's roster", TEAM,
            PEER_STAFF).withoutBreakGlass();
    public static final AccessRule LEAVE_GROUP = AccessRule.of("leavePeerGroup", "change this group's roster", TEAM,
            PEER_STAFF).withoutBreakGlass();
    public static final AccessRule WRITE_AGREEMENT = AccessRule.of("writeComfortAgreement",
            "record this group's comfort agreement", TEAM, PEER_STAFF).withoutBreakGlass();
    public static final AccessRule LIST_AGREEMENTS = AccessRule.of("listComfortAgreements",
            "read this group's comfort agreements", ANY, STAFF);
    public static final AccessRule AGREE = AccessRule.of("agreeToComfortAgreement",
            "record a member's agreement to this group's comfort agreement", TEAM, PEER_STAFF).withoutBreakGlass();
    public static final AccessRule RECORD_MEETING = AccessRule.of("recordPeerGroupMeeting",
            "record this group's meetings and attendance", TEAM, PEER_STAFF).withoutBreakGlass();
    public static final AccessRule LIST_MEETINGS = AccessRule.of("listPeerGroupMeetings", "read this group's meetings",
            ANY, STAFF);
    public static final AccessRule GET_MEETING = AccessRule.of("getPeerGroupMeeting", "read this group meeting", ANY,
            STAFF);
    public static final AccessRule RECORD_SESSION = AccessRule.of("recordPeerSession",
            "record peer-led sessions for this participant", TEAM, PEER_STAFF);
    public static final AccessRule GET_SESSION = AccessRule.of("getPeerSession", "read this peer-led session", TEAM,
            STAFF);
    public static final AccessRule LIST_PARTICIPANT_SESSIONS = AccessRule.of("listParticipantPeerSessions",
            "read this participant's peer-led sessions", TEAM, STAFF);
    public static final AccessRule GET_PROGRESS = AccessRule.of("getPeerProgress",
            "read this participant's peer-session progress", TEAM, STAFF);
    public static final AccessRule LIST_TEAM_PROGRESS = AccessRule.of("listTeamPeerProgress",
            "read this team's peer-session progress", TEAM, STAFF);

    private PeerAccess() {
    }
}
