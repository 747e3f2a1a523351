package org.missioncj.housing.api.dto;

/**
 * Where a participant lives. Each status counts as housed, homeless, incarcerated or in an institution, so nights of
 * each kind can be computed for any period. Homeless follows HUD's literal homelessness: the street, a shelter and
 * transitional housing for homeless people.
 */
public enum HousingStatus {
    STREET(Kind.HOMELESS), SHELTER(Kind.HOMELESS), TRANSITIONAL(Kind.HOMELESS),
    RECOVERY_RESIDENCE(Kind.HOUSED), TREATMENT(Kind.INSTITUTION), RENTAL(Kind.HOUSED), OWN_HOME(Kind.HOUSED),
    FAMILY_OR_FRIENDS(Kind.HOUSED), INCARCERATED(Kind.INCARCERATED), HOSPITAL(Kind.INSTITUTION);

    /** What a status counts as. */
    public enum Kind {
        HOUSED, HOMELESS, INCARCERATED, INSTITUTION
    }

    public final Kind kind;

    HousingStatus(Kind kind) {
        this.kind = kind;
    }
}
