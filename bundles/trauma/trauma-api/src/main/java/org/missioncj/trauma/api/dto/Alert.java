package org.missioncj.trauma.api.dto;

import java.time.Instant;

/** A safety alert raised by a flag of a completed screen. */
public class Alert {
    public String id;
    public long version;
    public String participantId;
    public String screenId;
    public String instrumentId;
    public String flagId;
    public String title;
    /** What the team should do, from the instrument's flag. */
    public String text;
    public AlertStatus status;
    public Instant raisedAt;
    /** The team and site of the participant's latest enrollment (absent before any: intake). */
    public String teamId;
    public String site;
    public Instant acknowledgedAt;
    public String acknowledgedBy;
    public String actionTaken;
}
