package org.missioncj.vocational.api.dto;

/** Where an education enrollment stands. */
public enum EducationStatus {
    ENROLLED,
    COMPLETED,
    WITHDRAWN
}
