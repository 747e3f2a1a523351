package org.missioncj.vocational.api.dto;

/** The documents an application needs, each ready or not. */
public enum ApplicationDocument {
    RESUME,
    REFERENCES,
    ID,
    APPLICATION_FORM
}
