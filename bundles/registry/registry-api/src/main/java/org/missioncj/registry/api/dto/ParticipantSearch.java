package org.missioncj.registry.api.dto;

import java.time.LocalDate;

/** Search filters; every given filter must match. */
public class ParticipantSearch {
    /** Words that each start the given, middle, preferred or family name (case-insensitive). */
    public String name;
    public LocalDate dateOfBirth;
    public String identifierSystem;
    public String identifierValue;
}
