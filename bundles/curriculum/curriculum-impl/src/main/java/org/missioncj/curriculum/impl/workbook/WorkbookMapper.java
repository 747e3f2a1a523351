package org.missioncj.curriculum.impl.workbook;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.Role;
import org.missioncj.curriculum.api.dto.Exercise;
import org.missioncj.curriculum.api.dto.WorkbookExercise;
import org.missioncj.curriculum.api.dto.WorkbookReview;
import org.missioncj.curriculum.api.dto.WorkbookVersion;

/**
 * The workbook's statements. Exercises and answers keep their JSON as text, so those two come back as rows
 * that {@code WorkbookServiceImpl} turns into DTOs; the rest map straight onto the API's DTOs.
 */
public interface WorkbookMapper {
    /** One version of an exercise, with its schema's JSON text. */
    class ExerciseRow {
        public String code;
        public int version;
        public String title;
        public String description;
        public String jsonSchema;
        public Instant createdAt;
        public String createdBy;
    }

    /** A participant's answers to one exercise: the versions hang off it. */
    class EntryRow {
        public String id;
        public String participantId;
        public String exerciseCode;
        public int currentVersion;
        public Instant createdAt;
    }

    /** One version of an entry, with the answers' JSON text. */
    class AnswerRow {
        public String entryId;
        public int version;
        public String participantId;
        public String exerciseCode;
        public int exerciseVersion;
        public String answers;
        public boolean scribed;
        public String recordedBy;
        public Role recorderRole;
        public Instant createdAt;
    }

    // ---- exercises ----------------------------------------------------------------------------------

    String EXERCISE_COLUMNS = "x.code, x.version, x.title, x.description, x.created_at, x.created_by";
    /** The newest version of each code, read from the primary key. */
    String CURRENT = "x.version = (SELECT MAX(y.version) FROM cur_exercise y WHERE y.code = x.code)";

    /** Every exercise in its newest version, by code, without schemas. */
    @Select("SELECT " + EXERCISE_COLUMNS + " FROM cur_exercise x WHERE " + CURRENT + " ORDER BY x.code")
    List<Exercise> currentExercises();

    @Select("SELECT " + EXERCISE_COLUMNS + ", x.json_schema FROM cur_exercise x WHERE x.code = #{code} AND " + CURRENT)
    ExerciseRow currentExercise(@Param("code") String code);

    @Select("SELECT " + EXERCISE_COLUMNS + ", x.json_schema FROM cur_exercise x WHERE x.code = #{code} "
            + "AND x.version = #{version}")
    ExerciseRow exercise(@Param("code") String code, @Param("version") int version);

    @Select("SELECT MAX(version) FROM cur_exercise WHERE code = #{code}")
    Integer currentExerciseVersion(@Param("code") String code);

    @Insert("INSERT INTO cur_exercise (code, version, title, description, json_schema, created_at, created_by) "
            + "VALUES (#{code}, #{version}, #{title}, #{description}, #{jsonSchema}, #{createdAt}, #{createdBy})")
    void insertExercise(ExerciseRow row);

    // ---- entries and their versions -----------------------------------------------------------------

    String ENTRY_COLUMNS = "id, participant_id, exercise_code, current_version, created_at";
    String ANSWER_COLUMNS = "entry_id, version, participant_id, exercise_code, exercise_version, answers, scribed, "
            + "recorded_by, recorder_role, created_at";

    @Select("SELECT " + ENTRY_COLUMNS + " FROM cur_workbook_entry WHERE id = #{id}")
    EntryRow entry(@Param("id") String id);

    @Select("SELECT " + ENTRY_COLUMNS + " FROM cur_workbook_entry WHERE participant_id = #{p} AND exercise_code = #{code}")
    EntryRow entryFor(@Param("p") String participantId, @Param("code") String exerciseCode);

    @Insert("INSERT INTO cur_workbook_entry (" + ENTRY_COLUMNS + ") VALUES (#{id}, #{participantId}, #{exerciseCode}, "
            + "#{currentVersion}, #{createdAt})")
    void insertEntry(EntryRow row);

