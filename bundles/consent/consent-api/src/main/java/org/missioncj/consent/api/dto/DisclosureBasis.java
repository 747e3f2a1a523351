package org.missioncj.consent.api.dto;

/** What allows a disclosure. */
public enum DisclosureBasis {
    CONSENT,
    COURT_ORDER,
    /** §2.51: to medical personnel, to the extent necessary to meet a bona fide medical emergency. */
    MEDICAL_EMERGENCY
}
