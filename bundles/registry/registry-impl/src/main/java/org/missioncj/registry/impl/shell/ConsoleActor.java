package org.missioncj.registry.impl.shell;

import java.security.AccessController;
import java.security.Principal;
import java.util.EnumSet;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;

/**
 * The actor for a console command: the signed-in Karaf operator, recorded as {@code console:<user>}.
 * The console itself is restricted to Karaf administrators, who act here as program admins.
 */
final class ConsoleActor {
    private ConsoleActor() {
    }

    @SuppressWarnings("removal")
    static Actor current() {
        String user = "unknown";
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal p : subject.getPrincipals()) {
                if (p instanceof UserPrincipal) {
                    user = p.getName();
                    break;
                }
            }
        }
        return new Actor("console:" + user, EnumSet.of(Role.PROGRAM_ADMIN), Actor.PURPOSE_OPERATIONS);
    }
}
