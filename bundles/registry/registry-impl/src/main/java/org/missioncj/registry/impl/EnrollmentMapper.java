package org.missioncj.registry.impl;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.core.api.Page;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentSearch;
import org.missioncj.registry.api.dto.StatusChange;

public interface EnrollmentMapper {
    String COLUMNS = "id, version, participant_id, team_id, program_months, start_setting, referral_source, referral_note, "
            + "start_date, expected_end_date, status, status_reason, status_date, created_at, created_by, updated_at, updated_by";
    /*
     * The list. With no participant or team filter, a caller of a team's (a case manager, a peer specialist) starts from
     * the participants ever enrolled on their teams, so the cost follows their caseload, not the site's; every row is
     * then checked against the caller's caseload, the rule of AccessMapper.IN_SCOPE for one row (alias r).
     */
    String WHERE = "<where><if test='q.participantId != null'> AND r.participant_id = #{q.participantId}</if>"
            + "<if test='q.teamId != null'> AND r.team_id = #{q.teamId}</if>"
            + "<if test='q.status != null'> AND r.status = #{q.status}</if>"
            + "<if test='q.participantId == null and q.teamId == null and !scope.all and scope.site == null'> AND "
            + "r.participant_id IN (SELECT m.participant_id FROM reg_enrollment m WHERE m.team_id IN ("
            + "SELECT t.id FROM reg_team t WHERE t.case_manager_id = #{scope.teamStaffId} "
            + "UNION SELECT t.id FROM reg_team t WHERE t.peer_specialist_id = #{scope.teamStaffId})"
            + "<if test='scope.grantee != null'> UNION SELECT g.participant_id FROM reg_break_glass g "
            + "WHERE g.username = #{scope.grantee} AND g.expires_at &gt; #{scope.now}</if>)</if>"
            + "<if test='!scope.all'> AND (EXISTS (SELECT 1 FROM reg_enrollment e JOIN reg_team t ON t.id = e.team_id "
            + "WHERE e.participant_id = r.participant_id AND " + AccessMapper.LATEST + " AND (1 = 0"
            + "<if test='scope.teamStaffId != null'> OR t.case_manager_id = #{scope.teamStaffId} "
            + "OR t.peer_specialist_id = #{scope.teamStaffId}</if>"
            + "<if test='scope.site != null'> OR t.site = #{scope.site}</if>))"
            + "<if test='scope.grantee != null'> OR EXISTS (SELECT 1 FROM reg_break_glass g WHERE g.participant_id = "
            + "r.participant_id AND g.username = #{scope.grantee} AND g.expires_at &gt; #{scope.now})</if>)</if></where>";

    /** Which index leads: the participant's or the team's enrollments, or the list order. */
    String FROM = "FROM reg_enrollment r <choose>"
            + "<when test='q.participantId != null'>--DERBY-PROPERTIES index=reg_enrollment_participant\n</when>"
            + "<when test='q.teamId != null'>--DERBY-PROPERTIES index=reg_enrollment_team\n</when>"
            + "<otherwise>--DERBY-PROPERTIES index=reg_enrollment_start\n</otherwise></choose>";

    @Insert("INSERT INTO reg_enrollment (" + COLUMNS + ") VALUES (#{id}, #{version}, #{participantId}, #{teamId}, "
            + "#{programMonths}, #{startSetting}, #{referralSource}, #{referralNote}, #{startDate}, #{expectedEndDate}, "
            + "#{status}, #{statusReason}, #{statusDate}, #{createdAt}, #{createdBy}, #{updatedAt}, #{updatedBy})")
    void insert(Enrollment e);

    @Update("UPDATE reg_enrollment SET version = version + 1, team_id = #{e.teamId}, program_months = #{e.programMonths}, "
            + "start_setting = #{e.startSetting}, referral_source = #{e.referralSource}, referral_note = #{e.referralNote}, "
            + "start_date = #{e.startDate}, expected_end_date = #{e.expectedEndDate}, status = #{e.status}, "
            + "status_reason = #{e.statusReason}, status_date = #{e.statusDate}, updated_at = #{e.updatedAt}, "
            + "updated_by = #{e.updatedBy} WHERE id = #{e.id} AND version = #{expected}")
    int update(@Param("e") Enrollment e, @Param("expected") long expectedVersion);

    @Select("SELECT " + COLUMNS + " FROM reg_enrollment WHERE id = #{id}")
    Enrollment find(@Param("id") String id);

    @Select("SELECT COUNT(*) FROM reg_enrollment WHERE participant_id = #{id} AND status IN ('REFERRED', 'ENROLLED', 'ACTIVE')"
            + " AND id <> #{exclude}")
    int openEnrollments(@Param("id") String participantId, @Param("exclude") String excludeId);

    @Select("<script>SELECT " + COLUMNS + " " + FROM + WHERE
            + " ORDER BY start_date DESC, id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<Enrollment> list(@Param("q") EnrollmentSearch q, @Param("scope") CaseloadScope scope, @Param("offset") long offset,
            @Param("limit") int limit);

    @Select("<script>" + Page.COUNT_OPEN + FROM + WHERE + Page.COUNT_CLOSE + "</script>")
    long count(@Param("q") EnrollmentSearch q, @Param("scope") CaseloadScope scope);

    @Insert("INSERT INTO reg_enrollment_history (enrollment_id, from_status, to_status, reason, effective_date, changed_at, "
            + "changed_by) VALUES (#{id}, #{c.fromStatus}, #{c.status}, #{c.reason}, #{c.effectiveDate}, #{c.changedAt}, "
            + "#{c.changedBy})")
    void insertHistory(@Param("id") String enrollmentId, @Param("c") StatusChange change);

    @Select("SELECT from_status, to_status AS status, reason, effective_date, changed_at, changed_by "
            + "FROM reg_enrollment_history WHERE enrollment_id = #{id} ORDER BY id")
    List<StatusChange> history(@Param("id") String enrollmentId);
}
