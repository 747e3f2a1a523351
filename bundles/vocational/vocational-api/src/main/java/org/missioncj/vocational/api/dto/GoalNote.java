package org.missioncj.vocational.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/** A dated progress note on a goal: appended, never changed. */
public class GoalNote {
    /** Read-only. */
    public String id;
    /** The day it speaks of; today (site time zone) when left out, never in the future. */
    public LocalDate noteDate;
    /** Up to 2000 characters. */
    public String text;
    public Instant recordedAt;
    public String recordedBy;
}
