package org.missioncj.cti.api.dto;

import java.time.LocalDate;

/** One due contact: a contact on any day from {@code dueDate} until {@code windowEnd} fulfils it. */
public class DueContact {
    public enum Status {
        /** A contact was logged in the window. */
        DONE,
        /** The window ended without a contact. */
        MISSED,
        /** The window is open today and has no contact yet. */
        DUE,
        /** The window opens after today. */
        UPCOMING
    }

    public LocalDate dueDate;
    /** Exclusive. */
    public LocalDate windowEnd;
    public int phase;
    public Status status;
    public int contacts;
}
