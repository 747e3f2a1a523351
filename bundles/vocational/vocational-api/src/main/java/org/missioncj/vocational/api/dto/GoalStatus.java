package org.missioncj.vocational.api.dto;

/** Where a goal stands. */
public enum GoalStatus {
    OPEN,
    ACHIEVED,
    DROPPED
}
