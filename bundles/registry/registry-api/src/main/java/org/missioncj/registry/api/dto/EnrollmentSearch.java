package org.missioncj.registry.api.dto;

/** Filters of an enrollment list; null fields do not filter. */
public class EnrollmentSearch {
    public String participantId;
    public String teamId;
    public EnrollmentStatus status;
}
