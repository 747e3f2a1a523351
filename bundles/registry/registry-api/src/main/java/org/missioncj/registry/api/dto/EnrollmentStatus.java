package org.missioncj.registry.api.dto;

import java.util.EnumSet;
import java.util.Set;

/**
 * REFERRED → ENROLLED → ACTIVE → COMPLETED (graduation); DISCHARGED and WITHDRAWN end an enrollment
 * early and need a reason.
 */
public enum EnrollmentStatus {
    REFERRED, ENROLLED, ACTIVE, COMPLETED, DISCHARGED, WITHDRAWN;

    /** Statuses that occupy a place on a team's caseload. */
    public static final Set<EnrollmentStatus> ON_CASELOAD = EnumSet.of(ENROLLED, ACTIVE);
    /** Statuses of an enrollment that is not over. */
    public static final Set<EnrollmentStatus> OPEN = EnumSet.of(REFERRED, ENROLLED, ACTIVE);

    public Set<EnrollmentStatus> next() {
        switch (this) {
            case REFERRED:
                return EnumSet.of(ENROLLED, WITHDRAWN);
            case ENROLLED:
                return EnumSet.of(ACTIVE, DISCHARGED, WITHDRAWN);
            case ACTIVE:
                return EnumSet.of(COMPLETED, DISCHARGED, WITHDRAWN);
            default:
                return EnumSet.noneOf(EnrollmentStatus.class);
        }
    }

    public boolean canMoveTo(EnrollmentStatus target) {
        return next().contains(target);
    }

    public boolean needsReason() {
        return this == DISCHARGED || this == WITHDRAWN;
    }
}
