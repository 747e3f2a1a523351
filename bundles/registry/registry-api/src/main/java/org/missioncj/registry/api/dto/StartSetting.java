package org.missioncj.registry.api.dto;

/** Where service starts: in a residential setting (often before release) or in the community. */
public enum StartSetting {
    JAIL, PRISON, TREATMENT, HOSPITAL, COMMUNITY;

    public boolean isResidential() {
        return this != COMMUNITY;
    }
}
