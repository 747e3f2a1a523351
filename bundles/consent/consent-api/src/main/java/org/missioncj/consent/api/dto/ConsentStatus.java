package org.missioncj.consent.api.dto;

/** A consent's state on a given day, always derived from its dates, never stored. */
public enum ConsentStatus {
    /** Signed on a later day than the one asked about. */
    NOT_YET_EFFECTIVE,
    ACTIVE,
    EXPIRED,
    /** Its expiry event (for §2.35, the end of the case or supervision) has occurred. */
    ENDED,
    REVOKED
}
