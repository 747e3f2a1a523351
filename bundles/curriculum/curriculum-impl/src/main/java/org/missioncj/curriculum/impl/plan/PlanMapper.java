package org.missioncj.curriculum.impl.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.core.api.Page;
import org.missioncj.curriculum.api.dto.Diagnosis;
import org.missioncj.curriculum.api.dto.Goal;
import org.missioncj.curriculum.api.dto.GoalNote;
import org.missioncj.curriculum.api.dto.Plan;
import org.missioncj.curriculum.api.dto.PlanPathway;
import org.missioncj.curriculum.api.dto.PlanVersion;

/** The plan's statements: rows straight onto the API's DTOs, but for the head and goal rows the API never shows. */
public interface PlanMapper {
    /** A participant's plan: its current version, the ETag a revision must match. */
    class PlanHead {
        public String participantId;
        public int currentVersion;
        public Instant createdAt;
        public String createdBy;
        public Instant updatedAt;
    }

    /** A goal of a participant's plan, whichever versions have it. */
    class GoalRow {
        public String goalId;
        public String participantId;
        public int addedInVersion;
    }

    @Select("SELECT participant_id, current_version, created_at, created_by, updated_at FROM cur_plan "
            + "WHERE participant_id = #{id}")
    PlanHead head(@Param("id") String participantId);

    @Insert("INSERT INTO cur_plan (participant_id, current_version, created_at, created_by, updated_at) "
            + "VALUES (#{participantId}, #{currentVersion}, #{createdAt}, #{createdBy}, #{updatedAt})")
    void insertHead(PlanHead head);

    /** Moves the plan on by one version, only from the version the save was based on: 0 rows when it moved meanwhile. */
    @Update("UPDATE cur_plan SET current_version = #{next}, updated_at = #{at} "
            + "WHERE participant_id = #{id} AND current_version = #{expected}")
    int advance(@Param("id") String participantId, @Param("expected") int expected, @Param("next") int next,
            @Param("at") Instant at);

    @Insert("INSERT INTO cur_plan_version (participant_id, version, reason, reviewed_phase, phase, enrollment_id, "
            + "saved_at, saved_on, saved_by) VALUES (#{p.participantId}, #{p.version}, #{p.reason}, #{p.reviewedPhase}, "
            + "#{p.phase}, #{enrollmentId}, #{p.savedAt}, #{savedOn}, #{p.savedBy})")
    void insertVersion(@Param("p") Plan plan, @Param("enrollmentId") String enrollmentId,
            @Param("savedOn") LocalDate savedOn);

    @Select("SELECT participant_id, version, reason, reviewed_phase, phase, saved_at, saved_by FROM cur_plan_version "
            + "WHERE participant_id = #{id} AND version = #{version}")
    Plan version(@Param("id") String participantId, @Param("version") int version);

    @Insert("INSERT INTO cur_plan_pathway (participant_id, version, seq, pathway, description) "
            + "VALUES (#{id}, #{version}, #{seq}, #{p.pathway}, #{p.description})")
    void insertPathway(@Param("id") String participantId, @Param("version") int version, @Param("seq") int seq,
            @Param("p") PlanPathway pathway);

    @Select("SELECT pathway, description FROM cur_plan_pathway WHERE participant_id = #{id} AND version = #{version} "
            + "ORDER BY seq")
    List<PlanPathway> pathways(@Param("id") String participantId, @Param("version") int version);

    @Insert("INSERT INTO cur_plan_goal (goal_id, participant_id, added_in_version) "
            + "VALUES (#{goalId}, #{participantId}, #{addedInVersion})")
    void insertGoal(GoalRow goal);

    @Select("SELECT goal_id, participant_id, added_in_version FROM cur_plan_goal WHERE goal_id = #{id}")
    GoalRow goal(@Param("id") String goalId);

    @Insert("INSERT INTO cur_plan_goal_version (participant_id, version, goal_id, seq, goal_text, target_date, status) "
            + "VALUES (#{id}, #{version}, #{g.goalId}, #{seq}, #{g.text}, #{g.targetDate}, #{g.status})")
    void insertGoalVersion(@Param("id") String participantId, @Param("version") int version, @Param("seq") int seq,
            @Param("g") Goal goal);

