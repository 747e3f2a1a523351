package org.missioncj.housing.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A status held from {@code startDate} until {@code endDate}, the day the next one began (absent while it holds).
 * Periods of a participant never overlap. Read-only fields are ignored on input.
 */
public class StatusPeriod {
    public String id;
    public long version;
    public String participantId;
    public HousingStatus status;
    /** Read-only: HOUSED, HOMELESS, INCARCERATED or INSTITUTION. */
    public HousingStatus.Kind kind;
    public LocalDate startDate;
    /** The day the status ended (the next one's first day); absent while it holds. */
    public LocalDate endDate;
    /** Optional: the unit, for a placement. */
    public String unitId;
    /** Read-only: STAFF, or ADAPTER for a booking or a release from custody. */
    public String source;
    public Instant recordedAt;
    public String recordedBy;
}
