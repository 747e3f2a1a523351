package org.missioncj.consent.api.dto;

/** How the participant (or their authorized representative) signed a consent. */
public enum SignatureMethod {
    WRITTEN,
    ELECTRONIC
}
