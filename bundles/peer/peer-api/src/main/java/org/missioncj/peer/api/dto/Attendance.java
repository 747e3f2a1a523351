package org.missioncj.peer.api.dto;

/** How a participant took part in a peer-led session or a group meeting. */
public enum Attendance {
    ATTENDED,
    /** Came late or left early. */
    PARTLY,
    NO_SHOW,
    /** Absent with notice (an individual session cancelled in advance). */
    EXCUSED;

    /** Whether the session counts as done for the participant's progress. */
    public boolean counts() {
        return this == ATTENDED || this == PARTLY;
    }
}
