package org.missioncj.consent.api.dto;

/** Why information is disclosed; a consent names one purpose and covers only that one. */
public enum DisclosurePurpose {
    TREATMENT,
    CARE_COORDINATION,
    PAYMENT,
    HEALTH_CARE_OPERATIONS,
    /** Reporting progress to the court or supervision that referred the participant (§2.35). */
    CRIMINAL_JUSTICE_MONITORING,
    /** Use in civil, criminal, administrative or legislative proceedings (§2.31(d)). */
    LEGAL_PROCEEDINGS,
    OTHER
}
