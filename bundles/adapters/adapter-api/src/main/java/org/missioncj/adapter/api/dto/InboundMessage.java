package org.missioncj.adapter.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One message from a host system, as an adapter translated it. {@code sourceSystem} and
 * {@code messageId} identify it: the runtime processes each pair once. Only the fields of its
 * {@link InboundKind} are read.
 */
public class InboundMessage {
    public String sourceSystem;
    public String messageId;
    public InboundKind kind;
    /** Who it is about: matched against the registry's identifiers. */
    public List<PersonIdentifier> person;
    /** When it happened in the host system (booking time, disposition time); default: when received. */
    public Instant occurredAt;
    /** BOOKING, RELEASE: the host system's booking number. */
    public String bookingId;
    /** BOOKING: the facility. */
    public String facility;
    /** RELEASE: the day the person left custody. */
    public LocalDate releaseDate;
    /** RELEASE: where to (e.g. "community", "treatment facility", "transfer"). */
    public String releaseDestination;
    /** HEARING_*: the court system's hearing (court event) id. */
    public String hearingId;
    /** HEARING_SCHEDULED, HEARING_CHANGED: when it takes place. */
    public Instant scheduledAt;
    /** HEARING_*: the court, e.g. "County Drug Court, Dept. 4". */
    public String court;
    /** HEARING_*: e.g. "status review", "sentencing". */
    public String hearingType;
    /** DISPOSITION, SANCTION, WARRANT: the host system's code (e.g. "DISMISSED", "JAIL_3D", "ISSUED"). */
    public String code;
    /** DISPOSITION, SANCTION, WARRANT: the case or docket it belongs to. */
    public String caseNumber;
}
