package org.missioncj.vocational.api.dto;

/** What an education enrollment leads to. */
public enum EducationKind {
    GED,
    CERTIFICATE,
    DEGREE,
    OTHER
}
