package org.missioncj.curriculum.api;

import static org.missioncj.core.api.AccessRule.Scope.ANY;

import java.util.EnumSet;
import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

/** The catalog's access rules: staff read it; the program admin changes it. */
public final class CatalogAccess {
    /** Everyone who delivers, supervises or runs the program. */
    public static final Set<Role> STAFF = Role.CLINICAL_STAFF;
    public static final Set<Role> EDITORS = EnumSet.of(Role.PROGRAM_ADMIN);

    public static final AccessRule LIST_EDITIONS = AccessRule.of("listCatalogEditions", "read the catalog", ANY, STAFF);
    public static final AccessRule GET_EDITION = AccessRule.of("getCatalogEdition", "read the catalog", ANY, STAFF);
    public static final AccessRule ADD_EDITION = AccessRule.of("addCatalogEdition", "change the catalog", ANY, EDITORS);
    public static final AccessRule USE_EDITION = AccessRule.of("useCatalogEdition", "change the catalog", ANY, EDITORS);
    public static final AccessRule LIST_SESSIONS = AccessRule.of("listCatalogSessions", "read the catalog", ANY, STAFF);
    public static final AccessRule GET_SESSION = AccessRule.of("getCatalogSession", "read the catalog", ANY, STAFF);
    public static final AccessRule LIST_VERSIONS = AccessRule.of("listCatalogSessionVersions", "read the catalog", ANY,
            STAFF);
    public static final AccessRule ADD_SESSION = AccessRule.of("addCatalogSession", "change the catalog", ANY, EDITORS);
    public static final AccessRule REWORD_SESSION = AccessRule.of("rewordCatalogSession", "change the catalog", ANY,
            EDITORS);
    public static final AccessRule RETIRE_SESSION = AccessRule.of("retireCatalogSession", "change the catalog", ANY,
            EDITORS);

    private CatalogAccess() {
    }
}
