package org.missioncj.vocational.api.dto;

/** Where a job application stands. */
public enum ApplicationStatus {
    APPLIED,
    INTERVIEWING,
    OFFERED,
    ACCEPTED,
    DECLINED,
    REJECTED,
    WITHDRAWN
}
