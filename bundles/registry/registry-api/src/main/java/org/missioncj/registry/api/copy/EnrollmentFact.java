package org.missioncj.registry.api.copy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a module keeps of one enrollment: a row of its {@code <prefix>_enrollment} table, mapped
 * straight onto this class (columns enrollment_id, participant_id, team_id, site, start_date,
 * program_months, status, updated_at).
 */
public class EnrollmentFact {
    public String enrollmentId;
    public String participantId;
    public String teamId;
    /** The team's site. */
    public String site;
    public LocalDate startDate;
    public Integer programMonths;
    /** The registry's status, by name. */
    public String status;
    public Instant updatedAt;

    /** Whether the enrollment is on a caseload (ENROLLED or ACTIVE). */
    public boolean open() {
        return "ENROLLED".equals(status) || "ACTIVE".equals(status);
    }
}
