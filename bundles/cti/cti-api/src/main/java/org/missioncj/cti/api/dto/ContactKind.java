package org.missioncj.cti.api.dto;

/** How a contact happened. Transportation assistance and crisis support are contacts too. */
public enum ContactKind {
    IN_PERSON, PHONE, VIDEO, HOME_VISIT,
    /** Accompanying the participant to an appointment, interview or meeting (see {@code accompanimentTo}). */
    ACCOMPANIMENT,
    COURT,
    /** Crisis support; logging one raises {@code org/missioncj/cti/CRISIS}. */
    CRISIS,
    TRANSPORTATION
}
