package org.missioncj.peer.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A peer group: its facilitating Peer Support Specialist, site, name, place, schedule, and its roster. The
 * counts are for every reader; {@link #members} holds what {@link #roster} says the caller sees, and is
 * absent (null) for a caller who sees counts only, and in lists. Read-only fields are ignored on input.
 */
public class PeerGroup {
    public String id;
    /** Read-only: the ETag of an update's If-Match. */
    public long version;
    /** The facilitator's site; on input, the facilitator's when left out. */
    public String site;
    public String name;
    /** Where the group meets. */
    public String place;
    /** When it meets, in words: "Tuesdays 18:00-19:30". */
    public String schedule;
    /** The facilitating staff member: a Peer Support Specialist or Peer Navigator of the site. */
    public String facilitatorId;

    /** Read-only: members today (joined and not left before today). */
    public int memberCount;
    /** Read-only: participants who were members and are not today. */
    public int formerMemberCount;
    public int meetingCount;
    public LocalDate firstMeetingOn;
    public LocalDate lastMeetingOn;
    /** Read-only: the version of the comfort agreement in force (absent before it is written). */
    public Integer comfortAgreementVersion;
    public LocalDate comfortAgreementOn;
    /** Read-only, detail only: members today who have not agreed to the comfort agreement in force. */
    public Integer membersWithoutAgreement;

    /** Read-only, detail only: how much of the roster the caller sees. */
    public RosterView roster;
    /** Read-only, detail only: the memberships the caller may see, current and past, oldest first. */
    public List<GroupMember> members;

    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
}
