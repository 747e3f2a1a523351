package org.missioncj.housing.api;

import java.time.LocalDate;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.housing.api.dto.Nights;
import org.missioncj.housing.api.dto.StatusPeriod;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A participant's housing status timeline. Periods never overlap: a new open status that starts after the open one
 * is a move and ends it; any other overlap is 409 naming the conflicting period; an end on or before the start is
 * 422. Audited; posts {@link HousingEvents}.
 */
@ProviderType
public interface TimelineService {
    /** The participant's periods, the latest first. */
    Page<StatusPeriod> list(Actor actor, String participantId, PageRequest page);

    StatusPeriod record(Actor actor, String participantId, StatusPeriod period);

    /**
     * Corrects the status or dates (If-Match: the version read); never a move. {@code participantId} may be null (the
     * path names the period alone); when given, a period of another participant is not found.
     */
    StatusPeriod correct(Actor actor, String participantId, String periodId, long expectedVersion, StatusPeriod period);

    /** Deletes a period entered in error (If-Match); {@code participantId} as for {@link #correct}. */
    void delete(Actor actor, String participantId, String periodId, long expectedVersion);

    /** Nights of each kind in from..to (inclusive, counted no later than tonight). */
    Nights nights(Actor actor, String participantId, LocalDate from, LocalDate to);

    /** The same summed over the participants whose enrollment (open, or latest) is at the site. */
    Nights siteNights(Actor actor, String site, LocalDate from, LocalDate to);
}
