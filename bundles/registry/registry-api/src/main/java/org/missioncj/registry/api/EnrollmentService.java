package org.missioncj.registry.api;

import java.util.List;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentSearch;
import org.missioncj.registry.api.dto.StatusChange;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Enrollments. A participant has at most one open enrollment; a team's caseload (ENROLLED and
 * ACTIVE) never exceeds its limit: the enrollment that would exceed it is refused with 409.
 */
@ProviderType
public interface EnrollmentService {
    Enrollment create(Actor actor, Enrollment input);

    Enrollment get(Actor actor, String id);

    /** Changes team, start date, length, setting or referral of an open enrollment. */
    Enrollment update(Actor actor, String id, long expectedVersion, Enrollment input);

    /** Moves the enrollment along REFERRED → ENROLLED → ACTIVE → COMPLETED / DISCHARGED / WITHDRAWN. */
    Enrollment changeStatus(Actor actor, String id, long expectedVersion, StatusChange change);

    List<StatusChange> history(Actor actor, String id);

    Page<Enrollment> list(Actor actor, EnrollmentSearch search, PageRequest page);
}
