package org.missioncj.vocational.api;

import java.time.LocalDate;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.vocational.api.dto.EmploymentDays;
import org.missioncj.vocational.api.dto.EmploymentPeriod;
import org.missioncj.vocational.api.dto.TeamEmployment;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A participant's employment and education timeline: periods that meet without overlapping
 * ({@link org.missioncj.core.api.timeline.Timeline}). Changes of one participant's timeline run one after the other.
 * Every change posts {@link VocationalEvents#STATUS_CHANGED}, and {@link VocationalEvents#EMPLOYED} or
 * {@link VocationalEvents#LOST_JOB} when today's status crossed employed. Audited.
 */
@ProviderType
public interface EmploymentService {
    /** The newest first. */
    Page<EmploymentPeriod> timeline(Actor actor, String participantId, PageRequest page);

    EmploymentPeriod get(Actor actor, String id);

    /**
     * A new period. One that is open and starts after the open one ends it there (a move); any other overlap is 409
     * naming the period in the way ({@code conflicting}); 422 for an end on or before the start, or a day in the future.
     */
    EmploymentPeriod record(Actor actor, String participantId, EmploymentPeriod input);

    /** Corrects a period's status and dates (If-Match): never a move, every overlap is 409. */
    EmploymentPeriod correct(Actor actor, String id, long expectedVersion, EmploymentPeriod input);

    /** Deletes a period entered in error (If-Match). */
    void delete(Actor actor, String id, long expectedVersion);

    /** Days employed and in education from {@code from} to {@code to} (both inclusive), counted up to today. */
    EmploymentDays days(Actor actor, String participantId, LocalDate from, LocalDate to);

    /** The team's caseload (ENROLLED or ACTIVE) with each participant's status today. */
    Page<TeamEmployment> team(Actor actor, String teamId, PageRequest page);
}
