package org.missioncj.peer.api.dto;

/** Where an individual peer-led session took place. */
public enum SessionSetting {
    JAIL, COMMUNITY, PHONE, VIDEO
}
