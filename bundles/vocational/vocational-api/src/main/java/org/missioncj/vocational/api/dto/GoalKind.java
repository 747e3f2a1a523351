package org.missioncj.vocational.api.dto;

/** What a vocational goal is about. */
public enum GoalKind {
    JOB,
    CAREER,
    EDUCATION,
    TRAINING
}
