package org.missioncj.curriculum.api.dto;

import java.time.Instant;

import org.missioncj.core.api.Role;

/** One version of a participant's workbook entry, without its answers: for the list of versions. */
public class WorkbookVersion {
    public String entryId;
    public String participantId;
    public String exercise;
    public Integer exerciseVersion;
    public Integer version;
    public boolean scribed;
    public String recordedBy;
    public Role recorderRole;
    public Instant recordedAt;
    /** How many reviews this version has. */
    public Integer reviews;
}
