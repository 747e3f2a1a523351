package org.missioncj.curriculum.api.dto;

/** A recovery pathway a participant can choose: mutual-help groups, treatment, community supports. */
public enum Pathway {
    TWELVE_STEP,
    SMART_RECOVERY,
    LIFERING,
    CELEBRATE_RECOVERY,
    /** Secular Organizations for Sobriety. */
    SOS,
    REFUGE_RECOVERY,
    MEDICATION_ASSISTED_TREATMENT,
    RESIDENTIAL_TREATMENT,
    COMMUNITY_SUPPORTS,
    /** Any other pathway: its {@link PlanPathway#description} says which. */
    OTHER
}