    /** Moves the entry on from the version the save was based on; 0 when another save moved it first. */
    @Update("UPDATE cur_workbook_entry SET current_version = #{next} WHERE id = #{id} AND current_version = #{expected}")
    int advanceEntry(@Param("id") String id, @Param("expected") int expected, @Param("next") int next);

    @Insert("INSERT INTO cur_workbook_answer (" + ANSWER_COLUMNS + ") VALUES (#{entryId}, #{version}, #{participantId}, "
            + "#{exerciseCode}, #{exerciseVersion}, #{answers}, #{scribed}, #{recordedBy}, #{recorderRole}, #{createdAt})")
    void insertAnswer(AnswerRow row);

    @Select("SELECT " + ANSWER_COLUMNS + " FROM cur_workbook_answer WHERE entry_id = #{id} AND version = #{version}")
    AnswerRow answer(@Param("id") String entryId, @Param("version") int version);

    @Select(Page.COUNT_OPEN + "FROM cur_workbook_answer WHERE entry_id = #{id}" + Page.COUNT_CLOSE)
    long countVersions(@Param("id") String entryId);

    /** An entry's versions, newest first, from the primary key; each with its count of reviews. */
    @Select("SELECT a.entry_id, a.participant_id, a.exercise_code AS exercise, a.exercise_version, a.version, a.scribed, "
            + "a.recorded_by, a.recorder_role, a.created_at AS recorded_at, (SELECT COUNT(*) FROM cur_workbook_review r "
            + "WHERE r.entry_id = a.entry_id AND r.version = a.version) AS reviews FROM cur_workbook_answer a "
            + "WHERE a.entry_id = #{id} ORDER BY a.version DESC OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<WorkbookVersion> versions(@Param("id") String entryId, @Param("offset") long offset, @Param("limit") int limit);

    /**
     * The participant's entries with the facts of their current versions: what the workbook overview shows
     * next to each exercise (the exercise's title and newest version come from {@link #currentExercises}).
     */
    @Select("SELECT e.exercise_code AS exercise, e.id AS entry_id, e.current_version, a.exercise_version AS "
            + "answered_exercise_version, a.created_at AS last_saved_at, a.recorded_by AS last_saved_by, "
            + "(SELECT MAX(r.reviewed_at) FROM cur_workbook_review r WHERE r.entry_id = e.id "
            + "AND r.version = e.current_version) AS last_reviewed_at FROM cur_workbook_entry e "
            + "JOIN cur_workbook_answer a ON a.entry_id = e.id AND a.version = e.current_version "
            + "WHERE e.participant_id = #{p}")
    List<WorkbookExercise> entriesOf(@Param("p") String participantId);

    // ---- reviews ------------------------------------------------------------------------------------

    String REVIEW_COLUMNS = "id, entry_id, version, comment, reviewed_by, reviewer_role, reviewed_at";

    @Insert("INSERT INTO cur_workbook_review (id, entry_id, version, participant_id, reviewed_by, reviewer_role, "
            + "reviewed_at, comment) VALUES (#{r.id}, #{r.entryId}, #{r.version}, #{participantId}, #{r.reviewedBy}, "
            + "#{r.reviewerRole}, #{r.reviewedAt}, #{r.comment})")
    void insertReview(@Param("r") WorkbookReview review, @Param("participantId") String participantId);

    /** The reviews of one version, oldest first (reviews of one moment by reviewer). */
    @Select("SELECT " + REVIEW_COLUMNS + " FROM cur_workbook_review WHERE entry_id = #{id} AND version = #{version} "
            + "ORDER BY reviewed_at, reviewed_by")
    List<WorkbookReview> reviews(@Param("id") String entryId, @Param("version") int version);

    @Select("SELECT COUNT(*) FROM cur_workbook_review WHERE entry_id = #{id} AND version = #{version} "
            + "AND reviewed_by = #{by}")
    int reviewsBy(@Param("id") String entryId, @Param("version") int version, @Param("by") String reviewedBy);
}
