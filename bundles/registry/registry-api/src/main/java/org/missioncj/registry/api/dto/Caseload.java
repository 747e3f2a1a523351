package org.missioncj.registry.api.dto;

import java.time.LocalDate;
import java.util.List;

/** A team's caseload: the participants whose enrollment is ENROLLED or ACTIVE. */
public class Caseload {
    public static class Entry {
        public String participantId;
        public String givenName;
        public String familyName;
        public String enrollmentId;
        public EnrollmentStatus status;
        public int programMonths;
        public LocalDate startDate;
        public LocalDate expectedEndDate;
    }

    public String teamId;
    public String teamName;
    public int limit;
    public int count;
    public List<Entry> participants;
}
