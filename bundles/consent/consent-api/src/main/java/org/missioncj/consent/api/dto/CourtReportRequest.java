package org.missioncj.consent.api.dto;

import java.time.LocalDate;

/** A court progress report wanted for a participant, a period and a recipient. */
public class CourtReportRequest {
    public String participantId;
    /** First and last day of the period (inclusive). */
    public LocalDate from;
    public LocalDate to;
    /**
     * Who receives it. Clinical staff name the recipient (class, default COURT, and name: required).
     * A court liaison's recipient is always their own organization and its class, as a program admin
     * set them on the liaison's account; a liaison who sends other values is refused.
     */
    public RecipientClass recipientClass;
    public String recipientName;
    /** Defaults to CRIMINAL_JUSTICE_MONITORING. */
    public DisclosurePurpose purpose;
}
