package org.missioncj.vocational.api;

import static org.missioncj.core.api.AccessRule.Scope.SITE;
import static org.missioncj.core.api.AccessRule.Scope.TEAM;

import java.util.EnumSet;
import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

/**
 * The vocational module's access rules, one per operation, named by the OpenAPI operation they guard (its
 * {@code x-mission-access} is checked against them at build time). A participant's goals, applications, timeline,
 * education and support are their team's to record and clinical staff's to read; a site's employers and openings are
 * its staff's to read and its Case Managers', Peer Support Specialists' and program admins' to keep.
 */
public final class VocationalAccess {
    private static final Set<Role> CLINICAL = Role.CLINICAL_STAFF;
    /** The participant's team: their Case Manager and Peer Support Specialist. */
    public static final Set<Role> TEAM_MEMBERS = EnumSet.of(Role.CASE_MANAGER, Role.PEER_SPECIALIST);
    /**
     * Who records a participant's vocational support: their team and the site's Peer Navigators and Clinical
     * Supervisors (as housing's writers). Not program admins, and not through break-the-glass.
     */
    public static final Set<Role> WRITERS = EnumSet.of(Role.CASE_MANAGER, Role.PEER_SPECIALIST, Role.PEER_NAVIGATOR,
            Role.CLINICAL_SUPERVISOR);
    /** Who keeps a site's employers and openings: its Case Managers and Peer Support Specialists, and program admins. */
    public static final Set<Role> EMPLOYER_KEEPERS = EnumSet.of(Role.CASE_MANAGER, Role.PEER_SPECIALIST,
            Role.PROGRAM_ADMIN);

    public static final AccessRule LIST_GOALS = AccessRule.of("listVocationalGoals",
            "read this participant's vocational goals", TEAM, CLINICAL);
    public static final AccessRule CREATE_GOAL = AccessRule.of("createVocationalGoal",
            "set a vocational goal for this participant", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule GET_GOAL = AccessRule.of("getVocationalGoal", "read this vocational goal", TEAM,
            CLINICAL);
    public static final AccessRule UPDATE_GOAL = AccessRule.of("updateVocationalGoal", "update this vocational goal",
            TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule ADD_GOAL_NOTE = AccessRule.of("addVocationalGoalNote",
            "add a progress note to this vocational goal", TEAM, WRITERS).withoutBreakGlass();

    public static final AccessRule LIST_EMPLOYERS = AccessRule.of("listEmployers", "list this site's employers", SITE,
            CLINICAL);
    public static final AccessRule CREATE_EMPLOYER = AccessRule.of("createEmployer", "keep this site's employers",
            SITE, EMPLOYER_KEEPERS);
    public static final AccessRule GET_EMPLOYER = AccessRule.of("getEmployer", "read an employer of this site", SITE,
            CLINICAL);
    public static final AccessRule UPDATE_EMPLOYER = AccessRule.of("updateEmployer", "update an employer of this site",
            SITE, EMPLOYER_KEEPERS);
    public static final AccessRule LIST_EMPLOYER_OPENINGS = AccessRule.of("listEmployerOpenings",
            "list the openings of an employer of this site", SITE, CLINICAL);
    public static final AccessRule LIST_SITE_OPENINGS = AccessRule.of("listSiteOpenings", "list this site's openings",
            SITE, CLINICAL);
    public static final AccessRule CREATE_OPENING = AccessRule.of("createOpening",
            "keep the openings of an employer of this site", SITE, EMPLOYER_KEEPERS);
    public static final AccessRule GET_OPENING = AccessRule.of("getOpening", "read an opening of this site", SITE,
            CLINICAL);
    public static final AccessRule UPDATE_OPENING = AccessRule.of("updateOpening", "update an opening of this site",
            SITE, EMPLOYER_KEEPERS);

    public static final AccessRule LIST_APPLICATIONS = AccessRule.of("listJobApplications",
            "read this participant's job applications", TEAM, CLINICAL);
    public static final AccessRule CREATE_APPLICATION = AccessRule.of("createJobApplication",
            "record a job application for this participant", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule GET_APPLICATION = AccessRule.of("getJobApplication", "read this job application",
            TEAM, CLINICAL);
    public static final AccessRule UPDATE_APPLICATION = AccessRule.of("updateJobApplication",
            "update this job application", TEAM, WRITERS).withoutBreakGlass();

    public static final AccessRule LIST_STATUSES = AccessRule.of("listEmploymentStatuses",
            "read this participant's employment timeline", TEAM, CLINICAL);
    public static final AccessRule RECORD_STATUS = AccessRule.of("recordEmploymentStatus",
            "record an employment status for this participant", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule GET_STATUS = AccessRule.of("getEmploymentStatus",
            "read this employment status", TEAM, CLINICAL);
    public static final AccessRule CORRECT_STATUS = AccessRule.of("correctEmploymentStatus",
            "correct this employment status", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule DELETE_STATUS = AccessRule.of("deleteEmploymentStatus",
            "delete an employment status entered in error", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule GET_DAYS = AccessRule.of("getEmploymentDays",
            "read this participant's days employed", TEAM, CLINICAL);
    public static final AccessRule TEAM_EMPLOYMENT = AccessRule.of("listTeamEmployment",
            "read this team's employment today", TEAM, CLINICAL);

    public static final AccessRule LIST_EDUCATION = AccessRule.of("listEducationEnrollments",
            "read this participant's education", TEAM, CLINICAL);
    public static final AccessRule CREATE_EDUCATION = AccessRule.of("createEducationEnrollment",
            "record an education enrollment for this participant", TEAM, WRITERS).withoutBreakGlass();
    public static final AccessRule GET_EDUCATION = AccessRule.of("getEducationEnrollment",
            "read this education enrollment", TEAM, CLINICAL);
    public static final AccessRule UPDATE_EDUCATION = AccessRule.of("updateEducationEnrollment",
            "update this education enrollment", TEAM, WRITERS).withoutBreakGlass();

    public static final AccessRule LIST_SUPPORT = AccessRule.of("listVocationalSupportContacts",
            "read this participant's on-the-job support", TEAM, CLINICAL);
    /** The participant's own team gives on-the-job support: no site lead, no program admin, no break-the-glass. */
    public static final AccessRule LOG_SUPPORT = AccessRule.of("logVocationalSupportContact",
            "log on-the-job support for this participant", TEAM, TEAM_MEMBERS).withoutBreakGlass();

    private VocationalAccess() {
    }
}
