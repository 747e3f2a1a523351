package org.missioncj.curriculum.api;

import static org.missioncj.core.api.AccessRule.Scope.ANY;
import static org.missioncj.core.api.AccessRule.Scope.TEAM;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

/**
 * The participant workbook's access rules, one per operation, named by the OpenAPI operation they guard.
 * The exercises are no participant data: staff read them, a program admin adds versions. A participant's
 * answers are read and recorded by the clinical staff of the participant's team (and the site's navigators
 * and supervisors, program admins anywhere), reviewed by the Case Manager or Peer Support Specialist or their
 * supervisors; only a peer ({@link #SCRIBES}) records answers as the participant's scribe.
 */
public final class WorkbookAccess {
    private static final Set<Role> CLINICAL = Role.CLINICAL_STAFF;
    /** Who may add a version of an exercise. */
    public static final Set<Role> EXERCISE_EDITORS = Collections.unmodifiableSet(EnumSet.of(Role.PROGRAM_ADMIN));
    /** Who reviews a participant's answers with them. */
    public static final Set<Role> REVIEWERS = Collections.unmodifiableSet(EnumSet.of(Role.CASE_MANAGER,
            Role.PEER_SPECIALIST, Role.PEER_NAVIGATOR, Role.CLINICAL_SUPERVISOR));
    /** Who may write the participant's words down for them (answers saved with scribed=true). */
    public static final Set<Role> SCRIBES = Collections.unmodifiableSet(EnumSet.of(Role.PEER_SPECIALIST,
            Role.PEER_NAVIGATOR));

    public static final AccessRule LIST_EXERCISES = AccessRule.of("listWorkbookExercises", "read the workbook's exercises",
            ANY, CLINICAL);
    public static final AccessRule GET_EXERCISE = AccessRule.of("getWorkbookExercise", "read the workbook's exercises",
            ANY, CLINICAL);
    public static final AccessRule ADD_EXERCISE_VERSION = AccessRule.of("addWorkbookExerciseVersion",
            "change the workbook's exercises", ANY, EXERCISE_EDITORS);
    public static final AccessRule GET_WORKBOOK = AccessRule.of("getWorkbook", "read this participant's workbook", TEAM,
            CLINICAL);
    public static final AccessRule SAVE_ANSWERS = AccessRule.of("saveWorkbookAnswers",
            "record this participant's workbook answers", TEAM, CLINICAL);
    public static final AccessRule GET_ENTRY = AccessRule.of("getWorkbookEntry", "read this participant's workbook",
            TEAM, CLINICAL);
    public static final AccessRule LIST_ENTRY_VERSIONS = AccessRule.of("listWorkbookEntryVersions",
            "read this participant's workbook", TEAM, CLINICAL);
    public static final AccessRule REVIEW_ENTRY = AccessRule.of("reviewWorkbookEntry",
            "review this participant's workbook answers", TEAM, REVIEWERS);

    private WorkbookAccess() {
    }
}
