package org.missioncj.cti.api;

import static org.missioncj.core.api.AccessRule.Scope.SITE;
import static org.missioncj.core.api.AccessRule.Scope.TEAM;

import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

/**
 * CTI's access rules, one per operation, named by the OpenAPI operation they guard (its
 * {@code x-mission-access} is checked against them at build time).
 */
public final class CtiAccess {
    private static final Set<Role> CLINICAL = Role.CLINICAL_STAFF;
    /** Site-wide views: the site's navigators and supervisors, and program admins. */
    public static final Set<Role> SITE_LEADS = Set.of(Role.PEER_NAVIGATOR, Role.CLINICAL_SUPERVISOR, Role.PROGRAM_ADMIN);

    public static final AccessRule LOG_CONTACT = AccessRule.of("logContact", "log contacts for this participant", TEAM,
            CLINICAL);
    public static final AccessRule LIST_CONTACTS = AccessRule.of("listContacts", "read this participant's contacts", TEAM,
            CLINICAL);
    public static final AccessRule GET_CONTACT = AccessRule.of("getContact", "read this contact", TEAM, CLINICAL);
    public static final AccessRule GET_CONTACT_SCHEDULE = AccessRule.of("getContactSchedule",
            "read this participant's schedule", TEAM, CLINICAL);
    public static final AccessRule LIST_OVERDUE = AccessRule.of("listOverdueParticipants",
            "read this team's overdue list", TEAM, CLINICAL);
    public static final AccessRule GET_PHASE_DISTRIBUTION = AccessRule.of("getPhaseDistribution",
            "see the phase distribution", SITE, SITE_LEADS);

    private CtiAccess() {
    }
}
