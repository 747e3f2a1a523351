package org.missioncj.housing.api.dto;

import java.time.LocalDate;

/** A row of a team's housing view: who is homeless today, or whose placement is at risk. */
public class TeamParticipant {
    public String participantId;
    public HousingStatus status;
    public LocalDate since;
    public String placementId;
    public int openConflicts;
    public LocalDate rentUnpaidSince;
}
