package org.missioncj.core.api.audit;

public enum AuditOutcome {
    SUCCESS,
    /** Refused by authorization. */
    DENIED,
    /** Refused because the request was invalid or conflicted with the stored state. */
    REJECTED,
    /** The thing asked for does not exist. */
    NOT_FOUND,
    /** Failed for a reason the caller could not correct. */
    ERROR
}
