package org.missioncj.registry.api.dto;

public enum ReferralSource {
    COURT, JAIL, PRISON, REENTRY_CENTER, PROBATION, PAROLE, HOSPITAL, TREATMENT_PROVIDER, SHELTER, SELF, OTHER
}
