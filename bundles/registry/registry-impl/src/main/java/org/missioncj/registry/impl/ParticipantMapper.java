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
import org.missioncj.core.api.Page;
import org.missioncj.registry.api.dto.Identifier;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.SharedIdentifier;

public interface ParticipantMapper {
    String COLUMNS = "id, version, given_name, middle_name, family_name, preferred_name, date_of_birth, sex, "
            + "gender_identity, pronouns, preferred_language, phone, email, address_line1, address_line2, city, state, "
            + "postal_code, created_at, created_by, updated_at, updated_by";

    /** {@link #COLUMNS} of the participant aliased {@code p}. */
    String P_COLUMNS = "p.id, p.version, p.given_name, p.middle_name, p.family_name, p.preferred_name, p.date_of_birth, "
            + "p.sex, p.gender_identity, p.pronouns, p.preferred_language, p.phone, p.email, p.address_line1, "
            + "p.address_line2, p.city, p.state, p.postal_code, p.created_at, p.created_by, p.updated_at, p.updated_by";

    /** Participants of the caller's caseload (parameter {@code scope}): their teams' or site's, intake, open grants. */
    String IN_SCOPE = "<if test='!scope.all'> AND (id IN (" + AccessMapper.TEAM_OR_SITE_IDS + ")"
            + "<if test='scope.intake'> OR NOT EXISTS (SELECT 1 FROM reg_enrollment x WHERE x.participant_id = reg_participant.id)</if>"
            + "<if test='scope.grantee != null'> OR id IN (" + AccessMapper.GRANTED_IDS + ")</if>) </if>";

    /** The tokens (alias {@code t}) that the driving search word ({@link NameTokens.Prefix}) starts. */
    String FIRST_PREFIX = "t.token &gt;= #{q.firstWord.lo}<if test='q.firstWord.hi != null'> AND t.token &lt; #{q.firstWord.hi}</if>"
            + "<if test='q.firstWord.hi == null'> AND t.token LIKE #{q.firstWord.like} ESCAPE '\\'</if>";

    /** The tokens (alias {@code t}) that search word {@code w} starts. */
    String PREFIX = "t.token &gt;= #{w.lo}<if test='w.hi != null'> AND t.token &lt; #{w.hi}</if>"
            + "<if test='w.hi == null'> AND t.token LIKE #{w.like} ESCAPE '\\'</if>";

    /*
     * The search ({@link ParticipantQuery}): the driving rows first, as a derived table that the optimizer may not
     * fold into the outer query (DISTINCT) and joined in the order written (Derby's optimizer would otherwise
     * walk the list-order index to spare a sort and check every participant against the filter); PostgreSQL reads
     * the Derby hints as comments. Then the other filters and the caller's caseload, on those rows only.
     */
    String SEARCH_FROM = "<choose>"
            + "<when test=\"q.driverName == 'NAME'\">FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
            + " (SELECT DISTINCT t.participant_id AS pid FROM reg_name_token t WHERE " + FIRST_PREFIX + ") d"
            + " JOIN reg_participant p --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON p.id = d.pid </when>"
            + "<when test=\"q.driverName == 'IDENTIFIER'\">FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
            + " (SELECT DISTINCT i.participant_id AS pid FROM reg_identifier i WHERE i.id_value = #{q.idValue}"
            + "<if test='q.idSystem != null'> AND i.system = #{q.idSystem}</if>) d"
            + " JOIN reg_participant p --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON p.id = d.pid </when>"
            + "<when test=\"q.driverName == 'BIRTH'\">FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
            + " (SELECT DISTINCT b.id AS pid FROM reg_participant b WHERE b.date_of_birth = #{q.dob}) d"
            + " JOIN reg_participant p --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON p.id = d.pid </when>"
            + "<when test=\"q.driverName == 'SCOPE'\">FROM --DERBY-PROPERTIES joinOrder=FIXED\n ("
            + "<if test='q.scope.teamStaffId != null'>SELECT e.participant_id AS pid FROM reg_team t JOIN reg_enrollment e "
            + "ON e.team_id = t.id WHERE t.case_manager_id = #{q.scope.teamStaffId} UNION "
            + "SELECT e.participant_id AS pid FROM reg_team t JOIN reg_enrollment e ON e.team_id = t.id "
            + "WHERE t.peer_specialist_id = #{q.scope.teamStaffId} UNION </if>"
            + "SELECT n.id AS pid FROM reg_participant n --DERBY-PROPERTIES index=reg_participant_intake\n WHERE n.enrollment_lock = 0"
            + "<if test='q.scope.grantee != null'> UNION SELECT g.participant_id AS pid FROM reg_break_glass g "
            + "WHERE g.username = #{q.scope.grantee} AND g.expires_at &gt; #{q.scope.now}</if>) d"
            + " JOIN reg_participant p --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON p.id = d.pid </when>"
            + "<otherwise>FROM reg_participant p --DERBY-PROPERTIES index=reg_participant_order\n </otherwise>"
            + "</choose>";

