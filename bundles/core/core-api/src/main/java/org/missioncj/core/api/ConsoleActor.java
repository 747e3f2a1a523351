package org.missioncj.core.api;

import java.security.AccessController;
import java.security.Principal;
import java.util.EnumSet;

import javax.security.auth.Subject;

/**
 * The actor of a Karaf console command: the signed-in operator, recorded as {@code console:<user>}.
 * The console is open to Karaf administrators only, who act there as program admins.
 */
public final class ConsoleActor {
    /** Karaf's JAAS user principal, by name, so this API needs no Karaf import. */
    private static final String USER_PRINCIPAL = "org.apache.karaf.jaas.boot.principal.UserPrincipal";

    private ConsoleActor() {
    }

    @SuppressWarnings("removal")
    public static Actor current() {
        String user = "unknown";
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal p : subject.getPrincipals()) {
                if (USER_PRINCIPAL.equals(p.getClass().getName())) {
                    user = p.getName();
                    break;
                }
            }
        }
        return new Actor("console:" + user, EnumSet.of(Role.PROGRAM_ADMIN), Actor.PURPOSE_OPERATIONS, "console");
    }
}
