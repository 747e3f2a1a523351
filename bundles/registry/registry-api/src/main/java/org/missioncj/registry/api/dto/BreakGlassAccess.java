package org.missioncj.registry.api.dto;

import java.time.Instant;

/**
 * A break-the-glass grant: a staff member opened the record of a participant outside their caseload
 * and said why. On input only {@code participantId} and {@code reason} count.
 */
public class BreakGlassAccess {
    /** The prefix of the audit detail of every access made under a grant: {@code break-the-glass: <reason>}. */
    public static final String AUDIT_MARKER = "break-the-glass";
    public static final int MIN_REASON = 15;
    public static final int MAX_REASON = 500;

    public String id;
    /** The sign-in the grant is for. */
    public String username;
    public String participantId;
    public String reason;
    public Instant openedAt;
    public Instant expiresAt;
}
