package org.missioncj.adapter.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/** A message in the outbox, as listed and as a channel delivers it. */
public class OutboundMessage {
    /** Stable across tries: a receiver drops a second delivery of the same id. */
    public String id;
    public String system;
    public OutboundKind kind;
    public String participantId;
    public String recipientClass;
    public String recipientName;
    public LocalDate periodFrom;
    public LocalDate periodTo;
    public OutboxState state;
    public int attempts;
    public Instant createdAt;
    public String createdBy;
    public Instant nextAttemptAt;
    public Instant deliveredAt;
    /** The last failure or the gate's reason for a block, for the operator. */
    public String lastError;
    /** The disclosure recorded when it was delivered. */
    public String disclosureId;
    /**
     * For a channel only (never in lists): the JSON document to send, with the §2.32 notice in it.
     * Built at delivery, from what the disclosure gate allowed.
     */
    public String body;
}
