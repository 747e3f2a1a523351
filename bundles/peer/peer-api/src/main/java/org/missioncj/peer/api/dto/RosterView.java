package org.missioncj.peer.api.dto;

/**
 * How much of a group's roster and attendance the caller sees. A group's roster reveals who is in
 * treatment: the facilitator sees all of it ({@link #FULL}); each member's own team (the Case Manager and
 * Peer Support Specialist of the team holding that member's enrollment) sees that member only
 * ({@link #OWN_TEAM}); anyone else sees counts ({@link #COUNTS}), in the same shape with the participant
 * parts left out.
 */
public enum RosterView {
    FULL, OWN_TEAM, COUNTS
}
