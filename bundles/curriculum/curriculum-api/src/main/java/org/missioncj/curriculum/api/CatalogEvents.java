package org.missioncj.curriculum.api;

/**
 * Event Admin topics of the session catalogs. A module that keeps something derived from the catalog (a
 * cached "done of 13") listens to {@link #CHANGED}; nothing in a catalog event is participant data.
 */
public final class CatalogEvents {
    /**
     * Posted after the catalog of a curriculum changed: an edition added or put in use, a session added,
     * reworded or retired. Properties: curriculum (DRT or PEER), edition, change (one of the CHANGE_ values),
     * actor; sessionId and version (an int) when a session changed.
     */
    public static final String CHANGED = "org/missioncj/curriculum/CATALOG_CHANGED";

    public static final String PROP_CURRICULUM = "curriculum";
    public static final String PROP_EDITION = "edition";
    public static final String PROP_CHANGE = "change";
    public static final String PROP_SESSION_ID = "sessionId";
    public static final String PROP_VERSION = "version";
    public static final String PROP_ACTOR = "actor";

    public static final String CHANGE_EDITION_ADDED = "EDITION_ADDED";
    public static final String CHANGE_EDITION_IN_USE = "EDITION_IN_USE";
    public static final String CHANGE_SESSION_ADDED = "SESSION_ADDED";
    public static final String CHANGE_SESSION_REWORDED = "SESSION_REWORDED";
    public static final String CHANGE_SESSION_RETIRED = "SESSION_RETIRED";

    private CatalogEvents() {
    }
}
