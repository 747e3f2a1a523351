package org.missioncj.adapter.api.dto;

import java.time.Instant;

/** An inbound message as the runtime keeps it. */
public class InboxEntry {
    public String id;
    public String sourceSystem;
    public String messageId;
    public InboundKind kind;
    public InboxState state;
    /** Once matched or linked. */
    public String participantId;
    /** Why it is held or in review, or how it was resolved, in words for the reviewer. */
    public String reason;
    public Instant receivedAt;
    public Instant processedAt;
    /** HELD: when it goes to review. */
    public Instant holdUntil;
    /** Who linked or dismissed it. */
    public String resolvedBy;
    /** The message as received (for a reviewer; not part of lists). */
    public InboundMessage message;
}
