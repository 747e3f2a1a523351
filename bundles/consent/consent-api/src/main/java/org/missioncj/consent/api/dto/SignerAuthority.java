package org.missioncj.consent.api.dto;

/** On whose authority a consent was signed (42 CFR §2.31(a)(8), §§2.14-2.15). */
public enum SignerAuthority {
    /** The participant signed. */
    PARTICIPANT,
    /** For a minor, the parent or guardian whose signature state law requires as well (§2.14). */
    PARENT_OR_GUARDIAN,
    /** For a participant who lacks capacity or has died, an authorized representative (§2.15). */
    AUTHORIZED_REPRESENTATIVE
}
