package org.missioncj.consent.api.dto;

/** What allows a disclosure. */
public enum DisclosureBasis {
    CONSENT,
    COURT_ORDER
}
