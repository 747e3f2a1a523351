package org.missioncj.registry.impl;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffSearch;

public interface StaffMapper {
    String COLUMNS = "id, version, username, given_name, family_name, role, site, email, phone, active, created_at, updated_at";
    String WHERE = "<where><if test='q.site != null'> AND site = #{q.site}</if><if test='q.role != null'> AND role = #{q.role}</if>"
            + "<if test='q.active != null'> AND active = #{q.active}</if></where>";

    @Insert("INSERT INTO reg_staff (" + COLUMNS + ") VALUES (#{id}, #{version}, #{username}, #{givenName}, "
            + "#{familyName}, #{role}, #{site}, #{email}, #{phone}, #{active}, #{createdAt}, #{updatedAt})")
    void insert(Staff s);

    @Update("UPDATE reg_staff SET version = version + 1, username = #{s.username}, given_name = #{s.givenName}, "
            + "family_name = #{s.familyName}, role = #{s.role}, site = #{s.site}, email = #{s.email}, phone = #{s.phone}, "
            + "active = #{s.active}, updated_at = #{s.updatedAt} WHERE id = #{s.id} AND version = #{expected}")
    int update(@Param("s") Staff s, @Param("expected") long expectedVersion);

    @Select("SELECT " + COLUMNS + " FROM reg_staff WHERE id = #{id}")
    Staff find(@Param("id") String id);

    @Select("SELECT " + COLUMNS + " FROM reg_staff WHERE username = #{username}")
    Staff findByUsername(@Param("username") String username);

    @Select("<script>SELECT " + COLUMNS + " FROM reg_staff " + WHERE
            + " ORDER BY family_name, given_name, id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<Staff> list(@Param("q") StaffSearch q, @Param("offset") long offset, @Param("limit") int limit);

    @Select("<script>SELECT COUNT(*) FROM reg_staff " + WHERE + "</script>")
    long count(@Param("q") StaffSearch q);

    /** Active teams the staff member is on: a staff member on a team cannot be deactivated. */
    @Select("SELECT COUNT(*) FROM reg_team WHERE active = TRUE AND (case_manager_id = #{id} OR peer_specialist_id = #{id})")
    long activeTeams(@Param("id") String id);
}
