package org.missioncj.consent.api.dto;

import java.time.LocalDate;

/** A court progress report wanted for a participant, a period and a recipient. */
public class CourtReportRequest {
    public String participantId;
    /** First and last day of the period (inclusive). */
    public LocalDate from;
    public LocalDate to;
    /** Defaults to COURT. For a court liaison, always COURT and their own organization. */
    public RecipientClass recipientClass;
    public String recipientName;
    /** Defaults to CRIMINAL_JUSTICE_MONITORING. */
    public DisclosurePurpose purpose;
}
