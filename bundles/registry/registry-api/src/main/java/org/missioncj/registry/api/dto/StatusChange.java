package org.missioncj.registry.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/** A move of an enrollment to another status; also the shape of its history. */
public class StatusChange {
    public EnrollmentStatus status;
    /** Required for DISCHARGED and WITHDRAWN. */
    public String reason;
    /** The day it took effect; defaults to today, never in the future. */
    public LocalDate effectiveDate;
    /** History only. */
    public EnrollmentStatus fromStatus;
    public Instant changedAt;
    public String changedBy;
}
