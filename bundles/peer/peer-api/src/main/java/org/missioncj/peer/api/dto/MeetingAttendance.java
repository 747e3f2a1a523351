package org.missioncj.peer.api.dto;

/** A member's attendance at a group meeting. */
public class MeetingAttendance {
    public String participantId;
    public Attendance attendance;

    public MeetingAttendance() {
    }

    public MeetingAttendance(String participantId, Attendance attendance) {
        this.participantId = participantId;
        this.attendance = attendance;
    }
}
