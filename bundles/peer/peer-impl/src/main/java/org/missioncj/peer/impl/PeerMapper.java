package org.missioncj.peer.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.core.api.Page;
import org.missioncj.peer.api.dto.ComfortAgreement;
import org.missioncj.peer.api.dto.GroupMeeting;
import org.missioncj.peer.api.dto.GroupMember;
import org.missioncj.peer.api.dto.PeerGroup;
import org.missioncj.peer.api.dto.PeerSession;
import org.missioncj.peer.api.dto.PeerSessionEntry;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.missioncj.registry.api.copy.EnrollmentStatements;

/** The peer module's SQL: rows straight onto the API's DTOs, row classes only for what the API never shows. */
public interface PeerMapper extends EnrollmentStatements {
    /** A membership with the enrollment it was made under. */
    class MemberRow extends GroupMember {
        public String enrollmentId;
    }

    /** A member's agreement to one version of the comfort agreement. */
    class AssentRow {
        public String groupId;
        public int version;
        public String participantId;
        public String memberId;
        public LocalDate agreedOn;
        public int atJoin;
        public Instant createdAt;
        public String createdBy;
    }

    class AttendanceRow {
        public String meetingId;
        public String participantId;
        public String memberId;
        public String enrollmentId;
        public String groupId;
        public LocalDate heldOn;
        public String catalogSessionId;
        public String attendance;
    }

    /** What one enrollment attended of one catalog session, individually (I) or in groups (G). */
    class SessionFact {
        public String enrollmentId;
        public String catalogSessionId;
        public String kind;
        public int occasions;
        public LocalDate lastOn;
    }

    // ---- the enrollment copy ------------------------------------------------------------------------

    String ENROLLMENT_COLUMNS = "enrollment_id, participant_id, team_id, site, start_date, program_months, status, updated_at";

    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM peer_enrollment WHERE enrollment_id = #{id}")
    @Override
    EnrollmentFact enrollment(@Param("id") String enrollmentId);

    @Insert("INSERT INTO peer_enrollment (" + ENROLLMENT_COLUMNS + ") VALUES (#{enrollmentId}, #{participantId}, "
            + "#{teamId}, #{site}, #{startDate}, #{programMonths}, #{status}, #{updatedAt})")
    @Override
    void insertEnrollment(EnrollmentFact fact);

    @Update("UPDATE peer_enrollment SET participant_id = #{participantId}, team_id = #{teamId}, site = #{site}, "
            + "start_date = #{startDate}, program_months = #{programMonths}, status = #{status}, updated_at = #{updatedAt} "
            + "WHERE enrollment_id = #{enrollmentId}")
    @Override
    int updateEnrollment(EnrollmentFact fact);

