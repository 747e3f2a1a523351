package org.missioncj.core.api.audit;

import java.time.Instant;

/** A stored audit record as the audit query returns it. */
public class AuditRecord {
    public long id;
    public Instant occurredAt;
    public String actor;
    public String roles;
    public String component;
    public String action;
    public String resourceType;
    public String resourceId;
    public String participantId;
    public AuditOutcome outcome;
    public String purpose;
    public String detail;
    /** Where the request came from (an IP address, {@code console} or {@code system}); null before it was recorded. */
    public String clientAddress;
}
