package org.missioncj.drt.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.core.api.Page;
import org.missioncj.drt.api.dto.Attendance;
import org.missioncj.drt.api.dto.DrtSession;
import org.missioncj.drt.api.dto.SessionGap;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.missioncj.registry.api.copy.EnrollmentStatements;

/**
 * DRT's statements. Rows map straight onto the API's DTOs and the registry's {@link EnrollmentFact}; the
 * progress views are one aggregate each over drt_enrollment and drt_session.
 */
public interface DrtMapper extends EnrollmentStatements {
    /** One catalog session that progress counts, and its bit in {@link ProgressRow#mask}. */
    class Bit {
        public final String id;
        public final long bit;

        public Bit(String id, long bit) {
            this.id = id;
            this.bit = bit;
        }
    }

    /** An enrollment's progress as the aggregate gives it: the last day delivered and which sessions were. */
    class ProgressRow {
        public String participantId;
        public String enrollmentId;
        public String teamId;
        public LocalDate startDate;
        public LocalDate lastDate;
        /** The sum of the distinct {@link Bit}s of the catalog sessions delivered. */
        public Long mask;
    }

    /** A catalog session delivered in an enrollment (for catalogs too long for a mask). */
    class Delivered {
        public String enrollmentId;
        public String catalogSessionId;
    }

    class AttendanceCount {
        public Attendance attendance;
        public long sessions;
    }

    String DELIVERED = "('ATTENDED', 'PARTLY')";
    String ON_CASELOAD = "('ENROLLED', 'ACTIVE')";

    // ---- the enrollment copy --------------------------------------------------------------------------

    String ENROLLMENT_COLUMNS = "enrollment_id, participant_id, team_id, site, start_date, program_months, status, "
            + "updated_at";

    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM drt_enrollment WHERE enrollment_id = #{id}")
    @Override
    EnrollmentFact enrollment(@Param("id") String enrollmentId);

    @Insert("INSERT INTO drt_enrollment (" + ENROLLMENT_COLUMNS + ") VALUES (#{enrollmentId}, #{participantId}, "
            + "#{teamId}, #{site}, #{startDate}, #{programMonths}, #{status}, #{updatedAt})")
    @Override
    void insertEnrollment(EnrollmentFact fact);

