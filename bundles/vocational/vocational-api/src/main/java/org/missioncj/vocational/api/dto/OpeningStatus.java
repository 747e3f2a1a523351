package org.missioncj.vocational.api.dto;

/** Whether an opening can still be applied for. */
public enum OpeningStatus {
    OPEN,
    FILLED,
    CLOSED
}
