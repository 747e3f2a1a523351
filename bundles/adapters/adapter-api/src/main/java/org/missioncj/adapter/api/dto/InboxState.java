package org.missioncj.adapter.api.dto;

/** Where an inbound message stands. */
public enum InboxState {
    /** Stored and acknowledged, not yet processed (processing follows at once, or the worker retries it). */
    RECEIVED,
    /** Its effects are done. */
    PROCESSED,
    /** Waiting for its predecessor (a release for its booking); goes to review after the hold time. */
    HELD,
    /** Waiting for staff: it matched no one, several people, or its predecessor never came. */
    REVIEW,
    /** Staff decided it needs no effect, with a reason. */
    DISMISSED
}
