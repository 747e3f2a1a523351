package org.missioncj.curriculum.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.curriculum.api.dto.GoalNote;
import org.missioncj.curriculum.api.dto.Plan;
import org.missioncj.curriculum.api.dto.PlanStatus;
import org.missioncj.curriculum.api.dto.PlanVersion;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A participant's recovery and treatment plan: pathways, goals with target dates and progress notes,
 * clarified diagnoses. Versioned, never overwritten; reviewed at each CTI phase change. Every call is
 * audited; the rules are {@link PlanAccess}'s.
 */
@ProviderType
public interface PlanService {
    /** Version 1 (CREATED); 409 when the participant has a plan already. */
    Plan create(Actor actor, String participantId, Plan input);

    /** A REVISED version on top of {@code expectedVersion} (428 without one, 412 when it is not the current version). */
    Plan revise(Actor actor, String participantId, long expectedVersion, Plan input);

    /**
     * A PHASE_REVIEW version of the participant's current CTI phase on top of {@code expectedVersion}: the plan as
     * reviewed (unchanged or changed). 422 when the participant is in no CTI phase.
     */
    Plan review(Actor actor, String participantId, long expectedVersion, Plan input);

    /** The current version; 404 when the participant has no plan. */
    Plan current(Actor actor, String participantId);

    /** One version; 404 when there is no such version. */
    Plan version(Actor actor, String participantId, int version);

    /** The plan's versions, newest first (empty without a plan). */
    Page<PlanVersion> versions(Actor actor, String participantId, PageRequest page);

    /** Appends a progress note to a goal of the current plan. */
    GoalNote addNote(Actor actor, String goalId, GoalNote input);

    /** A goal's progress notes, newest first. */
    Page<GoalNote> notes(Actor actor, String goalId, PageRequest page);

    /** Whether the participant's plan is due to be written or reviewed. */
    PlanStatus status(Actor actor, String participantId);

    /**
     * The team's participants on its caseload whose plan is due to be written or reviewed, the longest due
     * first.
     */
    Page<PlanStatus> reviewsDue(Actor actor, String teamId, PageRequest page);
}
