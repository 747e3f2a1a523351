package org.missioncj.registry.impl;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Result;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.registry.api.dto.Identifier;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.SharedIdentifier;

public interface ParticipantMapper {
    String COLUMNS = "id, version, given_name, middle_name, family_name, preferred_name, date_of_birth, sex, "
            + "gender_identity, pronouns, preferred_language, phone, email, address_line1, address_line2, city, state, "
            + "postal_code, created_at, created_by, updated_at, updated_by";

    /** Participants of the caller's caseload (parameter {@code scope}): their teams' or site's, intake, open grants. */
    String IN_SCOPE = "<if test='!scope.all'> AND (id IN (" + AccessMapper.TEAM_OR_SITE_IDS + ")"
            + "<if test='scope.intake'> OR NOT EXISTS (SELECT 1 FROM reg_enrollment x WHERE x.participant_id = reg_participant.id)</if>"
            + "<if test='scope.grantee != null'> OR id IN (" + AccessMapper.GRANTED_IDS + ")</if>) </if>";

    /** Each search word must start one of the names; LIKE wildcards in words are escaped by the caller. */
    String SEARCH_WHERE = "<where>"
            + "<foreach item='w' collection='words'>"
            + "AND (given_name_lc LIKE #{w} ESCAPE '\\' OR family_name_lc LIKE #{w} ESCAPE '\\' "
            + "OR middle_name_lc LIKE #{w} ESCAPE '\\' OR preferred_name_lc LIKE #{w} ESCAPE '\\') "
            + "</foreach>"
            + "<if test='dob != null'> AND date_of_birth = #{dob} </if>"
            + "<if test='idValue != null'> AND id IN (SELECT participant_id FROM reg_identifier WHERE id_value = #{idValue}"
            + "<if test='idSystem != null'> AND system = #{idSystem}</if>) </if>"
            + "<if test='idValue == null and idSystem != null'> AND id IN (SELECT participant_id FROM reg_identifier "
            + "WHERE system = #{idSystem}) </if>"
            + IN_SCOPE
            + "</where>";

    @Insert("INSERT INTO reg_participant (id, version, given_name, middle_name, family_name, preferred_name, "
            + "given_name_lc, middle_name_lc, family_name_lc, preferred_name_lc, date_of_birth, sex, gender_identity, "
            + "pronouns, preferred_language, phone, email, address_line1, address_line2, city, state, postal_code, "
            + "created_at, created_by, updated_at, updated_by) VALUES (#{p.id}, #{p.version}, #{p.givenName}, "
            + "#{p.middleName}, #{p.familyName}, #{p.preferredName}, #{lc.givenName}, #{lc.middleName}, "
            + "#{lc.familyName}, #{lc.preferredName}, #{p.dateOfBirth}, #{p.sex}, #{p.genderIdentity}, #{p.pronouns}, "
            + "#{p.preferredLanguage}, #{p.phone}, #{p.email}, #{p.addressLine1}, #{p.addressLine2}, #{p.city}, "
            + "#{p.state}, #{p.postalCode}, #{p.createdAt}, #{p.createdBy}, #{p.updatedAt}, #{p.updatedBy})")
    void insert(@Param("p") Participant p, @Param("lc") Participant lowerCase);

    @Update("UPDATE reg_participant SET version = version + 1, given_name = #{p.givenName}, middle_name = #{p.middleName}, "
            + "family_name = #{p.familyName}, preferred_name = #{p.preferredName}, given_name_lc = #{lc.givenName}, "
            + "middle_name_lc = #{lc.middleName}, family_name_lc = #{lc.familyName}, "
            + "preferred_name_lc = #{lc.preferredName}, date_of_birth = #{p.dateOfBirth}, sex = #{p.sex}, "
            + "gender_identity = #{p.genderIdentity}, pronouns = #{p.pronouns}, "
            + "preferred_language = #{p.preferredLanguage}, phone = #{p.phone}, email = #{p.email}, "
            + "address_line1 = #{p.addressLine1}, address_line2 = #{p.addressLine2}, city = #{p.city}, "
            + "state = #{p.state}, postal_code = #{p.postalCode}, updated_at = #{p.updatedAt}, "
            + "updated_by = #{p.updatedBy} WHERE id = #{p.id} AND version = #{expected}")
    int update(@Param("p") Participant p, @Param("lc") Participant lowerCase, @Param("expected") long expectedVersion);

    @Select("SELECT " + COLUMNS + " FROM reg_participant WHERE id = #{id}")
    Participant find(@Param("id") String id);

    @Select("SELECT version FROM reg_participant WHERE id = #{id}")
    Long version(@Param("id") String id);

    /** Takes the participant's row lock so two enrollments of one person cannot race. */
    @Update("UPDATE reg_participant SET enrollment_lock = enrollment_lock + 1 WHERE id = #{id}")
    int lockForEnrollment(@Param("id") String id);

    @Select("<script>SELECT " + COLUMNS + " FROM reg_participant " + SEARCH_WHERE
            + " ORDER BY family_name_lc, given_name_lc, id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<Participant> search(@Param("words") List<String> words, @Param("dob") LocalDate dob,
            @Param("idSystem") String idSystem, @Param("idValue") String idValue, @Param("scope") CaseloadScope scope,
            @Param("offset") long offset, @Param("limit") int limit);

    @Select("<script>SELECT COUNT(*) FROM reg_participant " + SEARCH_WHERE + "</script>")
    long count(@Param("words") List<String> words, @Param("dob") LocalDate dob,
            @Param("idSystem") String idSystem, @Param("idValue") String idValue, @Param("scope") CaseloadScope scope);

    /** Others with the same name and date of birth, within the caller's caseload only. */
    @Select("<script>SELECT id FROM reg_participant WHERE given_name_lc = #{given} AND family_name_lc = #{family} "
            + "AND date_of_birth = #{dob} AND id &lt;&gt; #{exclude}" + IN_SCOPE + " ORDER BY id</script>")
    List<String> sameNameAndBirth(@Param("given") String given, @Param("family") String family,
            @Param("dob") LocalDate dob, @Param("exclude") String excludeId, @Param("scope") CaseloadScope scope);

    @Select("SELECT system, id_value FROM reg_identifier WHERE participant_id = #{id} ORDER BY system, id_value")
    @Results(id = "identifier", value = {
        @Result(property = "system", column = "system"),
        @Result(property = "value", column = "id_value")})
    List<Identifier> identifiers(@Param("id") String participantId);

    /** The participants that hold the identifier. */
    @Select("SELECT participant_id FROM reg_identifier WHERE system = #{system} AND id_value = #{value} ORDER BY participant_id")
    List<String> identifierHolders(@Param("system") String system, @Param("value") String value);

    /** Identifiers held by more than one participant, for review. */
    @Select("SELECT system, id_value AS value FROM reg_identifier GROUP BY system, id_value HAVING COUNT(*) > 1 "
            + "ORDER BY system, id_value OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<SharedIdentifier> sharedIdentifiers(@Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM (SELECT system, id_value FROM reg_identifier GROUP BY system, id_value "
            + "HAVING COUNT(*) > 1) shared")
    long sharedIdentifierCount();

    @Insert("INSERT INTO reg_identifier (system, id_value, participant_id) VALUES (#{i.system}, #{i.value}, #{id})")
    void insertIdentifier(@Param("id") String participantId, @Param("i") Identifier identifier);

    @Delete("DELETE FROM reg_identifier WHERE participant_id = #{id}")
    void deleteIdentifiers(@Param("id") String participantId);
}
