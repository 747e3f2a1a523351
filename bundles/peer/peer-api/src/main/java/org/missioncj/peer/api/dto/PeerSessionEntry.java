package org.missioncj.peer.api.dto;

import java.time.LocalDate;

/**
 * One line of a participant's peer-led history: an individual session ({@code id} is the session's) or
 * their attendance at a group meeting ({@code id} is the meeting's, with its group).
 */
public class PeerSessionEntry {
    public PeerSessionKind kind;
    public String id;
    public LocalDate heldOn;
    public String catalogSessionId;
    public Integer catalogVersion;
    public String catalogTitle;
    public Attendance attendance;
    public String staffId;
    public Integer minutes;
    /** Individual sessions only. */
    public SessionSetting setting;
    /** Group meetings only. */
    public String groupId;
}
