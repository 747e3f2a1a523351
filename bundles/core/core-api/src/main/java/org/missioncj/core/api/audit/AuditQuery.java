package org.missioncj.core.api.audit;

import java.time.Instant;

/** Filters of an audit search; null fields do not filter. */
public class AuditQuery {
    public String participantId;
    public String actor;
    public String action;
    public String component;
    public AuditOutcome outcome;
    /** Inclusive lower bound. */
    public Instant from;
    /** Exclusive upper bound. */
    public Instant to;
}
