package org.missioncj.housing.api;

import static org.missioncj.core.api.AccessRule.Scope.SITE;
import static org.missioncj.core.api.AccessRule.Scope.TEAM;

import java.util.EnumSet;
import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

/**
 * The housing module's access rules, one per operation, named by the OpenAPI operation they guard. The team records;
 * clinical staff read; the site's staff keep its landlords and units.
 */
public final class HousingAccess {
    private static final Set<Role> CLINICAL = Role.CLINICAL_STAFF;
    /**
     * Who records a participant's housing: their team (Case Manager, Peer Support Specialist) and the site's Peer
     * Navigators and Clinical Supervisors, who help with housing searches across teams. Not program admins, and not
     * through break-the-glass (which opens a record to read in an emergency; a housing contact would count for CTI).
     */
    public static final Set<Role> WRITERS = EnumSet.of(Role.CASE_MANAGER, Role.PEER_SPECIALIST, Role.PEER_NAVIGATOR,
            Role.CLINICAL_SUPERVISOR);
    /** Who keeps the site's landlords and units. */
    public static final Set<Role> HOUSING_STAFF = EnumSet.of(Role.CASE_MANAGER, Role.PEER_SPECIALIST,
            Role.PEER_NAVIGATOR, Role.CLINICAL_SUPERVISOR, Role.PROGRAM_ADMIN);

    public static final AccessRule LIST_STATUSES = AccessRule.of("listHousingStatuses",
            "read this participant's housing timeline", TEAM, CLINICAL);
    public static final AccessRule RECORD_STATUS = AccessRule.of("recordHousingStatus",
            "record a housing status for this participant", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule CORRECT_STATUS = AccessRule.of("correctHousingStatus",
            "correct a housing status of this participant", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule DELETE_STATUS = AccessRule.of("deleteHousingStatus",
            "delete a housing status entered in error", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule GET_NIGHTS = AccessRule.of("getHousingNights",
            "read this participant's nights housed", TEAM, CLINICAL);
    public static final AccessRule GET_SITE_NIGHTS = AccessRule.of("getSiteHousingNights",
            "read this site's nights housed", SITE, EnumSet.of(Role.PEER_NAVIGATOR, Role.CLINICAL_SUPERVISOR,
                    Role.PROGRAM_ADMIN));

    public static final AccessRule GET_ASSESSMENT = AccessRule.of("getHousingAssessment",
            "read this participant's housing assessment", TEAM, CLINICAL);
    public static final AccessRule SAVE_ASSESSMENT = AccessRule.of("saveHousingAssessment",
            "assess this participant's housing needs", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule GET_BUDGET = AccessRule.of("getHousingBudget",
            "read this participant's housing budget", TEAM, CLINICAL);
    public static final AccessRule SAVE_BUDGET = AccessRule.of("saveHousingBudget",
            "set this participant's housing budget", TEAM, WRITERS).withoutBreakGlass();

    public static final AccessRule LIST_LANDLORDS = AccessRule.of("listLandlords", "list this site's landlords",
            SITE, HOUSING_STAFF);
    public static final AccessRule GET_LANDLORD = AccessRule.of("getLandlord", "read a landlord of this site",
            SITE, HOUSING_STAFF);
    public static final AccessRule CREATE_LANDLORD = AccessRule.of("createLandlord", "keep this site's landlords",
            SITE, HOUSING_STAFF);
    public static final AccessRule UPDATE_LANDLORD = AccessRule.of("updateLandlord",
            "update a landlord of this site", SITE, HOUSING_STAFF);
    public static final AccessRule LIST_UNITS = AccessRule.of("listUnits", "list this site's units", SITE,
            HOUSING_STAFF);
    public static final AccessRule GET_UNIT = AccessRule.of("getUnit", "read a unit of this site", SITE,
            HOUSING_STAFF);
    public static final AccessRule CREATE_UNIT = AccessRule.of("createUnit", "keep this site's units", SITE,
            HOUSING_STAFF);
    public static final AccessRule UPDATE_UNIT = AccessRule.of("updateUnit",
            "update a unit of this site", SITE, HOUSING_STAFF);

    public static final AccessRule LIST_APPLICATIONS = AccessRule.of("listHousingApplications",
            "read this participant's housing applications", TEAM, CLINICAL);
    public static final AccessRule CREATE_APPLICATION = AccessRule.of("createHousingApplication",
            "record a housing application for this participant", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule UPDATE_APPLICATION = AccessRule.of("updateHousingApplication",
            "record the outcome of this participant's housing application", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule LIST_PLACEMENTS = AccessRule.of("listPlacements",
            "read this participant's placements", TEAM, CLINICAL);
    public static final AccessRule GET_PLACEMENT = AccessRule.of("getPlacement", "read this placement", TEAM,
            CLINICAL);
    public static final AccessRule CREATE_PLACEMENT = AccessRule.of("createPlacement",
            "record a move-in for this participant", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule UPDATE_PLACEMENT = AccessRule.of("updatePlacement",
            "update this participant's placement", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule LIST_CONFLICTS = AccessRule.of("listLandlordConflicts",
            "read the landlord conflicts of this placement", TEAM, CLINICAL);
    public static final AccessRule CREATE_CONFLICT = AccessRule.of("createLandlordConflict",
            "record a landlord conflict for this participant", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule UPDATE_CONFLICT = AccessRule.of("updateLandlordConflict",
            "resolve a landlord conflict of this participant", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule LIST_CONTACTS = AccessRule.of("listHousingContacts",
            "read this participant's housing contacts", TEAM, CLINICAL);
    public static final AccessRule LOG_CONTACT = AccessRule.of("logHousingContact",
            "log a housing contact with this participant", TEAM, WRITERS).withoutBreakGlass();

    public static final AccessRule TEAM_HOMELESS = AccessRule.of("getTeamHousingHomeless",
            "read who on this team is homeless tonight", TEAM, CLINICAL);
    public static final AccessRule TEAM_AT_RISK = AccessRule.of("getTeamHousingAtRisk",
            "read this team's placements at risk", TEAM, CLINICAL);

    private HousingAccess() {
    }
}
