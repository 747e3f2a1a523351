package org.missioncj.vocational.api.dto;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** On-the-job support given to a participant by their team. Read-only fields are ignored on input. */
public class SupportContact {
    public String id;
    /** Read-only. */
    public String participantId;
    /** Read-only: the staff record of who gave it (the caller's). */
    public String staffId;
    /** When it happened, with its UTC offset; answered with the same offset. */
    public OffsetDateTime occurredAt;
    /** One of {@link org.missioncj.core.api.support.SupportContacts#MODES}. */
    public String mode;
    /** One or more. */
    public List<SupportTopic> topics = new ArrayList<>();
    public Integer minutes;
    /** Up to 2000 characters; for the team, never in an event or a report. */
    public String notes;
    public Instant recordedAt;
    public String recordedBy;
}
