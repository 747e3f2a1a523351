package org.missioncj.trauma.api;

import org.missioncj.core.api.Actor;
import org.missioncj.trauma.api.dto.TraumaPreferences;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A participant's trauma-informed preferences, for their team only: their Case Manager and Peer Support
 * Specialist. No site lead, no program admin, no break-the-glass. Audited.
 */
@ProviderType
public interface PreferenceService {
    /** 404 when none were recorded. */
    TraumaPreferences get(Actor actor, String participantId);

    /**
     * Records or replaces them: the first time without a version
     * ({@link org.missioncj.core.api.PreconditionRequiredException#MISSING_VERSION}), after that with the version read
     * (If-Match; 428 without, 412 when stale). The participant needs a team (an ENROLLED or ACTIVE enrollment, 422).
     */
    TraumaPreferences set(Actor actor, String participantId, long expectedVersion, TraumaPreferences input);
}
