package org.missioncj.vocational.api.dto;

import java.time.LocalDate;

/** A participant's days employed and in education in a period (both days inclusive), counted up to today. */
public class EmploymentDays {
    public String participantId;
    public LocalDate from;
    public LocalDate to;
    /** The days of the period counted: up to today, never the future. */
    public long daysCounted;
    /** PART_TIME or FULL_TIME. */
    public long daysEmployed;
    /** STUDENT or TRAINING. */
    public long daysInEducation;
    /** Days with any status recorded (the rest are unknown). */
    public long daysRecorded;
}
