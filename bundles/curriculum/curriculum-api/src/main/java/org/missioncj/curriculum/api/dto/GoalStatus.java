package org.missioncj.curriculum.api.dto;

/** Where a goal of the plan stands. */
public enum GoalStatus {
    OPEN,
    MET,
    DROPPED
}
