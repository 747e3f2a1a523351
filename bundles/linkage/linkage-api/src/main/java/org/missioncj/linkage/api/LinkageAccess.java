package org.missioncj.linkage.api;

import static org.missioncj.core.api.AccessRule.Scope.ANY;
import static org.missioncj.core.api.AccessRule.Scope.TEAM;

import java.util.EnumSet;
import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

/**
 * The linkage module's access rules, one per operation, named by the OpenAPI operation they guard (its
 * {@code x-mission-access} is checked against them at build time). The service directory is the program's, not a
 * participant's: clinical staff read it, program admins and integrations load it. A participant's referrals are
 * their team's to make and follow, and clinical staff's to read.
 */
public final class LinkageAccess {
    private static final Set<Role> CLINICAL = Role.CLINICAL_STAFF;
    /** Who loads the service directory: program admins, and host-system integrations that feed it on a schedule. */
    public static final Set<Role> DIRECTORY_KEEPERS = EnumSet.of(Role.PROGRAM_ADMIN, Role.INTEGRATION);
    /**
     * Who makes and follows a participant's referrals: their team and the site's Peer Navigators and Clinical
     * Supervisors. Not program admins, and not through break-the-glass (a grant opens a record to read).
     */
    public static final Set<Role> WRITERS = EnumSet.of(Role.CASE_MANAGER, Role.PEER_SPECIALIST, Role.PEER_NAVIGATOR,
            Role.CLINICAL_SUPERVISOR);

    public static final AccessRule SEARCH_SERVICES = AccessRule.of("searchDirectoryServices",
            "search the service directory", ANY, CLINICAL);
    public static final AccessRule GET_SERVICE = AccessRule.of("getDirectoryService",
            "read a service of the directory", ANY, CLINICAL);
    public static final AccessRule LIST_ORGANIZATIONS = AccessRule.of("listDirectoryOrganizations",
            "list the directory's organizations", ANY, CLINICAL);
    public static final AccessRule GET_ORGANIZATION = AccessRule.of("getDirectoryOrganization",
            "read an organization of the directory", ANY, CLINICAL);
    public static final AccessRule IMPORT_DIRECTORY = AccessRule.of("importDirectory",
            "load the service directory from an HSDS file", ANY, DIRECTORY_KEEPERS);
    public static final AccessRule EXPORT_DIRECTORY = AccessRule.of("exportDirectory",
            "export the service directory as HSDS", ANY, DIRECTORY_KEEPERS);

    public static final AccessRule CREATE_REFERRAL = AccessRule.of("createReferral",
            "refer this participant to a service", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule GET_REFERRAL = AccessRule.of("getReferral", "read this referral", TEAM, CLINICAL);
    public static final AccessRule LIST_REFERRALS = AccessRule.of("listParticipantReferrals",
            "read this participant's referrals", TEAM, CLINICAL);
    public static final AccessRule MOVE_REFERRAL = AccessRule.of("changeReferralStatus",
            "record the next step of this referral", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule TEAM_FOLLOW_UPS = AccessRule.of("listTeamReferralFollowUps",
            "read this team's late referral steps", TEAM, CLINICAL);

    private LinkageAccess() {
    }
}
