package org.missioncj.cti.impl.shell;

import java.security.AccessController;
import java.security.Principal;
import java.util.EnumSet;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;

/** The signed-in Karaf operator as {@code console:<user>}, acting as a program admin. */
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
