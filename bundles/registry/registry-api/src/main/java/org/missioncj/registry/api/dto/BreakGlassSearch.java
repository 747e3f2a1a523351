package org.missioncj.registry.api.dto;

import java.time.LocalDate;

/** Filters of the break-the-glass review; null fields do not filter. */
public class BreakGlassSearch {
    /** Grants opened on or after this day (the site's time zone). */
    public LocalDate from;
    /** Grants opened on or before this day (the site's time zone). */
    public LocalDate to;
    public String username;
    public String participantId;
}
