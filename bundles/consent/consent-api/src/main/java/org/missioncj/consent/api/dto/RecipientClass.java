package org.missioncj.consent.api.dto;

import java.util.EnumSet;
import java.util.Set;

/** Who receives a disclosure, as a class; a consent may also name the recipient within the class. */
public enum RecipientClass {
    COURT,
    PROBATION_PAROLE,
    PRETRIAL_SERVICES,
    PROSECUTION,
    DEFENSE_COUNSEL,
    TREATMENT_PROVIDER,
    HEALTH_PLAN,
    HOUSING_PROVIDER,
    EMPLOYER,
    FAMILY_OR_SUPPORT,
    OTHER;

    /** The criminal-justice recipients who monitor a participant's progress (§2.35). */
    public static final Set<RecipientClass> PROGRESS_MONITORS = java.util.Collections
            .unmodifiableSet(EnumSet.of(COURT, PROBATION_PAROLE, PRETRIAL_SERVICES, PROSECUTION));
}
