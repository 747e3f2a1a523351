package org.missioncj.curriculum.api.dto;

import java.time.Instant;

/** One version of a plan in its history: when, by whom and why, without its content. */
public class PlanVersion {
    public String participantId;
    public int version;
    public PlanReason reason;
    public Integer reviewedPhase;
    public Integer phase;
    public int pathways;
    public int goals;
    public int diagnoses;
    public Instant savedAt;
    public String savedBy;
}
