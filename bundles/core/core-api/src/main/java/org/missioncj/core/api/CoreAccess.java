package org.missioncj.core.api;

import static org.missioncj.core.api.AccessRule.Scope.ANY;
import static org.missioncj.core.api.AccessRule.Scope.SELF;
import static org.missioncj.core.api.AccessRule.Scope.TEAM;

import java.util.EnumSet;
import java.util.Set;

/**
 * Core's access rules, one per operation of core's API (health and the document are public), named by
 * the OpenAPI operation they guard; core-rest's build checks its fragment's {@code x-mission-access}
 * against them.
 */
public final class CoreAccess {
    private static final Set<Role> ADMINS = Set.of(Role.PROGRAM_ADMIN);
    private static final Set<Role> EVERYONE = Set.copyOf(EnumSet.allOf(Role.class));

    public static final AccessRule SEARCH_AUDIT = AccessRule.of("searchAudit", "read the audit log", TEAM,
            Role.AUDIT_READERS).unscoped(Role.PROGRAM_ADMIN, Role.PRIVACY_OFFICER).withoutBreakGlass();
    public static final AccessRule VERIFY_AUDIT = AccessRule.of("verifyAudit", "verify the audit log", ANY,
            Role.AUDIT_READERS);

    public static final AccessRule CREATE_ACCOUNT = AccessRule.of("createAccount", "create staff accounts", ANY, ADMINS);
    public static final AccessRule LIST_ACCOUNTS = AccessRule.of("listAccounts", "list staff accounts", ANY, ADMINS);
    public static final AccessRule GET_ACCOUNT = AccessRule.of("getAccount", "read staff accounts", ANY, ADMINS);
    public static final AccessRule UPDATE_ACCOUNT = AccessRule.of("updateAccount", "change staff accounts", ANY, ADMINS);
    public static final AccessRule DISABLE_ACCOUNT = AccessRule.of("disableAccount", "disable staff accounts", ANY,
            ADMINS);
    public static final AccessRule ENABLE_ACCOUNT = AccessRule.of("enableAccount", "enable staff accounts", ANY, ADMINS);
    public static final AccessRule RESET_PASSWORD = AccessRule.of("resetPassword", "reset passwords", ANY, ADMINS);

    public static final AccessRule WHO_AM_I = AccessRule.of("whoAmI", "read your own sign-in", SELF, EVERYONE);
    public static final AccessRule CHANGE_OWN_PASSWORD = AccessRule.of("changeOwnPassword", "change your own password",
            SELF, EVERYONE);

    private CoreAccess() {
    }
}
