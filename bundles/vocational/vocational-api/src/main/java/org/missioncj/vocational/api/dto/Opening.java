package org.missioncj.vocational.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/** A job opening of an employer. Read-only fields are ignored on input. */
public class Opening {
    public String id;
    /** Read-only: the ETag. */
    public long version;
    /** Fixed once created. */
    public String employerId;
    /** Read-only: the employer's name and site. */
    public String employerName;
    public String site;
    public String title;
    public JobHours hours;
    /** The wage as the employer states it, e.g. "$17.50/hour". */
    public String wage;
    /** Today when left out. */
    public LocalDate postedOn;
    public LocalDate closesOn;
    /** OPEN when left out on creation. */
    public OpeningStatus status;
    public Instant updatedAt;
    public String updatedBy;
}
