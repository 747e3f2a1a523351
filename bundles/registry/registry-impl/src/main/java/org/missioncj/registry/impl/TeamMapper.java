package org.missioncj.registry.impl;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.registry.api.dto.Caseload;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.api.dto.TeamSearch;

public interface TeamMapper {
    String COLUMNS = "id, version, name, site, case_manager_id, peer_specialist_id, caseload_limit, active, created_at, updated_at";

    @Insert("INSERT INTO reg_team (" + COLUMNS + ") VALUES (#{id}, #{version}, #{name}, #{site}, #{caseManagerId}, "
            + "#{peerSpecialistId}, #{caseloadLimit}, #{active}, #{createdAt}, #{updatedAt})")
    void insert(Team t);

    @Update("UPDATE reg_team SET version = version + 1, name = #{t.name}, site = #{t.site}, "
            + "case_manager_id = #{t.caseManagerId}, peer_specialist_id = #{t.peerSpecialistId}, "
            + "caseload_limit = #{t.caseloadLimit}, active = #{t.active}, updated_at = #{t.updatedAt} "
            + "WHERE id = #{t.id} AND version = #{expected}")
    int update(@Param("t") Team t, @Param("expected") long expectedVersion);

    @Select("SELECT " + COLUMNS + " FROM reg_team WHERE id = #{id}")
    Team find(@Param("id") String id);

    @Select("SELECT id FROM reg_team WHERE site = #{site} AND name = #{name}")
    String idByName(@Param("site") String site, @Param("name") String name);

    @Select("<script>SELECT " + COLUMNS + " FROM reg_team <where><if test='q.site != null'>site = #{q.site}</if></where>"
            + " ORDER BY site, name OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<Team> list(@Param("q") TeamSearch q, @Param("offset") long offset, @Param("limit") int limit);

    @Select("<script>SELECT COUNT(*) FROM reg_team <where><if test='q.site != null'>site = #{q.site}</if></where></script>")
    long count(@Param("q") TeamSearch q);

    /**
     * Takes the team's row lock (in every database) until the transaction ends, so concurrent
     * enrollments onto one team are counted one after the other.
     */
    @Update("UPDATE reg_team SET enrollment_lock = enrollment_lock + 1 WHERE id = #{id}")
    int lockForEnrollment(@Param("id") String id);

    @Select("SELECT COUNT(*) FROM reg_enrollment WHERE team_id = #{id} AND status IN ('ENROLLED', 'ACTIVE')")
    int caseloadCount(@Param("id") String teamId);

    @Select("SELECT p.id AS participant_id, p.given_name, p.family_name, e.id AS enrollment_id, e.status, "
            + "e.program_months, e.start_date, e.expected_end_date FROM reg_enrollment e "
            + "JOIN reg_participant p ON p.id = e.participant_id "
            + "WHERE e.team_id = #{id} AND e.status IN ('ENROLLED', 'ACTIVE') ORDER BY p.family_name_lc, p.given_name_lc")
    List<Caseload.Entry> caseload(@Param("id") String teamId);
}
