package org.missioncj.peer.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/** An individual peer-led session with a participant. Read-only fields are ignored on input. */
public class PeerSession {
    public String id;
    public String participantId;
    /** Read-only: the open enrollment it counts for. */
    public String enrollmentId;
    /** The Peer Support Specialist (or Peer Navigator) who led it. */
    public String staffId;
    public LocalDate heldOn;
    /** A session of the peer-led catalog that is not retired. */
    public String catalogSessionId;
    /** Read-only: the catalog version in use when it was recorded, and its title then. */
    public Integer catalogVersion;
    public String catalogTitle;
    public Attendance attendance;
    public Integer minutes;
    public SessionSetting setting;
    public String notes;
    public Instant createdAt;
    public String createdBy;
}
