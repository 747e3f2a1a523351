package org.missioncj.testkit;

import java.util.EnumSet;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;

/** Sign-ins for unit tests, one per role; staff records with their user names make them team members. */
public final class TestActors {
    public static final Actor ADMIN = of("admin.test", Role.PROGRAM_ADMIN);
    public static final Actor CM = of("cm.test", Role.CASE_MANAGER);
    public static final Actor PSS = of("pss.test", Role.PEER_SPECIALIST);
    public static final Actor NAVIGATOR = of("nav.test", Role.PEER_NAVIGATOR);
    public static final Actor SUPERVISOR = of("sup.test", Role.CLINICAL_SUPERVISOR);
    public static final Actor LIAISON = of("liaison.test", Role.COURT_LIAISON);
    /** Reads the whole audit trail. */
    public static final Actor PRIVACY = of("privacy.test", Role.PRIVACY_OFFICER);

    private TestActors() {
    }

    /** A sign-in with the user name and roles. */
    public static Actor of(String username, Role role, Role... more) {
        return new Actor(username, EnumSet.of(role, more), null);
    }
}