    /** The participant's enrollments, the open one first, then the latest. */
    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM peer_enrollment WHERE participant_id = #{id} "
            + "ORDER BY CASE WHEN status IN ('ENROLLED', 'ACTIVE') THEN 0 ELSE 1 END, start_date DESC, updated_at DESC")
    List<EnrollmentFact> enrollmentsOf(@Param("id") String participantId);

    /** The participant's latest enrollment that had started by the day (for a report ending then). */
    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM peer_enrollment WHERE participant_id = #{id} AND start_date <= #{day} "
            + "ORDER BY start_date DESC, updated_at DESC OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY")
    EnrollmentFact enrollmentStartedBy(@Param("id") String participantId, @Param("day") LocalDate day);

    /**
     * The enrollments of every participant who was ever a member of the group (repeated for one who joined more than
     * once): from the group's memberships to each member's enrollments, which Derby would otherwise scan for an IN.
     */
    @Select("SELECT e.enrollment_id, e.participant_id, e.team_id, e.site, e.start_date, e.program_months, e.status, "
            + "e.updated_at FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
            + "peer_member m JOIN peer_enrollment e --DERBY-PROPERTIES joinStrategy=NESTEDLOOP, index=peer_enrollment_participant\n"
            + "ON e.participant_id = m.participant_id WHERE m.group_id = #{id}")
    List<EnrollmentFact> enrollmentsOfMembers(@Param("id") String groupId);

    @Select("SELECT COUNT(*) FROM peer_enrollment WHERE team_id = #{team} AND status IN ('ENROLLED', 'ACTIVE')")
    long countOpenOfTeam(@Param("team") String teamId);

    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM peer_enrollment WHERE team_id = #{team} "
            + "AND status IN ('ENROLLED', 'ACTIVE') ORDER BY participant_id, enrollment_id "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<EnrollmentFact> openOfTeam(@Param("team") String teamId, @Param("offset") long offset, @Param("limit") int limit);

    // ---- groups -------------------------------------------------------------------------------------

    /** A member on a day: joined by then and not left before it (no '<': it goes into scripts too). */
    String MEMBER_ON = " #{today} >= m.joined_on AND (m.left_on IS NULL OR m.left_on >= #{today})";

    String GROUP_SELECT = "SELECT g.id, g.version, g.site, g.name, g.place, g.schedule, g.facilitator_id, g.created_at, "
            + "g.created_by, g.updated_at, g.updated_by, "
            + "(SELECT COUNT(DISTINCT m.participant_id) FROM peer_member m WHERE m.group_id = g.id AND" + MEMBER_ON
            + ") AS member_count, "
            + "(SELECT COUNT(DISTINCT f.participant_id) FROM peer_member f WHERE f.group_id = g.id AND NOT EXISTS "
            + "(SELECT 1 FROM peer_member m WHERE m.group_id = g.id AND m.participant_id = f.participant_id AND"
            + MEMBER_ON + ")) AS former_member_count, "
            + "(SELECT COUNT(*) FROM peer_meeting x WHERE x.group_id = g.id) AS meeting_count, "
            + "(SELECT MIN(x.held_on) FROM peer_meeting x WHERE x.group_id = g.id) AS first_meeting_on, "
            + "(SELECT MAX(x.held_on) FROM peer_meeting x WHERE x.group_id = g.id) AS last_meeting_on, "
            + "(SELECT MAX(a.version) FROM peer_agreement a WHERE a.group_id = g.id) AS comfort_agreement_version, "
            + "(SELECT a.agreed_on FROM peer_agreement a WHERE a.group_id = g.id AND a.version = "
            + "(SELECT MAX(b.version) FROM peer_agreement b WHERE b.group_id = g.id)) AS comfort_agreement_on ";

    @Select(GROUP_SELECT + "FROM peer_group g WHERE g.id = #{id}")
    PeerGroup group(@Param("id") String id, @Param("today") LocalDate today);

    /**
     * Locks the group's row for the write that follows: one change to a group's roster, agreement or meetings
     * at a time, so what was checked (a member on a day, the agreement in force) holds until commit.
     */
    @Update("UPDATE peer_group SET version = version WHERE id = #{id}")
    int lockGroup(@Param("id") String id);

    @Select("SELECT id, version, site, name, place, schedule, facilitator_id, created_at, created_by, updated_at, updated_by "
            + "FROM peer_group WHERE id = #{id}")
    PeerGroup groupRow(@Param("id") String id);

    String GROUP_WHERE = "<where><if test='q.site != null'> g.site = #{q.site}</if>"
            + "<if test='q.facilitatorId != null'> AND g.facilitator_id = #{q.facilitatorId}</if></where>";

    @Select("<script>" + GROUP_SELECT + "FROM peer_group g" + GROUP_WHERE
            + " ORDER BY g.name, g.id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<PeerGroup> groups(@Param("q") org.missioncj.peer.api.dto.PeerGroupSearch q, @Param("today") LocalDate today,
            @Param("offset") long offset, @Param("limit") int limit);

    @Select("<script>" + Page.COUNT_OPEN + "FROM peer_group g" + GROUP_WHERE + Page.COUNT_CLOSE + "</script>")
    long countGroups(@Param("q") org.missioncj.peer.api.dto.PeerGroupSearch q);

    @Insert("INSERT INTO peer_group (id, version, site, name, place, schedule, facilitator_id, created_at, created_by, "
            + "updated_at, updated_by) VALUES (#{id}, #{version}, #{site}, #{name}, #{place}, #{schedule}, #{facilitatorId}, "
            + "#{createdAt}, #{createdBy}, #{updatedAt}, #{updatedBy})")
    void insertGroup(PeerGroup g);

    @Update("UPDATE peer_group SET version = version + 1, name = #{g.name}, place = #{g.place}, schedule = #{g.schedule}, "
            + "facilitator_id = #{g.facilitatorId}, updated_at = #{g.updatedAt}, updated_by = #{g.updatedBy} "
            + "WHERE id = #{g.id} AND version = #{expected}")
    int updateGroup(@Param("g") PeerGroup g, @Param("expected") long expectedVersion);

    // ---- memberships --------------------------------------------------------------------------------

    String MEMBER_COLUMNS = "id, group_id, participant_id, enrollment_id, joined_on, left_on, left_reason, created_at, created_by";

    @Select("SELECT " + MEMBER_COLUMNS + " FROM peer_member WHERE group_id = #{id} ORDER BY joined_on, id")
    List<MemberRow> members(@Param("id") String groupId);

    @Select("SELECT " + MEMBER_COLUMNS + " FROM peer_member WHERE id = #{id}")
    MemberRow member(@Param("id") String membershipId);

    @Select("SELECT " + MEMBER_COLUMNS + " FROM peer_member WHERE group_id = #{group} AND participant_id = #{participant} "
            + "ORDER BY joined_on, id")
    List<MemberRow> membershipsOf(@Param("group") String groupId, @Param("participant") String participantId);

    /** Distinct members of the group on the day. */
    @Select("SELECT COUNT(DISTINCT m.participant_id) FROM peer_member m WHERE m.group_id = #{group} AND" + MEMBER_ON)
    int memberCountOn(@Param("group") String groupId, @Param("today") LocalDate day);

    @Insert("INSERT INTO peer_member (" + MEMBER_COLUMNS + ") VALUES (#{id}, #{groupId}, #{participantId}, #{enrollmentId}, "
            + "#{joinedOn}, #{leftOn}, #{leftReason}, #{createdAt}, #{createdBy})")
    void insertMember(MemberRow row);

    @Update("UPDATE peer_member SET left_on = #{leftOn}, left_reason = #{reason}, left_at = #{at}, left_by = #{by} "
            + "WHERE id = #{id} AND left_on IS NULL")
    int leave(@Param("id") String membershipId, @Param("leftOn") LocalDate leftOn, @Param("reason") String reason,
            @Param("at") Instant at, @Param("by") String by);

    /** The membership's last attendance recorded, if any. */
    @Select("SELECT MAX(held_on) FROM peer_attendance WHERE member_id = #{id}")
    LocalDate lastAttendanceOf(@Param("id") String membershipId);

    // ---- comfort agreements -------------------------------------------------------------------------

    String AGREEMENT_SELECT = "SELECT group_id, version, agreement_text AS text, agreed_on, created_at, created_by, "
            + "(SELECT COUNT(*) FROM peer_assent s WHERE s.group_id = a.group_id AND s.version = a.version) AS assent_count "
            + "FROM peer_agreement a ";

    @Select(AGREEMENT_SELECT + "WHERE a.group_id = #{id} ORDER BY a.version")
    List<ComfortAgreement> agreements(@Param("id") String groupId);

    /** The agreement in force on the day: the latest version written by then. */
    @Select(AGREEMENT_SELECT + "WHERE a.group_id = #{id} AND a.version = (SELECT MAX(b.version) FROM peer_agreement b "
            + "WHERE b.group_id = #{id} AND b.agreed_on <= #{day})")
    ComfortAgreement agreementOn(@Param("id") String groupId, @Param("day") LocalDate day);

    @Select(AGREEMENT_SELECT + "WHERE a.group_id = #{id} AND a.version = (SELECT MAX(b.version) FROM peer_agreement b "
            + "WHERE b.group_id = #{id})")
    ComfortAgreement latestAgreement(@Param("id") String groupId);

    @Insert("INSERT INTO peer_agreement (group_id, version, agreement_text, agreed_on, created_at, created_by) VALUES "
            + "(#{groupId}, #{version}, #{text}, #{agreedOn}, #{createdAt}, #{createdBy})")
    void insertAgreement(ComfortAgreement a);

    String ASSENT_COLUMNS = "group_id, version, participant_id, member_id, agreed_on, at_join, created_at, created_by";

    @Select("SELECT " + ASSENT_COLUMNS + " FROM peer_assent WHERE group_id = #{id} ORDER BY version, agreed_on, participant_id")
    List<AssentRow> assents(@Param("id") String groupId);

    @Select("SELECT " + ASSENT_COLUMNS + " FROM peer_assent WHERE group_id = #{id} AND version = #{version} "
            + "AND participant_id = #{participant}")
    AssentRow assent(@Param("id") String groupId, @Param("version") int version, @Param("participant") String participantId);

    @Insert("INSERT INTO peer_assent (" + ASSENT_COLUMNS + ") VALUES (#{groupId}, #{version}, #{participantId}, #{memberId}, "
            + "#{agreedOn}, #{atJoin}, #{createdAt}, #{createdBy})")
    void insertAssent(AssentRow row);

    // ---- meetings -----------------------------------------------------------------------------------

    String MEETING_SELECT = "SELECT id, group_id, held_on, staff_id, catalog_session_id, catalog_version, minutes, "
            + "agreement_version AS comfort_agreement_version, created_at, created_by FROM peer_meeting ";

    @Select(MEETING_SELECT + "WHERE id = #{id}")
    GroupMeeting meeting(@Param("id") String id);

    @Select(MEETING_SELECT + "WHERE group_id = #{id} ORDER BY held_on DESC, id OFFSET #{offset} ROWS FETCH NEXT #{limit} "
            + "ROWS ONLY")
    List<GroupMeeting> meetings(@Param("id") String groupId, @Param("offset") long offset, @Param("limit") int limit);

    @Select(Page.COUNT_OPEN + "FROM peer_meeting WHERE group_id = #{id}" + Page.COUNT_CLOSE)
    long countMeetings(@Param("id") String groupId);

    @Select("SELECT MIN(held_on) FROM peer_meeting WHERE group_id = #{id}")
    LocalDate firstMeetingOn(@Param("id") String groupId);

    @Insert("INSERT INTO peer_meeting (id, group_id, held_on, staff_id, catalog_session_id, catalog_version, minutes, "
            + "agreement_version, created_at, created_by) VALUES (#{id}, #{groupId}, #{heldOn}, #{staffId}, "
            + "#{catalogSessionId}, #{catalogVersion}, #{minutes}, #{comfortAgreementVersion}, #{createdAt}, #{createdBy})")
    void insertMeeting(GroupMeeting m);

    String ATTENDANCE_COLUMNS = "meeting_id, participant_id, member_id, enrollment_id, group_id, held_on, catalog_session_id, "
            + "attendance";

    @Select("<script>SELECT " + ATTENDANCE_COLUMNS + " FROM peer_attendance WHERE meeting_id IN "
            + "<foreach item='m' collection='ids' open='(' separator=',' close=')'>#{m}</foreach> "
            + "ORDER BY meeting_id, participant_id</script>")
    List<AttendanceRow> attendanceOf(@Param("ids") Collection<String> meetingIds);

    @Insert("INSERT INTO peer_attendance (" + ATTENDANCE_COLUMNS + ") VALUES (#{meetingId}, #{participantId}, #{memberId}, "
            + "#{enrollmentId}, #{groupId}, #{heldOn}, #{catalogSessionId}, #{attendance})")
    void insertAttendance(AttendanceRow row);

    // ---- individual sessions ------------------------------------------------------------------------

    String SESSION_COLUMNS = "id, participant_id, enrollment_id, staff_id, held_on, catalog_session_id, catalog_version, "
            + "attendance, minutes, setting, notes, created_at, created_by";

    @Select("SELECT " + SESSION_COLUMNS + " FROM peer_session WHERE id = #{id}")
    PeerSession session(@Param("id") String id);

    @Insert("INSERT INTO peer_session (" + SESSION_COLUMNS + ") VALUES (#{id}, #{participantId}, #{enrollmentId}, "
            + "#{staffId}, #{heldOn}, #{catalogSessionId}, #{catalogVersion}, #{attendance}, #{minutes}, #{setting}, "
            + "#{notes}, #{createdAt}, #{createdBy})")
    void insertSession(PeerSession s);

    // ---- a participant's history and progress -------------------------------------------------------

    /**
     * The participant's individual sessions and, unless {@code groups} is 'none', their group meetings: all of
     * them ('all') or those of groups the staff member facilitates ('facilitated').
     */
    String HISTORY = "SELECT CAST('INDIVIDUAL' AS VARCHAR(10)) AS kind, s.id, s.held_on, s.catalog_session_id, "
            + "s.catalog_version, s.attendance, s.staff_id, s.minutes, s.setting, CAST(NULL AS VARCHAR(36)) AS group_id "
            + "FROM peer_session s WHERE s.participant_id = #{id}"
            + "<if test=\"groups != 'none'\"> UNION ALL SELECT CAST('GROUP' AS VARCHAR(10)), a.meeting_id, a.held_on, "
            + "a.catalog_session_id, x.catalog_version, a.attendance, x.staff_id, x.minutes, CAST(NULL AS VARCHAR(16)), "
            + "a.group_id FROM peer_attendance a JOIN peer_meeting x ON x.id = a.meeting_id WHERE a.participant_id = #{id}"
            + "<if test=\"groups == 'facilitated'\"> AND EXISTS (SELECT 1 FROM peer_group g WHERE g.id = a.group_id "
            + "AND g.facilitator_id = #{staff})</if></if>";

    /** Derby names a union's columns by position: the derived table names them. */
    String HISTORY_COLUMNS = "(kind, id, held_on, catalog_session_id, catalog_version, attendance, staff_id, minutes, setting, "
            + "group_id)";

    @Select("<script>SELECT kind, id, held_on, catalog_session_id, catalog_version, attendance, staff_id, minutes, setting, "
            + "group_id FROM (" + HISTORY + ") h " + HISTORY_COLUMNS + " ORDER BY held_on DESC, id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS "
            + "ONLY</script>")
    List<PeerSessionEntry> history(@Param("id") String participantId, @Param("groups") String groups,
            @Param("staff") String staffId, @Param("offset") long offset, @Param("limit") int limit);

    @Select("<script>SELECT COUNT(*) FROM (" + HISTORY + ") h " + HISTORY_COLUMNS + "</script>")
    long countHistory(@Param("id") String participantId, @Param("groups") String groups, @Param("staff") String staffId);

    String FACT_COLUMNS = "(enrollment_id, catalog_session_id, kind, occasions, last_on)";

    /** Per enrollment and catalog session: the occasions attended (ATTENDED or PARTLY) individually and in groups. */
    @Select("<script>SELECT enrollment_id, catalog_session_id, kind, occasions, last_on FROM ("
            + "SELECT enrollment_id, catalog_session_id, CAST('I' AS VARCHAR(1)) AS kind, COUNT(*) AS occasions, "
            + "MAX(held_on) AS last_on FROM peer_session --DERBY-PROPERTIES index=peer_session_enrollment\n WHERE enrollment_id IN "
            + "<foreach item='e' collection='ids' open='(' separator=',' close=')'>#{e}</foreach>"
            + " AND attendance IN ('ATTENDED', 'PARTLY')<if test='until != null'> AND held_on &lt;= #{until}</if>"
            + "<if test='from != null'> AND held_on &gt;= #{from}</if>"
            + " GROUP BY enrollment_id, catalog_session_id UNION ALL "
            + "SELECT enrollment_id, catalog_session_id, CAST('G' AS VARCHAR(1)), COUNT(*), MAX(held_on) FROM peer_attendance "
            + "--DERBY-PROPERTIES index=peer_attendance_enrollment\n WHERE enrollment_id IN <foreach item='e' collection='ids' open='(' separator=',' close=')'>#{e}</foreach>"
            + " AND attendance IN ('ATTENDED', 'PARTLY')<if test='until != null'> AND held_on &lt;= #{until}</if>"
            + "<if test='from != null'> AND held_on &gt;= #{from}</if>"
            + " GROUP BY enrollment_id, catalog_session_id) f " + FACT_COLUMNS + "</script>")
    List<SessionFact> facts(@Param("ids") Collection<String> enrollmentIds, @Param("from") LocalDate from,
            @Param("until") LocalDate until);

    /** The participant's attended occasions (any enrollment) between two days, for a court report. */
    @Select("<script>SELECT enrollment_id, catalog_session_id, kind, occasions, last_on FROM ("
            + "SELECT CAST(NULL AS VARCHAR(36)) AS enrollment_id, catalog_session_id, CAST('I' AS VARCHAR(1)) AS kind, "
            + "COUNT(*) AS occasions, MAX(held_on) AS last_on FROM peer_session WHERE participant_id = #{id} "
            + "AND attendance IN ('ATTENDED', 'PARTLY')<if test='from != null'> AND held_on &gt;= #{from}</if> "
            + "AND held_on &lt;= #{until} GROUP BY catalog_session_id UNION ALL "
            + "SELECT CAST(NULL AS VARCHAR(36)), catalog_session_id, CAST('G' AS VARCHAR(1)), COUNT(*), MAX(held_on) "
            + "FROM peer_attendance WHERE participant_id = #{id} AND attendance IN ('ATTENDED', 'PARTLY')"
            + "<if test='from != null'> AND held_on &gt;= #{from}</if> AND held_on &lt;= #{until} "
            + "GROUP BY catalog_session_id) f " + FACT_COLUMNS + "</script>")
    List<SessionFact> participantFacts(@Param("id") String participantId, @Param("from") LocalDate from,
            @Param("until") LocalDate until);
}
