package org.missioncj.registry.impl;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.missioncj.core.api.Page;
import org.missioncj.registry.api.dto.BreakGlassAccess;

/**
 * The SQL of caseload access. A participant belongs to the team of their open enrollment (there is
 * at most one), or when none is open, of their latest one (by start date, then id: the same order in
 * the single lookup, in the list filters and in every module's copy, {@code EnrollmentStatements.placing}).
 */
public interface AccessMapper {
    String OPEN = "('REFERRED', 'ENROLLED', 'ACTIVE')";

    /** Enrollment {@code e} places its participant: it is open, or none is open and it is the latest. */
    String LATEST = "(e.status IN " + OPEN + " OR NOT EXISTS (SELECT 1 FROM reg_enrollment o "
            + "WHERE o.participant_id = e.participant_id AND (o.status IN " + OPEN + " OR o.start_date > e.start_date "
            + "OR (o.start_date = e.start_date AND o.id > e.id))))";

    /** Ids of the participants whose latest enrollment is with a team of the scope (parameter {@code scope}). */
    String TEAM_OR_SITE_IDS = "SELECT e.participant_id FROM reg_enrollment e JOIN reg_team t ON t.id = e.team_id "
            + "WHERE " + LATEST + " AND (1 = 0"
            + "<if test='scope.teamStaffId != null'> OR t.case_manager_id = #{scope.teamStaffId} "
            + "OR t.peer_specialist_id = #{scope.teamStaffId}</if>"
            + "<if test='scope.site != null'> OR t.site = #{scope.site}</if>)";

    String GRANTED_IDS = "SELECT g.participant_id FROM reg_break_glass g WHERE g.username = #{scope.grantee} "
            + "AND g.expires_at > #{scope.now}";

    /**
     * A filter on a participant id column named {@code participant_id} (enrollments) to the scope; the
     * participant search has its own, with the intake pool.
     */
    String IN_SCOPE = "<if test='!scope.all'> AND (participant_id IN (" + TEAM_OR_SITE_IDS + ")"
            + "<if test='scope.grantee != null'> OR participant_id IN (" + GRANTED_IDS + ")</if>)</if>";

    /** Where a participant is placed: the team of the enrollment that places them (see {@link #LATEST}). */
    class Placement {
        public String teamId;
        public String site;
        public String caseManagerId;
        public String peerSpecialistId;
    }

    @Select("SELECT COUNT(*) FROM reg_participant WHERE id = #{id}")
    int participantExists(@Param("id") String participantId);

    @Select("SELECT t.id AS team_id, t.site, t.case_manager_id, t.peer_specialist_id FROM reg_enrollment e "
            + "JOIN reg_team t ON t.id = e.team_id WHERE e.participant_id = #{id} AND " + LATEST)
    List<Placement> placements(@Param("id") String participantId);

    /** Of the given participants, those on the scope's teams or site (not counting grants or intake). */
    @Select("<script>SELECT e.participant_id FROM reg_enrollment e JOIN reg_team t ON t.id = e.team_id WHERE "
            + LATEST + " AND e.participant_id IN <foreach item='id' collection='ids' open='(' separator=',' close=')'>"
            + "#{id}</foreach> AND (1 = 0"
            + "<if test='scope.teamStaffId != null'> OR t.case_manager_id = #{scope.teamStaffId} "
            + "OR t.peer_specialist_id = #{scope.teamStaffId}</if>"
            + "<if test='scope.site != null'> OR t.site = #{scope.site}</if>)</script>")
    List<String> onTeamOrSite(@Param("scope") CaseloadScope scope, @Param("ids") List<String> participantIds);

    /** The reasons of the actor's open grants for the participant, the latest first. */
    @Select("SELECT reason FROM reg_break_glass WHERE username = #{username} AND participant_id = #{id} "
            + "AND expires_at > #{now} ORDER BY opened_at DESC, id")
    List<String> openGrantReasons(@Param("username") String username, @Param("id") String participantId,
            @Param("now") Instant now);

    /** The actor's open grants (any participant). */
    @Select("SELECT id, username, participant_id, reason, opened_at, expires_at FROM reg_break_glass "
            + "WHERE username = #{username} AND expires_at > #{now} ORDER BY opened_at DESC, id")
    List<BreakGlassAccess> openGrants(@Param("username") String username, @Param("now") Instant now);

    @Insert("INSERT INTO reg_break_glass (id, username, participant_id, reason, opened_at, expires_at) "
            + "VALUES (#{id}, #{username}, #{participantId}, #{reason}, #{openedAt}, #{expiresAt})")
    void insertGrant(BreakGlassAccess grant);

    String GRANT_WHERE = "<where><if test='username != null'> AND username = #{username}</if>"
            + "<if test='participantId != null'> AND participant_id = #{participantId}</if>"
            + "<if test='from != null'> AND opened_at &gt;= #{from}</if>"
            + "<if test='to != null'> AND opened_at &lt; #{to}</if></where>";

    @Select("<script>SELECT id, username, participant_id, reason, opened_at, expires_at FROM reg_break_glass "
            + GRANT_WHERE + " ORDER BY opened_at DESC, id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<BreakGlassAccess> grants(@Param("username") String username, @Param("participantId") String participantId,
            @Param("from") Instant from, @Param("to") Instant to, @Param("offset") long offset,
            @Param("limit") int limit);

    @Select("<script>" + Page.COUNT_OPEN + "FROM reg_break_glass " + GRANT_WHERE + Page.COUNT_CLOSE + "</script>")
    long countGrants(@Param("username") String username, @Param("participantId") String participantId,
            @Param("from") Instant from, @Param("to") Instant to);
}
