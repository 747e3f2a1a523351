package org.missioncj.consent.api.dto;

/** The section of 42 CFR Part 2 subpart E a court order authorizing disclosure was issued under. */
public enum CourtOrderAuthority {
    /** §2.64: disclosure for noncriminal purposes. */
    SECTION_2_64,
    /** §2.65: disclosure to investigate or prosecute the patient. */
    SECTION_2_65,
    /** §2.66: disclosure to investigate or prosecute a program or the person holding the records. */
    SECTION_2_66,
    /** §2.67: placement of an undercover agent or informant in a program. */
    SECTION_2_67
}
