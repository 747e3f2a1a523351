package org.missioncj.consent.api.dto;

/**
 * A second person's check of a recorded court order against the signed document: a clinical
 * supervisor of the participant's site or a privacy officer, never the one who recorded it.
 */
public class CourtOrderDecision {
    /** APPROVED or REJECTED. */
    public CourtOrderStatus decision;
    public String note;
}
