package org.missioncj.curriculum.api.dto;

import java.time.Instant;

/**
 * One session of a curriculum's catalog. Its wording is versioned: {@link #version} starts at 1 and
 * goes up with each rewording or retirement, and every version stays readable, so a delivered
 * session shows the wording it was delivered with. Read-only fields are ignored on input.
 */
public class CatalogSession {
    /**
     * Read-only: the session's id, e.g. {@code drt-mission-cj-01} for a shipped one; a local session's is
     * {@code <curriculum>-<edition>-local-<8 hex digits>}.
     */
    public String id;
    public Curriculum curriculum;
    /** The edition's code; on input (adding a session), the edition in use when left out. */
    public String edition;
    /**
     * Its place in the manual, 1 to 999; unique among the edition's sessions that are not retired. On input,
     * after the edition's last session when left out (adding) or unchanged (rewording).
     */
    public Integer number;
    public String title;
    /** What the session covers, in a sentence or two (at most 1000 characters); unchanged when left out on rewording. */
    public String summary;
    /** Read-only: added by the site rather than shipped with the manual. */
    public boolean local;
    /** Read-only: retired sessions are no longer offered or counted; what was delivered stays. */
    public boolean retired;
    public String retiredReason;
    /** Read-only: the catalog version of this wording. */
    public Integer version;
    public Instant updatedAt;
    public String updatedBy;
}
