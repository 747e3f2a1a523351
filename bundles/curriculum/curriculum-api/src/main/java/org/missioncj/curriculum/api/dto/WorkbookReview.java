package org.missioncj.curriculum.api.dto;

import java.time.Instant;

import org.missioncj.core.api.Role;

/**
 * A review of one version of a participant's answers, by their Case Manager, Peer Support Specialist or a
 * supervisor; a version may be reviewed by several people. Read-only fields are ignored on input.
 */
public class WorkbookReview {
    /** Read-only. */
    public String id;
    /** Read-only: the path names the entry. */
    public String entryId;
    /** The version reviewed. */
    public Integer version;
    /** What the reviewer noted, at most 500 characters; optional. */
    public String comment;
    /** Read-only: the reviewer's user name. */
    public String reviewedBy;
    /** Read-only: the role they reviewed in. */
    public Role reviewerRole;
    /** Read-only. */
    public Instant reviewedAt;
}
