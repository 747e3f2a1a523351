package org.missioncj.curriculum.api;

import java.util.List;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.curriculum.api.dto.CatalogEdition;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.curriculum.api.dto.CatalogSessionSearch;
import org.missioncj.curriculum.api.dto.Curriculum;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The session catalogs, as data: shipped by migration (the 13 DRT and the 11 peer-led sessions of
 * the manual), changed by the site without a code change. Every change is audited; the catalog holds
 * no participant data.
 */
@ProviderType
public interface CatalogService {
    List<CatalogEdition> editions(Actor actor, Curriculum curriculum);

    /** Adds an edition (empty: add its sessions next). */
    CatalogEdition addEdition(Actor actor, CatalogEdition input);

    /** Makes the edition the one the program uses for its curriculum. */
    CatalogEdition useEdition(Actor actor, Curriculum curriculum, String code);

    /** The sessions, in manual order. */
    Page<CatalogSession> sessions(Actor actor, CatalogSessionSearch search, PageRequest page);

    /** A session as it stands now; 404 when there is none. */
    CatalogSession get(Actor actor, String id);

    /** A session in one version of its wording; 404 when there is no such version. */
    CatalogSession get(Actor actor, String id, int version);

    /** Every version of a session's wording, oldest first. */
    List<CatalogSession> versions(Actor actor, String id);

    /** Adds a local session to an edition. */
    CatalogSession add(Actor actor, CatalogSession input);

    /** Rewords a session (title, summary, number): a new version. */
    CatalogSession reword(Actor actor, String id, long expectedVersion, CatalogSession input);

    /** Retires a session: a new version, no longer offered or counted. */
    CatalogSession retire(Actor actor, String id, long expectedVersion, String reason);

    /**
     * For modules: the sessions of the edition in use that are not retired, in manual order: what a
     * participant's progress counts ("done of 13").
     */
    List<CatalogSession> current(Actor actor, Curriculum curriculum);
}
