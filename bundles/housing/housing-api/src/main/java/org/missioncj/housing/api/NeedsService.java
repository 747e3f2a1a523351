package org.missioncj.housing.api;

import org.missioncj.core.api.Actor;
import org.missioncj.housing.api.dto.Assessment;
import org.missioncj.housing.api.dto.Budget;
import org.osgi.annotation.versioning.ProviderType;

/** A participant's needs and preferences assessment and monthly housing budget, both versioned. Audited. */
@ProviderType
public interface NeedsService {
    /** The latest version, or version {@code version} when it is above 0; 404 when none. */
    Assessment assessment(Actor actor, String participantId, int version);

    /** Saves a new version (If-Match: the latest version read, none for the first). */
    Assessment saveAssessment(Actor actor, String participantId, long expectedVersion, Assessment assessment);

    Budget budget(Actor actor, String participantId, int version);

    /** A negative amount is 422 naming the line ({@code lines[2].amount}). */
    Budget saveBudget(Actor actor, String participantId, long expectedVersion, Budget budget);
}
