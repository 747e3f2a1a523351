package org.missioncj.adapter.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/** A disposition, sanction or warrant a court system reported, and a booking or release from a jail. */
public class CourtEvent {
    public String id;
    public String participantId;
    public String sourceSystem;
    public InboundKind kind;
    public Instant occurredAt;
    /** The host system's code, or for custody the booking id. */
    public String code;
    public String caseNumber;
    /** BOOKING: the facility. */
    public String facility;
    /** RELEASE: the day, and where to. */
    public LocalDate releaseDate;
    public String destination;
    /** The inbound message it came from. */
    public String inboxId;
}
