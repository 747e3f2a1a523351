package org.missioncj.adapter.api.dto;

import java.time.Instant;

/** A court hearing of a participant, as the court system reported it. */
public class Hearing {
    public String id;
    public String participantId;
    public String sourceSystem;
    /** The court system's id for it. */
    public String hearingId;
    public Instant scheduledAt;
    public String court;
    public String hearingType;
    /** SCHEDULED or CANCELLED. */
    public String status;
    public Instant updatedAt;
}
