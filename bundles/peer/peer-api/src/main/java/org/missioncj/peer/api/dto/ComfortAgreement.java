package org.missioncj.peer.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a group's comfort agreement: written by the group at its first meeting, and again (a new
 * version, never an overwrite) when its text changes; every member then agrees to the new version.
 */
public class ComfortAgreement {
    public String groupId;
    /** Read-only: 1 for the agreement of the first meeting, then 2, 3 ... */
    public Integer version;
    public String text;
    /** The day the group agreed to it: the first meeting's day for version 1. */
    public LocalDate agreedOn;
    /** Input: the members (participant ids) who agreed to it that day. */
    public List<String> agreedBy;

    /** Read-only: how many participants agreed to this version, then and later. */
    public int assentCount;
    /** Read-only: how much of the roster the caller sees. */
    public RosterView roster;
    /** Read-only: the agreements the caller may see; absent when the caller sees counts only. */
    public List<Assent> assents;
    public Instant createdAt;
    public String createdBy;
}
