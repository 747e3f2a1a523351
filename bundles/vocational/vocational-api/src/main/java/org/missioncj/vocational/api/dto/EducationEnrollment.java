package org.missioncj.vocational.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/** A participant's enrollment in an education or training program, and its completion. */
public class EducationEnrollment {
    public String id;
    /** Read-only: the ETag. */
    public long version;
    /** Fixed once created. */
    public String participantId;
    /** Up to 200 characters. */
    public String programName;
    public EducationKind kind;
    public LocalDate enrolledOn;
    /** Required for COMPLETED, only for it. */
    public LocalDate completedOn;
    /** ENROLLED when left out on creation. */
    public EducationStatus status;
    public Instant updatedAt;
    public String updatedBy;
}
