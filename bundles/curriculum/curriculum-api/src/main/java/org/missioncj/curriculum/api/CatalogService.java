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
 * no participant data. Staff read it ({@link CatalogAccess#STAFF}); program admins change it
 * ({@link CatalogAccess#EDITORS}). A change posts {@link CatalogEvents#CHANGED} once it has committed.
 *
 * <p>A null curriculum is answered like an unknown one: 404 (once the caller's role is checked).
 */
@ProviderType
public interface CatalogService {
    /** The curriculum's editions, by code. */
    List<CatalogEdition> editions(Actor actor, Curriculum curriculum);

    /** One edition of the curriculum; 404 when there is none of that code. */
    CatalogEdition edition(Actor actor, Curriculum curriculum, String code);

    /**
     * Adds an edition, not in use: empty, or starting with the sessions of the edition it is
     * {@link CatalogEdition#basedOn}. 409 when the curriculum has an edition of that code already; 422 when
     * basedOn names no edition of the curriculum.
     */
    CatalogEdition addEdition(Actor actor, CatalogEdition input);

    /**
     * Makes the edition the one the program uses for its curriculum (and no other). 422 when there is no such
     * edition; 409 when it has no session that is not retired.
     */
    CatalogEdition useEdition(Actor actor, Curriculum curriculum, String code);

    /** The sessions, in manual order. 404 when the search names an edition the curriculum does not have. */
    Page<CatalogSession> sessions(Actor actor, CatalogSessionSearch search, PageRequest page);

    /** A session as it stands now; 404 when there is none. */
    CatalogSession get(Actor actor, String id);

    /** A session in one version of its wording; 404 when there is no such version. */
    CatalogSession get(Actor actor, String id, int version);

    /** Every version of a session's wording, oldest first; 404 when there is no such session. */
    List<CatalogSession> versions(Actor actor, String id);

    /**
     * Adds a local session to an edition (the one in use when the input names none). 422 when the edition
     * named does not exist; 409 when a session that is not retired has its number.
     */
    CatalogSession add(Actor actor, CatalogSession input);

    /**
     * Rewords a session (title, summary, number): a new version, the earlier ones stay readable. 428 without
     * an expected version, 412 when it is not the current one; 409 when the session is retired or another
     * session of its edition has the number.
     */
    CatalogSession reword(Actor actor, String id, long expectedVersion, CatalogSession input);

    /**
     * Retires a session: a new version, no longer offered or counted. 428/412 as for {@link #reword}; 409 when
     * it is retired already.
     */
    CatalogSession retire(Actor actor, String id, long expectedVersion, String reason);

    /**
     * For modules: the sessions of the edition in use that are not retired, in manual order: what a
     * participant's progress counts ("done of 13"). One indexed query, no audit record and no role check (the
     * catalog holds no participant data; the caller has checked its own access): cheap enough to call for
     * every delivered session.
     */
    List<CatalogSession> current(Actor actor, Curriculum curriculum);

    /**
     * For modules recording a delivered session: the session as it stands now, if it may be delivered. 404
     * (field catalogSessionId) when there is none or it belongs to the other curriculum; 422 when it is
     * retired or of an edition the program does not use. Like {@link #current}, no role check.
     */
    CatalogSession deliverable(Actor actor, Curriculum curriculum, String id);
}
