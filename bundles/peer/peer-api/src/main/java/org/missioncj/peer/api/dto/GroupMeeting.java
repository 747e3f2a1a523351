package org.missioncj.peer.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting of a group: the day, the catalog session covered (with the catalog version in use that day:
 * a delivered session keeps the wording it used), its length and the attendance of its members. The counts
 * are for every reader; {@link #attendance} holds what {@link #roster} says the caller sees.
 */
public class GroupMeeting {
    public String id;
    public String groupId;
    public LocalDate heldOn;
    /** Who facilitated it: the group's facilitator when left out. */
    public String staffId;
    /** A session of the peer-led catalog that is not retired. */
    public String catalogSessionId;
    /** Read-only: the catalog version of that session when the meeting was recorded, and its title then. */
    public Integer catalogVersion;
    public String catalogTitle;
    public Integer minutes;
    /**
     * Input: the comfort agreement the group wrote at this meeting (required for the first meeting, which
     * writes it; a new version at a later one). Its date is the meeting's.
     */
    public ComfortAgreement comfortAgreement;
    /** Read-only: the version of the comfort agreement in force at the meeting. */
    public Integer comfortAgreementVersion;
    /** Per member; on input, one entry per member recorded. */
    public List<MeetingAttendance> attendance;

    /** Read-only counts: members on the day, and the attendance recorded. */
    public int members;
    public int attended;
    public int partly;
    public int noShow;
    public int excused;
    /** Read-only: how much of the attendance the caller sees. */
    public RosterView roster;
    public Instant createdAt;
    public String createdBy;
}
