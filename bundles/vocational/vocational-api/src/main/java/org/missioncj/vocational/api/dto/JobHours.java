package org.missioncj.vocational.api.dto;

/** The hours of a job or an offer. */
public enum JobHours {
    PART_TIME,
    FULL_TIME
}
