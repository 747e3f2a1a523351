package org.missioncj.housing.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/** A participant's application for a unit, and its outcome. */
public class Application {
    public String id;
    public long version;
    public String participantId;
    public String unitId;
    public LocalDate appliedOn;
    public Outcome outcome;
    public LocalDate outcomeDate;
    public String outcomeNote;
    public Instant updatedAt;
    public String updatedBy;

    public enum Outcome {
        PENDING, APPROVED, DENIED, WITHDRAWN
    }
}
