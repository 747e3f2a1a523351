package org.missioncj.cti.api.dto;

import java.time.LocalDate;

/** A participant whose contact window ended without a contact. */
public class OverdueParticipant {
    public String participantId;
    public String enrollmentId;
    /** The first due date after the last contact. */
    public LocalDate dueDate;
    public LocalDate windowEnd;
    /** Days from the end of that window to today (0: it ended today). */
    public int daysLate;
    public LocalDate lastContactDate;
    public int phase;
}
