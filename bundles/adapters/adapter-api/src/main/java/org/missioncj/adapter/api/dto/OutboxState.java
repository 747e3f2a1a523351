package org.missioncj.adapter.api.dto;

/** Where an outbound message stands. */
public enum OutboxState {
    /** Waiting for its next try (or for its system's adapter to be installed). */
    PENDING,
    /** The host system accepted it; the disclosure is recorded. */
    DELIVERED,
    /** No consent or court order allows it to its recipient; tried again when one may exist. */
    BLOCKED_BY_CONSENT,
    /** It failed the configured number of tries (or was refused for good): waits for a replay. */
    DEAD
}
