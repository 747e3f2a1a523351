package org.missioncj.vocational.api.dto;

/** How an interview went, once it was due; absent while it is to come. */
public enum InterviewOutcome {
    ATTENDED,
    NO_SHOW,
    RESCHEDULED,
    CANCELLED
}
