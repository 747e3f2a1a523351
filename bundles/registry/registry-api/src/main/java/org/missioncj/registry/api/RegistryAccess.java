package org.missioncj.registry.api;

import static org.missioncj.core.api.AccessRule.Scope.ANY;
import static org.missioncj.core.api.AccessRule.Scope.TEAM;

import java.util.EnumSet;
import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

/**
 * The registry's access rules, one per operation, named by the OpenAPI operation they guard (its
 * {@code x-mission-access} is checked against them at build time).
 */
public final class RegistryAccess {
    /** Enrollments are opened and changed by case managers, supervisors and admins. */
    public static final Set<Role> ENROLLERS = Set.copyOf(EnumSet.of(Role.CASE_MANAGER, Role.CLINICAL_SUPERVISOR,
            Role.PROGRAM_ADMIN));
    private static final Set<Role> ADMINS = Set.of(Role.PROGRAM_ADMIN);
    private static final Set<Role> CLINICAL = Role.CLINICAL_STAFF;

    public static final AccessRule CREATE_PARTICIPANT = AccessRule.of("createParticipant", "create participants", ANY,
            CLINICAL);
    public static final AccessRule SEARCH_PARTICIPANTS = AccessRule.of("searchParticipants", "search participants", TEAM,
            CLINICAL);
    public static final AccessRule GET_PARTICIPANT = AccessRule.of("getParticipant", "read this participant", TEAM,
            CLINICAL);
    public static final AccessRule UPDATE_PARTICIPANT = AccessRule.of("updateParticipant", "change this participant", TEAM,
            CLINICAL);

    public static final AccessRule LIST_SHARED_IDENTIFIERS = AccessRule.of("listSharedIdentifiers",
            "review identifiers that several participants hold", ANY, ADMINS);

    public static final AccessRule CREATE_STAFF = AccessRule.of("createStaff", "create staff records", ANY, ADMINS);
    public static final AccessRule LIST_STAFF = AccessRule.of("listStaff", "list staff", ANY, CLINICAL);
    public static final AccessRule GET_STAFF = AccessRule.of("getStaff", "read staff records", ANY, CLINICAL);
    public static final AccessRule UPDATE_STAFF = AccessRule.of("updateStaff", "change staff records", ANY, ADMINS);

    public static final AccessRule CREATE_TEAM = AccessRule.of("createTeam", "create teams", ANY, ADMINS);
    public static final AccessRule LIST_TEAMS = AccessRule.of("listTeams", "list teams", ANY, CLINICAL);
    public static final AccessRule GET_TEAM = AccessRule.of("getTeam", "read teams", ANY, CLINICAL);
    public static final AccessRule UPDATE_TEAM = AccessRule.of("updateTeam", "change teams", ANY, ADMINS);
    public static final AccessRule GET_TEAM_CASELOAD = AccessRule.of("getTeamCaseload", "read this team's caseload", TEAM,
            CLINICAL);

    public static final AccessRule CREATE_ENROLLMENT = AccessRule.of("createEnrollment", "enroll this participant", TEAM,
            ENROLLERS);
    public static final AccessRule LIST_ENROLLMENTS = AccessRule.of("listEnrollments", "list enrollments", TEAM, CLINICAL);
    public static final AccessRule GET_ENROLLMENT = AccessRule.of("getEnrollment", "read this enrollment", TEAM, CLINICAL);
    public static final AccessRule UPDATE_ENROLLMENT = AccessRule.of("updateEnrollment", "change this enrollment", TEAM,
            ENROLLERS);
    public static final AccessRule CHANGE_ENROLLMENT_STATUS = AccessRule.of("changeEnrollmentStatus",
            "change this enrollment's status", TEAM, ENROLLERS);
    public static final AccessRule GET_ENROLLMENT_HISTORY = AccessRule.of("getEnrollmentHistory", "read this enrollment",
            TEAM, CLINICAL);

    public static final AccessRule BREAK_GLASS = AccessRule.of("breakGlass", "break the glass", ANY, CLINICAL);
    public static final AccessRule LIST_BREAK_GLASS = AccessRule.of("listBreakGlass", "review break-the-glass accesses",
            ANY, Role.AUDIT_READERS);

    private RegistryAccess() {
    }
}
