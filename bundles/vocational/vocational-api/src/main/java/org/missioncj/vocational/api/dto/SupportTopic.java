package org.missioncj.vocational.api.dto;

/** What on-the-job support was about. */
public enum SupportTopic {
    PUNCTUALITY,
    APPEARANCE,
    WORKLOAD,
    COWORKER_CONFLICT,
    SYMPTOMS_AT_WORK,
    TRANSPORTATION_TRAINING
}
