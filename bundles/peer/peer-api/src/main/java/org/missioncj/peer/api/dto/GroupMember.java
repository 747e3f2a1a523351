package org.missioncj.peer.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One membership of a participant in a group, from the day they joined to the day they left (both
 * inclusive: a member who leaves on a meeting's day was at it). A participant who rejoins has a new
 * membership. Every member is a peer: a participant with an open enrollment at the group's site.
 */
public class GroupMember {
    /** Read-only: the membership's id (leave with POST /peer/memberships/{id}/leave). */
    public String id;
    public String groupId;
    public String participantId;
    public LocalDate joinedOn;
    /**
     * On input: that the participant, joining after the group wrote its comfort agreement, agreed to it; the
     * join records the agreement on the day they joined. Required once the group has an agreement.
     */
    public Boolean agreedToComfortAgreement;
    /** Read-only: the last day of the membership; absent while they are a member. */
    public LocalDate leftOn;
    public String leftReason;
    /** Read-only: whether they are a member today. */
    public boolean current;
    /** Read-only: the latest comfort agreement version they agreed to, and when. */
    public Integer agreedVersion;
    public LocalDate agreedOn;
    public Instant createdAt;
    public String createdBy;
}
