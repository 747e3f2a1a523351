package org.missioncj.curriculum.api.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.missioncj.core.api.Role;

/**
 * One version of a participant's answers to an exercise. An entry (a participant and an exercise) keeps every
 * version saved; saving adds the next one. Read-only fields are ignored on input.
 */
public class WorkbookEntry {
    /** Read-only: the entry's id (the same for all its versions). */
    public String id;
    /** Read-only: the path names the participant. */
    public String participantId;
    /** The exercise's code. */
    public String exercise;
    /** The exercise version the answers follow; on input, the exercise's current version when left out. */
    public Integer exerciseVersion;
    /** Read-only: this version of the entry, 1 first. */
    public Integer version;
    /** Read-only: the entry's newest version (what If-Match names for the next save). */
    public Integer currentVersion;
    /** The answers, a JSON object that matches the exercise's schema. */
    public Map<String, Object> answers;
    /**
     * The answers were written down for the participant by a Peer Support Specialist or Peer Navigator,
     * the one named in {@link #recordedBy}, as the participant said them.
     */
    public boolean scribed;
    /** Read-only: the user name that saved this version. */
    public String recordedBy;
    /** Read-only: the role they saved it in. */
    public Role recorderRole;
    /** Read-only. */
    public Instant recordedAt;
    /** Read-only: the reviews of this version, oldest first. */
    public List<WorkbookReview> reviews;
}
