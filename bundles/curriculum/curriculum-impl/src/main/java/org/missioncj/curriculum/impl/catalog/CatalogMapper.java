package org.missioncj.curriculum.impl.catalog;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.curriculum.api.dto.Curriculum;

/**
 * The catalog's statements. Its tables keep flags as SMALLINT 0/1 (both databases), so the statements
 * return rows and {@link CatalogRows} is the one place they become DTOs.
 */
public interface CatalogMapper {
    /** An edition with the count of its sessions that are not retired. */
    class EditionRow {
        public Curriculum curriculum;
        public String code;
        public String title;
        public int inUse;
        public int sessions;
        public Instant createdAt;
        public String createdBy;
    }

    /** A session, as it stands or in one version of its wording. */
    class SessionRow {
        public String id;
        public Curriculum curriculum;
        public String edition;
        public int number;
        public String title;
        public String summary;
        public int localFlag;
        public int retired;
        public String retiredReason;
        public int version;
        public Instant updatedAt;
        public String updatedBy;
    }

    String EDITION_COLUMNS = "e.curriculum, e.code, e.title, e.in_use, e.created_at, e.created_by, "
            + "(SELECT COUNT(*) FROM cur_session s WHERE s.curriculum = e.curriculum AND s.edition = e.code "
            + "AND s.retired = 0) AS sessions";
    String SESSION_COLUMNS = "s.id, s.curriculum, s.edition, s.number, s.title, s.summary, s.local_flag, s.retired, "
            + "s.retired_reason, s.version, s.updated_at, s.updated_by";
    /** A version's wording with the session's fixed facts. */
    String VERSION_COLUMNS = "v.session_id AS id, s.curriculum, s.edition, v.number, v.title, v.summary, s.local_flag, "
            + "v.retired, v.retired_reason, v.version, v.changed_at AS updated_at, v.changed_by AS updated_by";

    // ---- editions -----------------------------------------------------------------------------------

    @Select("SELECT " + EDITION_COLUMNS + " FROM cur_edition e WHERE e.curriculum = #{c} ORDER BY e.code")
    List<EditionRow> editions(@Param("c") Curriculum curriculum);

    @Select("SELECT " + EDITION_COLUMNS + " FROM cur_edition e WHERE e.curriculum = #{c} AND e.code = #{code}")
    EditionRow edition(@Param("c") Curriculum curriculum, @Param("code") String code);

    @Select("SELECT e.code FROM cur_edition e WHERE e.curriculum = #{c} AND e.in_use = 1")
    String editionInUse(@Param("c") Curriculum curriculum);

    @Insert("INSERT INTO cur_edition (curriculum, code, title, in_use, created_at, created_by) VALUES (#{curriculum}, "
            + "#{code}, #{title}, 0, #{createdAt}, #{createdBy})")
    void insertEdition(EditionRow row);

    /**
     * Holds the edition's row lock until the transaction ends (an update that changes nothing still takes
     * it, in both databases), so that changes to one edition's numbering run one after the other.
     */
    @Update("UPDATE cur_edition SET in_use = in_use WHERE curriculum = #{c} AND code = #{code}")
    int lockEdition(@Param("c") Curriculum curriculum, @Param("code") String code);

    /** Puts one edition in use and every other edition of the curriculum out of use, in one statement. */
    @Update("UPDATE cur_edition SET in_use = CASE WHEN code = #{code} THEN 1 ELSE 0 END WHERE curriculum = #{c}")
    int useEdition(@Param("c") Curriculum curriculum, @Param("code") String code);

    // ---- sessions -----------------------------------------------------------------------------------

    @Select("SELECT " + SESSION_COLUMNS + " FROM cur_session s WHERE s.id = #{id}")
    SessionRow session(@Param("id") String id);

    /** What progress counts: the sessions of the edition in use that are not retired, in manual order. */
    @Select("SELECT " + SESSION_COLUMNS + " FROM cur_edition e JOIN cur_session s ON s.curriculum = e.curriculum "
            + "AND s.edition = e.code AND s.retired = 0 WHERE e.curriculum = #{c} AND e.in_use = 1 ORDER BY s.number")
    List<SessionRow> current(@Param("c") Curriculum curriculum);

