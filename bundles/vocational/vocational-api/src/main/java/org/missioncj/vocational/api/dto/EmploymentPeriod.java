package org.missioncj.vocational.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An employment or education status held from {@code startDate} until {@code endDate}, the day the next one began
 * (absent while it holds). A participant's periods never overlap. Read-only fields are ignored on input.
 */
public class EmploymentPeriod {
    public String id;
    /** Read-only: the ETag. */
    public long version;
    /** Read-only. */
    public String participantId;
    public EmploymentStatus status;
    public LocalDate startDate;
    /** The day the status ended (the next one's first day); absent while it holds. */
    public LocalDate endDate;
    public Instant recordedAt;
    public String recordedBy;
}
