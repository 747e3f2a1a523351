package org.missioncj.vocational.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.vocational.api.dto.Employer;
import org.missioncj.vocational.api.dto.Opening;
import org.missioncj.vocational.api.dto.OpeningStatus;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A site's employers and their openings: not participant data, but the site's, read by its staff and kept by its
 * Case Managers, Peer Support Specialists and program admins (a staff record at the site is what places a caller
 * there). Audited.
 */
@ProviderType
public interface EmployerService {
    Page<Employer> list(Actor actor, String site, PageRequest page);

    Employer create(Actor actor, Employer input);

    Employer get(Actor actor, String id);

    Employer update(Actor actor, String id, long expectedVersion, Employer input);

    Page<Opening> openings(Actor actor, String employerId, PageRequest page);

    /** The site's openings of a status (OPEN when null), the latest posted first. */
    Page<Opening> siteOpenings(Actor actor, String site, OpeningStatus status, PageRequest page);

    /** 404 for an employer that is not there (or not at the caller's site). */
    Opening createOpening(Actor actor, Opening input);

    Opening getOpening(Actor actor, String id);

    Opening updateOpening(Actor actor, String id, long expectedVersion, Opening input);
}
