package org.missioncj.trauma.api.dto;

import java.time.LocalDate;

/** A rescreen scheduled after a positive trauma screen. */
public class RescreenDue {
    public String participantId;
    public String instrumentId;
    /** The positive screen that scheduled it. */
    public String screenId;
    public LocalDate dueDate;
    /** Whether the due day has passed (site time zone). */
    public boolean overdue;
}
