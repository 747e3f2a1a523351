package org.missioncj.curriculum.api;

import static org.missioncj.core.api.AccessRule.Scope.TEAM;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

/**
 * The recovery and treatment plan's access rules, one per operation, named by the OpenAPI operation
 * they guard: the clinical staff of the participant's team write and read the plan; its review at a
 * CTI phase change is the Case Manager's, the Peer Support Specialist's or a Clinical Supervisor's.
 */
public final class PlanAccess {
    private static final Set<Role> CLINICAL = Role.CLINICAL_STAFF;
    /** Who reviews a plan at a CTI phase change. */
    public static final Set<Role> REVIEWERS = Collections.unmodifiableSet(
            EnumSet.of(Role.CASE_MANAGER, Role.PEER_SPECIALIST, Role.CLINICAL_SUPERVISOR));

    public static final AccessRule CREATE_PLAN = AccessRule.of("createPlan", "write this participant's plan", TEAM,
            CLINICAL);
    public static final AccessRule REVISE_PLAN = AccessRule.of("revisePlan", "revise this participant's plan", TEAM,
            CLINICAL);
    public static final AccessRule REVIEW_PLAN = AccessRule.of("reviewPlan", "review this participant's plan", TEAM,
            REVIEWERS);
    public static final AccessRule GET_PLAN = AccessRule.of("getPlan", "read this participant's plan", TEAM, CLINICAL);
    public static final AccessRule LIST_PLAN_VERSIONS = AccessRule.of("listPlanVersions",
            "read this participant's plan", TEAM, CLINICAL);
    public static final AccessRule GET_PLAN_STATUS = AccessRule.of("getPlanStatus", "read this participant's plan",
            TEAM, CLINICAL);
    public static final AccessRule ADD_GOAL_NOTE = AccessRule.of("addPlanGoalNote",
            "write progress notes on this participant's goals", TEAM, CLINICAL);
    public static final AccessRule LIST_GOAL_NOTES = AccessRule.of("listPlanGoalNotes",
            "read this participant's goal notes", TEAM, CLINICAL);
    public static final AccessRule LIST_REVIEWS_DUE = AccessRule.of("listPlanReviewsDue",
            "read this team's plan reviews due", TEAM, CLINICAL);

    private PlanAccess() {
    }
}
