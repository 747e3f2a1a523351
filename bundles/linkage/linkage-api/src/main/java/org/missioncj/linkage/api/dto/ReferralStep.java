package org.missioncj.linkage.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/** A step of a referral: as input, the status it moves to; as history, what was recorded. */
public class ReferralStep {
    public ReferralStatus status;
    /** The day it happened (today when left out); never in the future. */
    public LocalDate effectiveDate;
    /** For SCHEDULED: the appointment day. */
    public LocalDate appointmentOn;
    /** Why: required for DECLINED and CLOSED. */
    public String reason;
    public ReferralStatus fromStatus;
    public Instant recordedAt;
    public String recordedBy;
}
