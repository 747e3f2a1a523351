package org.missioncj.vocational.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.vocational.api.dto.Goal;
import org.missioncj.vocational.api.dto.GoalNote;
import org.osgi.annotation.versioning.ProviderType;

/** A participant's employment and education goals with their progress notes. Every call is audited. */
@ProviderType
public interface GoalService {
    Goal create(Actor actor, Goal input);

    Goal get(Actor actor, String id);

    /** Kind, title, target date and status (If-Match: the version read; 428 without, 412 when stale). */
    Goal update(Actor actor, String id, long expectedVersion, Goal input);

    /** Appends a dated progress note (no If-Match: notes are only ever added); the goal with it. */
    Goal addNote(Actor actor, String goalId, GoalNote note);

    /** The participant's goals with their notes, the newest first. */
    Page<Goal> list(Actor actor, String participantId, PageRequest page);
}
