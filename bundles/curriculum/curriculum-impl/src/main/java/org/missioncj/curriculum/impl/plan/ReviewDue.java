package org.missioncj.curriculum.impl.plan;

import java.time.LocalDate;
import java.util.List;

import org.missioncj.cti.api.dto.ContactSchedule;
import org.missioncj.cti.api.dto.Phase;
import org.missioncj.curriculum.api.dto.PlanStatus;
import org.missioncj.registry.api.dto.Enrollment;

/**
 * When a plan is due: the plan is reviewed at each CTI phase change. A review is due once the current
 * phase began after the latest version that was CREATED or a PHASE_REVIEW of that phase, due since the
 * phase began; a participant on a caseload with no plan at all is due one since the enrollment started.
 * Before the community phases start (phase 0, in custody) and after they end nothing is due but a
 * missing plan.
 */
final class ReviewDue {
    /** Whether a version saved on or after {@code since} covers the phase (CREATED then, or a review of it). */
    @FunctionalInterface
    interface Coverage {
        boolean covered(int phase, LocalDate since);
    }

    private ReviewDue() {
    }

    /**
     * @param open the participant's ENROLLED or ACTIVE enrollment, or null
     * @param schedule CTI's schedule of that enrollment, or null when CTI has none
     * @param planVersion the plan's current version, or null without a plan
     */
    static PlanStatus judge(String participantId, Enrollment open, ContactSchedule schedule, Integer planVersion,
            Coverage coverage, LocalDate today) {
        PlanStatus s = new PlanStatus();
        s.participantId = participantId;
        s.planVersion = planVersion;
        s.planMissing = planVersion == null;
        if (open == null) {
            return s; // on no caseload: nothing is due
        }
        s.enrollmentId = open.id;
        s.teamId = open.teamId;
        s.enrollmentStart = open.startDate;
        if (schedule != null) {
            s.currentPhase = schedule.currentPhase;
            s.currentPhaseName = schedule.currentPhaseName;
            s.phaseStart = phaseStart(schedule);
        }
        if (planVersion == null) {
            s.reviewDue = !open.startDate.isAfter(today);
            s.dueSince = s.reviewDue ? open.startDate : null;
            return s;
        }
        if (s.phaseStart != null && !coverage.covered(s.currentPhase, s.phaseStart)) {
            s.reviewDue = true;
            s.dueSince = s.phaseStart;
        }
        return s;
    }

    /** The start of the current phase, or null outside the phases (0: not started; past the last: ended). */
    static LocalDate phaseStart(ContactSchedule schedule) {
        List<Phase> phases = schedule.phases;
        int p = schedule.currentPhase;
        if (phases == null || p < 1 || p > phases.size()) {
            return null;
        }
        return phases.get(p - 1).start;
    }
}
