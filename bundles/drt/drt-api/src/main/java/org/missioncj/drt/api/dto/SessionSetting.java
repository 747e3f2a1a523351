package org.missioncj.drt.api.dto;

/** Where a DRT session took place. */
public enum SessionSetting {
    JAIL,
    COMMUNITY,
    PHONE,
    VIDEO
}