    @Update("UPDATE drt_enrollment SET participant_id = #{participantId}, team_id = #{teamId}, site = #{site}, "
            + "start_date = #{startDate}, program_months = #{programMonths}, status = #{status}, updated_at = #{updatedAt} "
            + "WHERE enrollment_id = #{enrollmentId}")
    @Override
    int updateEnrollment(EnrollmentFact fact);

    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM drt_enrollment WHERE participant_id = #{id} AND status IN "
            + ON_CASELOAD + " ORDER BY start_date DESC")
    List<EnrollmentFact> openEnrollments(@Param("id") String participantId);

    /** The participant's most recent enrollment, open or not. */
    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM drt_enrollment WHERE participant_id = #{id} "
            + "ORDER BY start_date DESC, updated_at DESC OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY")
    EnrollmentFact latestEnrollment(@Param("id") String participantId);

    /** The participant's most recent enrollment that had started by the day (for a report ending then). */
    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM drt_enrollment WHERE participant_id = #{id} AND start_date <= #{day} "
            + "ORDER BY start_date DESC, updated_at DESC OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY")
    EnrollmentFact enrollmentStartedBy(@Param("id") String participantId, @Param("day") LocalDate day);

    // ---- sessions --------------------------------------------------------------------------------------

    String SESSION_COLUMNS = "id, version, participant_id, enrollment_id, catalog_session_id, catalog_version, "
            + "session_date, case_manager_id, attendance, minutes, setting, homework_set, homework, pss_reviewed_workbook, "
            + "created_at, created_by, updated_at, updated_by";

    @Insert("INSERT INTO drt_session (" + SESSION_COLUMNS + ") VALUES (#{id}, #{version}, #{participantId}, "
            + "#{enrollmentId}, #{catalogSessionId}, #{catalogVersion}, #{sessionDate}, #{caseManagerId}, #{attendance}, "
            + "#{minutes}, #{setting}, #{homeworkSet}, #{homework}, #{pssReviewedWorkbook}, #{createdAt}, #{createdBy}, "
            + "#{updatedAt}, #{updatedBy})")
    void insertSession(DrtSession session);

    @Select("SELECT " + SESSION_COLUMNS + " FROM drt_session WHERE id = #{id}")
    DrtSession session(@Param("id") String id);

    @Update("UPDATE drt_session SET version = version + 1, pss_reviewed_workbook = #{reviewed}, updated_at = #{at}, "
            + "updated_by = #{by} WHERE id = #{id} AND version = #{expected}")
    int reviewWorkbook(@Param("id") String id, @Param("expected") long expectedVersion,
            @Param("reviewed") boolean reviewed, @Param("at") Instant at, @Param("by") String by);

    @Select(Page.COUNT_OPEN + "FROM drt_session WHERE participant_id = #{id}" + Page.COUNT_CLOSE)
    long countSessions(@Param("id") String participantId);

    @Select("SELECT " + SESSION_COLUMNS + " FROM drt_session --DERBY-PROPERTIES index=drt_session_participant\n"
            + "WHERE participant_id = #{id} ORDER BY session_date DESC, id DESC "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<DrtSession> sessions(@Param("id") String participantId, @Param("offset") long offset,
            @Param("limit") int limit);

    // ---- progress ----------------------------------------------------------------------------------------

    /**
     * Which of the counted catalog sessions an enrollment delivered, as a sum of distinct bits (a session held
     * twice counts once); 0 when the catalog counts none.
     */
    String MASK = "<choose><when test='bits.isEmpty()'>CAST(0 AS BIGINT)</when><otherwise>SUM(DISTINCT CASE"
            + "<foreach item='b' collection='bits'> WHEN s.catalog_session_id = #{b.id} THEN CAST(#{b.bit} AS BIGINT)"
            + "</foreach> ELSE CAST(0 AS BIGINT) END)</otherwise></choose> AS mask";

    /**
     * Enrollments with their sessions delivered (up to a day, when {@code until} is given), grouped per enrollment:
     * one range of drt_session_enrollment per enrollment, joined by nested loop (Derby would otherwise hash the whole
     * table for a small team).
     */
    String PROGRESS = "SELECT e.participant_id, e.enrollment_id, e.team_id, e.start_date, MAX(s.session_date) AS last_date, "
            + MASK + " FROM drt_enrollment e LEFT OUTER JOIN drt_session s "
            + "--DERBY-PROPERTIES index=drt_session_enrollment, joinStrategy=NESTEDLOOP\n"
            + "ON s.enrollment_id = e.enrollment_id AND s.attendance IN " + DELIVERED
            + "<if test='until != null'> AND s.session_date &lt;= #{until}</if> ";
    String PROGRESS_GROUP = " GROUP BY e.start_date, e.participant_id, e.enrollment_id, e.team_id";

    @Select("<script>" + PROGRESS + "WHERE e.enrollment_id = #{id}" + PROGRESS_GROUP + "</script>")
    ProgressRow progress(@Param("id") String enrollmentId, @Param("bits") List<Bit> bits,
            @Param("until") LocalDate until);

    @Select(Page.COUNT_OPEN + "FROM drt_enrollment e WHERE e.team_id = #{team} AND e.status IN " + ON_CASELOAD
            + Page.COUNT_CLOSE)
    long countTeam(@Param("team") String teamId);

    /** The team's caseload, the longest enrolled first (a team is a few dozen enrollments: sorting them is nothing). */
    @Select("<script>" + PROGRESS + "WHERE e.team_id = #{team} AND e.status IN " + ON_CASELOAD + PROGRESS_GROUP
            + " ORDER BY e.start_date, e.participant_id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<ProgressRow> team(@Param("team") String teamId, @Param("bits") List<Bit> bits,
            @Param("until") LocalDate until, @Param("offset") long offset, @Param("limit") int limit);

    /** The counted catalog sessions delivered in some enrollments (a page's), for catalogs longer than a mask. */
    @Select("<script>SELECT DISTINCT s.enrollment_id, s.catalog_session_id FROM drt_session s "
            + "WHERE s.enrollment_id IN <foreach item='e' collection='enrollments' open='(' separator=', ' close=')'>#{e}"
            + "</foreach> AND s.attendance IN " + DELIVERED
            + " AND s.catalog_session_id IN <foreach item='c' collection='catalog' open='(' separator=', ' close=')'>#{c}"
            + "</foreach><if test='until != null'> AND s.session_date &lt;= #{until}</if></script>")
    List<Delivered> delivered(@Param("enrollments") List<String> enrollmentIds, @Param("catalog") List<String> catalogIds,
            @Param("until") LocalDate until);

    /** The site's open enrollments with no session delivered on or after {@code since}. */
    String WITHOUT_RECENT = "WHERE e.site = #{site} AND e.status IN " + ON_CASELOAD + " AND NOT EXISTS (SELECT 1 "
            + "FROM drt_session s --DERBY-PROPERTIES index=drt_session_enrollment\n"
            + "WHERE s.enrollment_id = e.enrollment_id AND s.session_date &gt;= #{since} AND s.attendance IN "
            + DELIVERED + ")";

    @Select("<script>" + Page.COUNT_OPEN + "FROM drt_enrollment e --DERBY-PROPERTIES index=drt_enrollment_site\n"
            + WITHOUT_RECENT + Page.COUNT_CLOSE + "</script>")
    long countWithoutRecent(@Param("site") String site, @Param("since") LocalDate since);

    /**
     * A page of them in the order of drt_enrollment_site_start (the index is read from the start, or from the
     * previous page's last participant, until the page is full), each with the day of their last session.
     */
    @Select("<script>SELECT e.participant_id, e.enrollment_id, e.team_id, e.start_date AS enrollment_start, "
            + "(SELECT MAX(l.session_date) FROM drt_session l --DERBY-PROPERTIES index=drt_session_enrollment\n"
            + "WHERE l.enrollment_id = e.enrollment_id AND l.attendance IN " + DELIVERED + ") AS last_session_date "
            + "FROM drt_enrollment e --DERBY-PROPERTIES index=drt_enrollment_site_start\n" + WITHOUT_RECENT
            + "<if test='afterStart != null'> AND e.start_date &gt;= #{afterStart} AND (e.start_date &gt; #{afterStart} "
            + "OR e.participant_id &gt; #{afterId})</if>"
            + " ORDER BY e.start_date, e.participant_id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<SessionGap> withoutRecent(@Param("site") String site, @Param("since") LocalDate since,
            @Param("afterStart") LocalDate afterStart, @Param("afterId") String afterId, @Param("offset") long offset,
            @Param("limit") int limit);

    /** Where a participant's open enrollment at the site stands in that order (paging by key). */
    @Select("SELECT start_date FROM drt_enrollment WHERE participant_id = #{id} AND site = #{site} AND status IN "
            + ON_CASELOAD)
    List<LocalDate> openStartAtSite(@Param("id") String participantId, @Param("site") String site);

    // ---- the court report ----------------------------------------------------------------------------------

    @Select("SELECT attendance, COUNT(*) AS sessions FROM drt_session WHERE participant_id = #{id} "
            + "AND session_date >= #{from} AND session_date <= #{to} GROUP BY attendance")
    List<AttendanceCount> attendanceBetween(@Param("id") String participantId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
