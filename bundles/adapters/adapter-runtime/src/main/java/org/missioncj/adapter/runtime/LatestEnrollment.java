package org.missioncj.adapter.runtime;

import java.util.function.Predicate;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.PageRequest;
import org.missioncj.registry.api.EnrollmentService;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentSearch;

/** A participant's most recently started enrollment that passes a test (a participant has a handful at most). */
final class LatestEnrollment {
    private LatestEnrollment() {
    }

    static Enrollment of(EnrollmentService enrollments, Actor actor, String participantId, Predicate<Enrollment> which) {
        EnrollmentSearch q = new EnrollmentSearch();
        q.participantId = participantId;
        Enrollment found = null;
        for (Enrollment e : enrollments.list(actor, q, PageRequest.of(0, PageRequest.MAX_SIZE)).items) {
            if (which.test(e) && (found == null || (e.startDate != null && found.startDate != null
                    && e.startDate.isAfter(found.startDate)))) {
                found = e;
            }
        }
        return found;
    }
}
