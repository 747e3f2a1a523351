package org.missioncj.vocational.api.dto;

import java.time.LocalDate;

/** A participant on a team's caseload and their employment status today. */
public class TeamEmployment {
    public String participantId;
    /** Absent when none is recorded for today. */
    public EmploymentStatus status;
    /** The day that status began. */
    public LocalDate since;
    public boolean employed;
}