    @Select("<script>SELECT " + SESSION_COLUMNS + " FROM cur_session s WHERE s.curriculum = #{c} AND s.edition = #{edition}"
            + "<if test='!includeRetired'> AND s.retired = 0</if>"
            + " ORDER BY s.number, s.retired, s.id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<SessionRow> sessions(@Param("c") Curriculum curriculum, @Param("edition") String edition,
            @Param("includeRetired") boolean includeRetired, @Param("offset") long offset, @Param("limit") int limit);

    @Select("<script>SELECT COUNT(*) FROM cur_session s WHERE s.curriculum = #{c} AND s.edition = #{edition}"
            + "<if test='!includeRetired'> AND s.retired = 0</if></script>")
    long countSessions(@Param("c") Curriculum curriculum, @Param("edition") String edition,
            @Param("includeRetired") boolean includeRetired);

    /** The edition's sessions that are not retired, in manual order (to copy them into a new edition). */
    @Select("SELECT " + SESSION_COLUMNS + " FROM cur_session s WHERE s.curriculum = #{c} AND s.edition = #{edition} "
            + "AND s.retired = 0 ORDER BY s.number")
    List<SessionRow> currentOf(@Param("c") Curriculum curriculum, @Param("edition") String edition);

    /** The session that is not retired and has the number in the edition, if any. */
    @Select("SELECT s.id FROM cur_session s WHERE s.curriculum = #{c} AND s.edition = #{edition} AND s.retired = 0 "
            + "AND s.number = #{number}")
    List<String> holdersOf(@Param("c") Curriculum curriculum, @Param("edition") String edition,
            @Param("number") int number);

    @Select("SELECT MAX(s.number) FROM cur_session s WHERE s.curriculum = #{c} AND s.edition = #{edition} "
            + "AND s.retired = 0")
    Integer lastNumber(@Param("c") Curriculum curriculum, @Param("edition") String edition);

    @Insert("INSERT INTO cur_session (id, curriculum, edition, number, title, summary, local_flag, retired, retired_reason, "
            + "version, updated_at, updated_by) VALUES (#{id}, #{curriculum}, #{edition}, #{number}, #{title}, #{summary}, "
            + "#{localFlag}, #{retired}, #{retiredReason}, #{version}, #{updatedAt}, #{updatedBy})")
    void insertSession(SessionRow row);

    /** The new wording as the next version, if the stored one is still {@code expected}. */
    @Update("UPDATE cur_session SET number = #{s.number}, title = #{s.title}, summary = #{s.summary}, "
            + "retired = #{s.retired}, retired_reason = #{s.retiredReason}, version = version + 1, "
            + "updated_at = #{s.updatedAt}, updated_by = #{s.updatedBy} WHERE id = #{s.id} AND version = #{expected}")
    int updateSession(@Param("s") SessionRow row, @Param("expected") long expected);

    // ---- versions -----------------------------------------------------------------------------------

    /** Records the session's current wording as its version (after an insert or an update). */
    @Insert("INSERT INTO cur_session_version (session_id, version, number, title, summary, retired, retired_reason, "
            + "changed_at, changed_by) SELECT id, version, number, title, summary, retired, retired_reason, updated_at, "
            + "updated_by FROM cur_session WHERE id = #{id}")
    int recordVersion(@Param("id") String id);

    @Select("SELECT " + VERSION_COLUMNS + " FROM cur_session_version v JOIN cur_session s ON s.id = v.session_id "
            + "WHERE v.session_id = #{id} AND v.version = #{version}")
    SessionRow version(@Param("id") String id, @Param("version") int version);

    @Select("SELECT " + VERSION_COLUMNS + " FROM cur_session_version v JOIN cur_session s ON s.id = v.session_id "
            + "WHERE v.session_id = #{id} ORDER BY v.version")
    List<SessionRow> versions(@Param("id") String id);
}