    /** The caseload check of one participant row {@code p}: the same rule as {@link #IN_SCOPE}. */
    String SEARCH_SCOPE = "<if test='!q.scope.all'> AND (EXISTS (SELECT 1 FROM reg_enrollment e JOIN reg_team t "
            + "ON t.id = e.team_id WHERE e.participant_id = p.id AND " + AccessMapper.LATEST + " AND (1 = 0"
            + "<if test='q.scope.teamStaffId != null'> OR t.case_manager_id = #{q.scope.teamStaffId} "
            + "OR t.peer_specialist_id = #{q.scope.teamStaffId}</if>"
            + "<if test='q.scope.site != null'> OR t.site = #{q.scope.site}</if>))"
            + "<if test='q.scope.intake'> OR NOT EXISTS (SELECT 1 FROM reg_enrollment x WHERE x.participant_id = p.id)</if>"
            + "<if test='q.scope.grantee != null'> OR EXISTS (SELECT 1 FROM reg_break_glass g WHERE g.participant_id = p.id "
            + "AND g.username = #{q.scope.grantee} AND g.expires_at &gt; #{q.scope.now})</if>) </if>";

    String SEARCH_WHERE = " WHERE 1 = 1"
            + "<foreach item='w' collection='q.otherWords'> AND EXISTS (SELECT 1 FROM reg_name_token t "
            + "WHERE t.participant_id = p.id AND " + PREFIX + ")</foreach>"
            + "<if test='q.dob != null'> AND p.date_of_birth = #{q.dob}</if>"
            + "<if test=\"q.idValue != null and q.driverName != 'IDENTIFIER'\"> AND EXISTS (SELECT 1 FROM reg_identifier i "
            + "WHERE i.participant_id = p.id AND i.id_value = #{q.idValue}"
            + "<if test='q.idSystem != null'> AND i.system = #{q.idSystem}</if>)</if>"
            + "<if test='q.idValue == null and q.idSystem != null'> AND EXISTS (SELECT 1 FROM reg_identifier i "
            + "WHERE i.participant_id = p.id AND i.system = #{q.idSystem})</if>"
            + SEARCH_SCOPE;

    /** Keyset paging: the rows after the list position (family, given, id) of the previous page's last row. */
    String SEARCH_AFTER = "<if test='q.afterId != null'> AND p.family_name_lc &gt;= #{q.afterFamily} "
            + "AND (p.family_name_lc &gt; #{q.afterFamily} OR (p.family_name_lc = #{q.afterFamily} "
            + "AND (p.given_name_lc &gt; #{q.afterGiven} OR (p.given_name_lc = #{q.afterGiven} AND p.id &gt; #{q.afterId}))))</if>";

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

    @Select("<script>SELECT " + P_COLUMNS + " " + SEARCH_FROM + SEARCH_WHERE + SEARCH_AFTER
            + " ORDER BY p.family_name_lc, p.given_name_lc, p.id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<Participant> search(@Param("q") ParticipantQuery q, @Param("offset") long offset, @Param("limit") int limit);

    /** The search's total, capped ({@link org.missioncj.core.api.Page#COUNT_OPEN}). */
    @Select("<script>" + Page.COUNT_OPEN + SEARCH_FROM + SEARCH_WHERE + Page.COUNT_CLOSE + "</script>")
    long count(@Param("q") ParticipantQuery q);

    /**
     * The place in the list order of a participant of this search (its filters and the caller's caseload), for
     * paging after them; null for anyone else, so that {@code after} tells nothing of a participant the caller may not
     * see, not even where their name falls.
     */
    @Select("<script>SELECT p.id, p.family_name_lc AS family_name, p.given_name_lc AS given_name " + SEARCH_FROM
            + SEARCH_WHERE + " AND p.id = #{id}</script>")
    Participant sortKey(@Param("q") ParticipantQuery q, @Param("id") String id);

    @Insert("INSERT INTO reg_name_token (token, participant_id) VALUES (#{token}, #{id})")
    void insertToken(@Param("id") String participantId, @Param("token") String token);

    @Delete("DELETE FROM reg_name_token WHERE participant_id = #{id}")
    void deleteTokens(@Param("id") String participantId);

    /** Participants stored before the token table, or whose tokens were lost: at most {@code limit}. */
    @Select("SELECT " + COLUMNS + " FROM reg_participant p WHERE NOT EXISTS (SELECT 1 FROM reg_name_token t "
            + "WHERE t.participant_id = p.id) ORDER BY id FETCH FIRST #{limit} ROWS ONLY")
    List<Participant> withoutTokens(@Param("limit") int limit);

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
