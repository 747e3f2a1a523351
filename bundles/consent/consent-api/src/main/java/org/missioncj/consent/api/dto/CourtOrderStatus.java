package org.missioncj.consent.api.dto;

/** A court order authorizes disclosure only once a second person has approved its record. */
public enum CourtOrderStatus {
    PENDING_APPROVAL,
    APPROVED,
    REJECTED
}