    /** A goal as one version states it. */
    String GOAL_FROM = "SELECT v.goal_id, v.goal_text AS text, v.target_date, v.status, g.added_in_version "
            + "FROM cur_plan_goal_version v JOIN cur_plan_goal g ON g.goal_id = v.goal_id ";

    @Select(GOAL_FROM + "WHERE v.participant_id = #{id} AND v.version = #{version} ORDER BY v.seq")
    List<Goal> goals(@Param("id") String participantId, @Param("version") int version);

    /** The goal as stated by the latest version up to {@code version} that has it; null when none has. */
    @Select(GOAL_FROM + "WHERE v.goal_id = #{goal} AND v.version = "
            + "(SELECT MAX(w.version) FROM cur_plan_goal_version w WHERE w.goal_id = #{goal} AND w.version <= #{version})")
    Goal goalAsOf(@Param("goal") String goalId, @Param("version") int version);

    @Select("SELECT COUNT(*) FROM cur_plan_goal_version WHERE participant_id = #{id} AND version = #{version} "
            + "AND goal_id = #{goal}")
    int goalInVersion(@Param("id") String participantId, @Param("version") int version, @Param("goal") String goalId);

    @Insert("INSERT INTO cur_plan_diagnosis (participant_id, version, seq, code, description, stated_by, stated_on) "
            + "VALUES (#{id}, #{version}, #{seq}, #{d.code}, #{d.description}, #{d.statedBy}, #{d.statedOn})")
    void insertDiagnosis(@Param("id") String participantId, @Param("version") int version, @Param("seq") int seq,
            @Param("d") Diagnosis diagnosis);

    @Select("SELECT code, description, stated_by, stated_on FROM cur_plan_diagnosis "
            + "WHERE participant_id = #{id} AND version = #{version} ORDER BY seq")
    List<Diagnosis> diagnoses(@Param("id") String participantId, @Param("version") int version);

    /** Newest first, with what each version holds counted (never its content). */
    @Select("SELECT v.participant_id, v.version, v.reason, v.reviewed_phase, v.phase, v.saved_at, v.saved_by, "
            + "(SELECT COUNT(*) FROM cur_plan_pathway p WHERE p.participant_id = v.participant_id AND p.version = v.version) "
            + "AS pathways, "
            + "(SELECT COUNT(*) FROM cur_plan_goal_version g WHERE g.participant_id = v.participant_id "
            + "AND g.version = v.version) AS goals, "
            + "(SELECT COUNT(*) FROM cur_plan_diagnosis d WHERE d.participant_id = v.participant_id AND d.version = v.version) "
            + "AS diagnoses "
            + "FROM cur_plan_version v WHERE v.participant_id = #{id} ORDER BY v.version DESC "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<PlanVersion> versions(@Param("id") String participantId, @Param("offset") long offset,
            @Param("limit") int limit);

    @Select(Page.COUNT_OPEN + "FROM cur_plan_version WHERE participant_id = #{id}" + Page.COUNT_CLOSE)
    long countVersions(@Param("id") String participantId);

    /**
     * Whether a version on or after {@code since} covers the phase: the plan was CREATED then, or reviewed
     * for that phase (a review is only ever of the phase the participant is in).
     */
    @Select("SELECT COUNT(*) FROM cur_plan_version WHERE participant_id = #{id} AND saved_on >= #{since} "
            + "AND (reason = 'CREATED' OR (reason = 'PHASE_REVIEW' AND reviewed_phase = #{phase}))")
    int covering(@Param("id") String participantId, @Param("phase") int phase, @Param("since") LocalDate since);

    @Insert("INSERT INTO cur_plan_goal_note (id, goal_id, participant_id, note, written_at, written_by) "
            + "VALUES (#{id}, #{goalId}, #{participantId}, #{note}, #{writtenAt}, #{writtenBy})")
    void insertNote(GoalNote note);

    @Select("SELECT id, goal_id, participant_id, note, written_at, written_by FROM cur_plan_goal_note "
            + "WHERE goal_id = #{id} ORDER BY written_at DESC, id DESC OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<GoalNote> notes(@Param("id") String goalId, @Param("offset") long offset, @Param("limit") int limit);

    @Select(Page.COUNT_OPEN + "FROM cur_plan_goal_note WHERE goal_id = #{id}" + Page.COUNT_CLOSE)
    long countNotes(@Param("id") String goalId);
}
