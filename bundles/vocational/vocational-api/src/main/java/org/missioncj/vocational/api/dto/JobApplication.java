package org.missioncj.vocational.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A participant's application for an opening, with its documents checklist, interviews and offers. An update
 * replaces the status, the checklist, the interviews and the offers as sent. Read-only fields are ignored on input.
 */
public class JobApplication {
    public String id;
    /** Read-only: the ETag. */
    public long version;
    /** Fixed once created. */
    public String participantId;
    /** Fixed once created. */
    public String openingId;
    /** Read-only: the opening's title and employer. */
    public String openingTitle;
    public String employerId;
    /** Today when left out; never in the future. */
    public LocalDate appliedOn;
    /** APPLIED when left out on creation. */
    public ApplicationStatus status;
    /** Each document ready or not; one left out is not ready. Answered with all four. */
    public Map<ApplicationDocument, Boolean> documents = new EnumMap<>(ApplicationDocument.class);
    /** Up to 20, the earliest first. */
    public List<Interview> interviews = new ArrayList<>();
    /** Up to 10, the earliest first. */
    public List<Offer> offers = new ArrayList<>();
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
}
