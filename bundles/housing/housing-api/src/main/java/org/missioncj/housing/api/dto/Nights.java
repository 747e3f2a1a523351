package org.missioncj.housing.api.dto;

import java.time.LocalDate;

/** The nights of a period (from and to inclusive, never after tonight) by kind of status; unknown = no status recorded. */
public class Nights {
    public String participantId;
    public String site;
    public LocalDate from;
    public LocalDate to;
    public long housed;
    public long homeless;
    public long incarcerated;
    public long institution;
    public long unknown;
}
