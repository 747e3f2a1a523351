package org.missioncj.drt.api;

import static org.missioncj.core.api.AccessRule.Scope.SITE;
import static org.missioncj.core.api.AccessRule.Scope.TEAM;

import java.util.EnumSet;
import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

/**
 * DRT's access rules, one per operation, named by the OpenAPI operation they guard (its
 * {@code x-mission-access} is checked against them at build time). Only the Case Manager, or a
 * Clinical Supervisor for the team's Case Manager, records a session; the team and the site's leads read.
 */
public final class DrtAccess {
    private static final Set<Role> CLINICAL = Role.CLINICAL_STAFF;
    /** Who delivers Dual Recovery Therapy, and who supervises those who do. */
    public static final Set<Role> DELIVERERS = EnumSet.of(Role.CASE_MANAGER, Role.CLINICAL_SUPERVISOR);
    /** Who marks that the Peer Support Specialist reviewed the workbook exercise: the team and its leads. */
    public static final Set<Role> REVIEWERS = EnumSet.of(Role.CASE_MANAGER, Role.PEER_SPECIALIST, Role.PEER_NAVIGATOR,
            Role.CLINICAL_SUPERVISOR);
    /** Site-wide views: the site's navigators and supervisors, and program admins. */
    public static final Set<Role> SITE_LEADS = EnumSet.of(Role.PEER_NAVIGATOR, Role.CLINICAL_SUPERVISOR,
            Role.PROGRAM_ADMIN);

    public static final AccessRule RECORD_SESSION = AccessRule.of("recordDrtSession",
            "record DRT sessions for this participant", TEAM, DELIVERERS);
    public static final AccessRule GET_SESSION = AccessRule.of("getDrtSession", "read this DRT session", TEAM, CLINICAL);
    public static final AccessRule REVIEW_WORKBOOK = AccessRule.of("setDrtWorkbookReview",
            "mark the workbook review of this DRT session", TEAM, REVIEWERS);
    public static final AccessRule LIST_SESSIONS = AccessRule.of("listDrtSessions",
            "read this participant's DRT sessions", TEAM, CLINICAL);
    public static final AccessRule GET_PROGRESS = AccessRule.of("getDrtProgress",
            "read this participant's DRT progress", TEAM, CLINICAL);
    public static final AccessRule LIST_TEAM_PROGRESS = AccessRule.of("listDrtTeamProgress",
            "read this team's DRT progress", TEAM, CLINICAL);
    public static final AccessRule LIST_WITHOUT_RECENT_SESSION = AccessRule.of("listDrtWithoutRecentSession",
            "list the site's participants without a recent DRT session", SITE, SITE_LEADS);

    private DrtAccess() {
    }
}
