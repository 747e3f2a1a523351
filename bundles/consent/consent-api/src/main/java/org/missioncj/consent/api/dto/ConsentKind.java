package org.missioncj.consent.api.dto;

/** The kinds of Part 2 consent the program takes. */
public enum ConsentKind {
    /** §2.31: a general written consent to a named or described recipient, for a purpose. */
    GENERAL,
    /**
     * §2.35: a criminal-justice referral consent. Recipients are limited to those who monitor the
     * participant's progress (court, probation or parole, pretrial services, prosecution); it may be
     * irrevocable until the case or supervision ends, and it ends with it.
     */
    CRIMINAL_JUSTICE,
    /** §2.31(d): a consent for use in civil, criminal, administrative or legislative proceedings, never combined with another. */
    LEGAL_PROCEEDINGS
}
