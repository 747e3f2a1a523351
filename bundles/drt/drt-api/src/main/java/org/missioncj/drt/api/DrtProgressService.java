package org.missioncj.drt.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.drt.api.dto.DrtProgress;
import org.missioncj.drt.api.dto.SessionGap;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Progress through the DRT catalog in use: sessions done (the distinct current catalog sessions attended or
 * partly attended) of those the catalog counts, the next suggested one, days since the last. Audited, one READ
 * per participant shown.
 */
@ProviderType
public interface DrtProgressService {
    /** The participant's progress in their ENROLLED or ACTIVE enrollment (their latest one when none is open). */
    DrtProgress progress(Actor actor, String participantId);

    /** The progress of every participant on the team's caseload (ENROLLED or ACTIVE), the longest enrolled first. */
    Page<DrtProgress> team(Actor actor, String teamId, PageRequest page);

    /**
     * The site's participants on a caseload with no session attended or partly attended in the last {@code days}
     * days (1 to 365, default 30): never one, or the last more than {@code days} days ago. The longest enrolled
     * first; pages by number or by key ({@link PageRequest#after()}: a participant id).
     */
    Page<SessionGap> withoutRecentSession(Actor actor, String site, Integer days, PageRequest page);
}
