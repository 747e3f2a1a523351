package org.missioncj.vocational.api.dto;

/** The participant's answer to a job offer. */
public enum OfferResponse {
    PENDING,
    ACCEPTED,
    DECLINED
}
