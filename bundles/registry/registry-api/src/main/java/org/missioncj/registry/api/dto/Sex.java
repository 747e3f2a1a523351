package org.missioncj.registry.api.dto;

/** Sex as recorded on identity documents; gender identity is recorded separately, in the person's words. */
public enum Sex {
    FEMALE, MALE, X, UNKNOWN
}
