package org.missioncj.housing.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/** A conflict with the landlord over a placement, and how it was resolved. */
public class LandlordConflict {
    public String id;
    public long version;
    public String placementId;
    public String participantId;
    public LocalDate openedOn;
    public String description;
    public LocalDate resolvedOn;
    public String resolution;
    public Instant updatedAt;
    public String updatedBy;
}
