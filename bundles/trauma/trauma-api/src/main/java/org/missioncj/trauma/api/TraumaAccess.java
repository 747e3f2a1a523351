package org.missioncj.trauma.api;

import static org.missioncj.core.api.AccessRule.Scope.ANY;
import static org.missioncj.core.api.AccessRule.Scope.SITE;
import static org.missioncj.core.api.AccessRule.Scope.TEAM;

import java.util.EnumSet;
import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

/**
 * The trauma module's access rules, one per operation, named by the OpenAPI operation they guard (its
 * {@code x-mission-access} is checked against them at build time). The team screens and reads; clinicians
 * acknowledge safety alerts; trauma-informed preferences are the team's alone; program admins load instruments.
 */
public final class TraumaAccess {
    private static final Set<Role> CLINICAL = Role.CLINICAL_STAFF;
    /** Who offers a screen: the team and the site's navigators and supervisors (not program admins). */
    public static final Set<Role> SCREENERS = EnumSet.of(Role.CASE_MANAGER, Role.PEER_SPECIALIST, Role.PEER_NAVIGATOR,
            Role.CLINICAL_SUPERVISOR);
    /** Who acknowledges a safety alert with the action taken: the clinicians, the Case Manager and the Clinical Supervisor. */
    public static final Set<Role> CLINICIANS = EnumSet.of(Role.CASE_MANAGER, Role.CLINICAL_SUPERVISOR);
    /** The participant's team: their Case Manager and Peer Support Specialist. */
    public static final Set<Role> TEAM_MEMBERS = EnumSet.of(Role.CASE_MANAGER, Role.PEER_SPECIALIST);
    /** Site-wide views: the site's navigators and supervisors, and program admins. */
    public static final Set<Role> SITE_LEADS = EnumSet.of(Role.PEER_NAVIGATOR, Role.CLINICAL_SUPERVISOR,
            Role.PROGRAM_ADMIN);

    public static final AccessRule LIST_INSTRUMENTS = AccessRule.of("listInstruments",
            "list the screening instruments", ANY, CLINICAL);
    public static final AccessRule GET_INSTRUMENT = AccessRule.of("getInstrument", "read an instrument's definition",
            ANY, CLINICAL);
    public static final AccessRule GET_QUESTIONNAIRE = AccessRule.of("getInstrumentQuestionnaire",
            "export an instrument as a FHIR Questionnaire", ANY, CLINICAL);
    public static final AccessRule LOAD_INSTRUMENT = AccessRule.of("loadInstrument",
            "load an instrument definition", ANY, EnumSet.of(Role.PROGRAM_ADMIN));
    public static final AccessRule IMPORT_QUESTIONNAIRE = AccessRule.of("importInstrumentQuestionnaire",
            "load an instrument from a FHIR Questionnaire", ANY, EnumSet.of(Role.PROGRAM_ADMIN));

    public static final AccessRule RECORD_SCREEN = AccessRule.of("recordScreen",
            "record a screen for this participant", TEAM, SCREENERS);
    public static final AccessRule GET_SCREEN = AccessRule.of("getScreen", "read this screen", TEAM, CLINICAL);
    public static final AccessRule GET_SCREEN_RESPONSE = AccessRule.of("getScreenQuestionnaireResponse",
            "export this screen as a FHIR QuestionnaireResponse", TEAM, CLINICAL);
    public static final AccessRule LIST_SCREENS = AccessRule.of("listScreens", "read this participant's screens",
            TEAM, CLINICAL);
    public static final AccessRule LIST_RESCREENS_DUE = AccessRule.of("listTeamRescreensDue",
            "read this team's rescreens due", TEAM, CLINICAL);

    public static final AccessRule GET_ALERT = AccessRule.of("getAlert", "read this safety alert", TEAM, CLINICAL);
    public static final AccessRule ACKNOWLEDGE_ALERT = AccessRule.of("acknowledgeAlert",
            "acknowledge this safety alert", TEAM, CLINICIANS);
    public static final AccessRule LIST_TEAM_ALERTS = AccessRule.of("listTeamAlerts", "read this team's safety alerts",
            TEAM, CLINICAL);
    public static final AccessRule LIST_SITE_ALERTS = AccessRule.of("listSiteAlerts", "read this site's safety alerts",
            SITE, SITE_LEADS);

    /** The participant's team only: no site lead, no program admin, no break-the-glass. */
    public static final AccessRule GET_PREFERENCES = AccessRule.of("getTraumaPreferences",
            "read this participant's trauma-informed preferences", TEAM, TEAM_MEMBERS).withoutBreakGlass();
    public static final AccessRule SET_PREFERENCES = AccessRule.of("setTraumaPreferences",
            "set this participant's trauma-informed preferences", TEAM, TEAM_MEMBERS).withoutBreakGlass();

    private TraumaAccess() {
    }
}
