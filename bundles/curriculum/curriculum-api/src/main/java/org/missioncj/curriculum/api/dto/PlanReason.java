package org.missioncj.curriculum.api.dto;

/** Why a version of the plan was saved. */
public enum PlanReason {
    /** Version 1. */
    CREATED,
    /** A change between reviews. */
    REVISED,
    /** The review at a CTI phase change ({@link Plan#reviewedPhase}). */
    PHASE_REVIEW
}
