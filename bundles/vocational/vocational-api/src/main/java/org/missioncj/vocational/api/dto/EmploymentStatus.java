package org.missioncj.vocational.api.dto;

/** A participant's employment or education status over a period. Employed is PART_TIME or FULL_TIME. */
public enum EmploymentStatus {
    UNEMPLOYED,
    PART_TIME,
    FULL_TIME,
    STUDENT,
    TRAINING,
    UNABLE_TO_WORK,
    RETIRED;

    public boolean employed() {
        return this == PART_TIME || this == FULL_TIME;
    }

    public boolean inEducation() {
        return this == STUDENT || this == TRAINING;
    }
}
