package org.missioncj.consent.api.dto;

/** The program's answer to a request to restrict disclosures. */
public enum RestrictionDecision {
    /** The gate honours it. */
    AGREED,
    /** Recorded, not honoured; the participant is told. */
    DECLINED
}
