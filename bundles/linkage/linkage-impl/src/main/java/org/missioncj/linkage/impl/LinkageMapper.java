package org.missioncj.linkage.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.core.api.Page;
import org.missioncj.linkage.api.dto.Referral;
import org.missioncj.linkage.api.dto.ReferralFollowUp;
import org.missioncj.linkage.api.dto.ReferralStep;
import org.missioncj.linkage.api.dto.ServiceSearch;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.missioncj.registry.api.copy.EnrollmentStatements;

/**
 * The linkage module's SQL: the directory's records and the search tables built from them, referrals with their
 * steps, and the copy of enrollments. Rows map onto the API's DTOs; the rows the API never shows (a stored HSDS
 * record, a search word) are the small classes here.
 */
public interface LinkageMapper extends EnrollmentStatements {
    /** A stored HSDS record: its table, id, columns as JSON, and the content's hash. */
    class RecordRow {
        public String tableName;
        public String id;
        public String content;
        public String contentHash;
        public Instant retiredAt;
        public Instant updatedAt;
    }

    /** A row of one of the search tables: the service and the value (a word, a place). */
    class ServiceValue {
        public String serviceId;
        public String value;

        public ServiceValue(String serviceId, String value) {
            this.serviceId = serviceId;
            this.value = value;
        }
    }

    /** A record a service's detail is made of. */
    class LinkRow {
        public final String serviceId;
        public final String tableName;
        public final String recordId;

        public LinkRow(String serviceId, String tableName, String recordId) {
            this.serviceId = serviceId;
            this.tableName = tableName;
            this.recordId = recordId;
        }
    }

    /** A kind of a service: the taxonomy term its attribute links it to. */
    class ServiceKind {
        public String serviceId;
        public String termId;
        public String code;
        public String name;
    }

    /**
     * A service as the search tables keep it (the API's {@code ServiceSummary} has HSDS's snake_case names, which
     * MyBatis' camel-case mapping does not fill).
     */
    class ServiceRow {
        public String id;
        public String organizationId;
        public String organizationName;
        public String name;
        public String nameKey;
        public String status;
        public String description;
        public Instant retiredAt;
    }

    /** A row of a referral's history, with the referral it belongs to (for a report's period). */
    class StepRow extends ReferralStep {
        public String referralId;
    }

    // ---- the enrollment copy --------------------------------------------------------------------------

    String ENROLLMENT_COLUMNS = "enrollment_id, participant_id, team_id, site, start_date, program_months, status, "
            + "updated_at";

    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM lk_enrollment WHERE enrollment_id = #{id}")
    @Override
    EnrollmentFact enrollment(@Param("id") String enrollmentId);

    @Insert("INSERT INTO lk_enrollment (" + ENROLLMENT_COLUMNS + ") VALUES (#{enrollmentId}, #{participantId}, "
            + "#{teamId}, #{site}, #{startDate}, #{programMonths}, #{status}, #{updatedAt})")
    @Override
    void insertEnrollment(EnrollmentFact fact);

    @Update("UPDATE lk_enrollment SET participant_id = #{participantId}, team_id = #{teamId}, site = #{site}, "
            + "start_date = #{startDate}, program_months = #{programMonths}, status = #{status}, updated_at = #{updatedAt} "
            + "WHERE enrollment_id = #{enrollmentId}")
    @Override
    int updateEnrollment(EnrollmentFact fact);

    String PLACING = EnrollmentStatements.PLACING_1 + "lk_enrollment" + EnrollmentStatements.PLACING_2;

    /** The enrollment that places the participant (the caseload rule), or null: the team and site events name. */
    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM lk_enrollment e WHERE e.participant_id = #{id} AND " + PLACING)
    EnrollmentFact placing(@Param("id") String participantId);

    // ---- the directory's records ----------------------------------------------------------------------

    /** Takes the directory's lock for an import: a second import waits for the first to end. */
    @Update("UPDATE lk_directory SET imports = imports + 1, last_import_at = #{at}, last_import_by = #{by} WHERE id = 1")
    int lockDirectory(@Param("at") Instant at, @Param("by") String by);

    /** Every record's key and hash (not its content): what an import compares the file with. */
    @Select("SELECT table_name, id, content_hash, retired_at FROM lk_record")
    List<RecordRow> recordKeys();

    @Insert("INSERT INTO lk_record (table_name, id, content, content_hash, retired_at, updated_at) VALUES (#{tableName}, "
            + "#{id}, #{content}, #{contentHash}, NULL, #{updatedAt})")
    void insertRecord(RecordRow row);

    /** A record the file changed, or brought back after a file had left it out. */
    @Update("UPDATE lk_record SET content = #{content}, content_hash = #{contentHash}, retired_at = NULL, "
            + "updated_at = #{updatedAt} WHERE table_name = #{tableName} AND id = #{id}")
    int updateRecord(RecordRow row);

    @Update("UPDATE lk_record SET retired_at = #{at}, updated_at = #{at} WHERE table_name = #{table} AND id = #{id}")
    int retireRecord(@Param("table") String table, @Param("id") String id, @Param("at") Instant at);

    /** A table's records that are offered, by id: what an export writes. */
    @Select("SELECT table_name, id, content FROM lk_record WHERE table_name = #{table} AND retired_at IS NULL ORDER BY id")
    List<RecordRow> offeredRecords(@Param("table") String table);

    /** A table's retired records (for the search rows of services that left the directory). */
    @Select("SELECT table_name, id, content, retired_at FROM lk_record WHERE table_name = #{table} AND retired_at IS NOT NULL")
    List<RecordRow> retiredRecords(@Param("table") String table);

    @Select("SELECT table_name, id, content, retired_at FROM lk_record WHERE table_name = #{table} AND id = #{id}")
    RecordRow record(@Param("table") String table, @Param("id") String id);

    /** The records a service's detail is made of, its own included. */
    @Select("SELECT r.table_name, r.id, r.content, r.retired_at FROM lk_service_link l JOIN lk_record r "
            + "ON r.table_name = l.table_name AND r.id = l.record_id WHERE l.service_id = #{id} ORDER BY r.table_name, r.id")
    List<RecordRow> serviceRecords(@Param("id") String serviceId);

    // ---- the search tables, rebuilt by an import that changed anything ---------------------------------

    @Delete("DELETE FROM lk_service_word")
    int clearWords();

    @Delete("DELETE FROM lk_service_kind")
    int clearKinds();

    @Delete("DELETE FROM lk_service_place")
    int clearPlaces();

    @Delete("DELETE FROM lk_service_link")
    int clearLinks();

    @Delete("DELETE FROM lk_service")
    int clearServices();

    @Delete("DELETE FROM lk_organization")
    int clearOrganizations();

    // one row per statement: in a JDBC batch Derby runs these faster than multi-row INSERTs (benchmarks/hsds-import:
    // the import's writes at 0.67 of the raw batch with rows of 100, 0.85 with one; PostgreSQL 0.90 with one)
    @Insert("INSERT INTO lk_service (id, organization_id, organization_name, name, name_key, status, description, "
            + "retired_at) VALUES (#{id}, #{organizationId}, #{organizationName}, #{name}, #{nameKey}, #{status}, "
            + "#{description}, #{retiredAt})")
    void insertService(ServiceRow row);

    @Insert("INSERT INTO lk_service_word (word, service_id) VALUES (#{value}, #{serviceId})")
    void insertWord(ServiceValue word);

    @Insert("INSERT INTO lk_service_place (place, service_id) VALUES (#{value}, #{serviceId})")
    void insertPlace(ServiceValue place);

    @Insert("INSERT INTO lk_service_kind (term_id, service_id, code, name) VALUES (#{termId}, #{serviceId}, #{code}, "
            + "#{name})")
    void insertKind(ServiceKind kind);

    @Insert("INSERT INTO lk_service_link (service_id, table_name, record_id) VALUES (#{serviceId}, #{tableName}, "
            + "#{recordId})")
    void insertLink(LinkRow link);

    @Insert("INSERT INTO lk_organization (id, name, name_key, retired_at) VALUES (#{id}, #{name}, #{key}, #{retiredAt})")
    void insertOrganization(@Param("id") String id, @Param("name") String name, @Param("key") String nameKey,
            @Param("retiredAt") Instant retiredAt);

    // ---- search ---------------------------------------------------------------------------------------

    /**
     * The search's conditions on {@code s}: each word a prefix range of a name word, the kind a term's code or id,
     * the area a folded place.
     */
    String SEARCH_WHERE = "<where>"
            + "<if test='!q.includeRetired'> s.retired_at IS NULL</if>"
            + "<if test='q.organizationId != null'> AND s.organization_id = #{q.organizationId}</if>"
            + "<foreach collection='words' item='w'> AND EXISTS (SELECT 1 FROM lk_service_word t WHERE t.service_id = s.id "
            + "AND t.word &gt;= #{w.lo} AND t.word &lt; #{w.hi})</foreach>"
            + "<if test='q.kind != null'> AND EXISTS (SELECT 1 FROM lk_service_kind k WHERE k.service_id = s.id "
            + "AND (k.code = #{q.kind} OR k.term_id = #{q.kind}))</if>"
            + "<if test='area != null'> AND EXISTS (SELECT 1 FROM lk_service_place a WHERE a.service_id = s.id "
            + "AND a.place = #{area})</if>"
            + "</where>";

    /** Counted whole, not capped as the platform's lists are: HSDS paging reaches every page (the import limits bound it). */
    @Select("<script>SELECT COUNT(*) FROM lk_service s " + SEARCH_WHERE + "</script>")
    long countServices(@Param("q") ServiceSearch search, @Param("words") List<Words.Range> words,
            @Param("area") String area);

    @Select("<script>SELECT s.id, s.name, s.organization_id, s.organization_name, s.status, s.description, "
            + "s.retired_at FROM lk_service s " + SEARCH_WHERE
            + " ORDER BY s.name_key, s.id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<ServiceRow> services(@Param("q") ServiceSearch search, @Param("words") List<Words.Range> words,
            @Param("area") String area, @Param("offset") long offset, @Param("limit") int limit);

    @Select("<script>SELECT service_id, term_id, code, name FROM lk_service_kind WHERE service_id IN "
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach> "
            + "ORDER BY service_id, code</script>")
    List<ServiceKind> kindsOf(@Param("ids") Collection<String> serviceIds);

    @Select("SELECT id, organization_id, organization_name, name, name_key, status, description, retired_at "
            + "FROM lk_service WHERE id = #{id}")
    ServiceRow service(@Param("id") String serviceId);

    @Select("<script>SELECT COUNT(*) FROM lk_organization o WHERE o.retired_at IS NULL"
            + "<if test='key != null'> AND o.name_key &gt;= #{key.lo} AND o.name_key &lt; #{key.hi}</if>"
            + "</script>")
    long countOrganizations(@Param("key") Words.Range namePrefix);

    @Select("<script>SELECT o.id FROM lk_organization o WHERE o.retired_at IS NULL"
            + "<if test='key != null'> AND o.name_key &gt;= #{key.lo} AND o.name_key &lt; #{key.hi}</if>"
            + " ORDER BY o.name_key, o.id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<String> organizationIds(@Param("key") Words.Range namePrefix, @Param("offset") long offset,
            @Param("limit") int limit);

    @Select("SELECT id, name, organization_id, organization_name, status, description, retired_at FROM lk_service "
            + "WHERE organization_id = #{id} ORDER BY name_key, id")
    List<ServiceRow> servicesOf(@Param("id") String organizationId);

    // ---- referrals ------------------------------------------------------------------------------------

    String REFERRAL_COLUMNS = "id, version, participant_id, service_id, service_name, organization_name, reason, "
            + "accompanied, status, sent_on, appointment_on, due_on, created_at, created_by, updated_at, updated_by";

    /** The kinds of the referral's service when it was made (term codes, comma-joined), for the court report. */
    @Update("UPDATE lk_referral SET kinds = #{kinds} WHERE id = #{id}")
    int setReferralKinds(@Param("id") String referralId, @Param("kinds") String kinds);

    @Select("SELECT kinds FROM lk_referral WHERE id = #{id}")
    String referralKinds(@Param("id") String referralId);

    /** {@code accompanied} as the 0/1 the column keeps (read back as a Boolean on both databases). */
    @Insert("INSERT INTO lk_referral (" + REFERRAL_COLUMNS + ") VALUES (#{r.id}, #{r.version}, #{r.participantId}, "
            + "#{r.serviceId}, #{r.serviceName}, #{r.organizationName}, #{r.reason}, #{accompanied}, #{r.status}, "
            + "#{r.sentOn}, #{r.appointmentOn}, #{r.dueOn}, #{r.createdAt}, #{r.createdBy}, #{r.updatedAt}, "
            + "#{r.updatedBy})")
    void insertReferral(@Param("r") Referral r, @Param("accompanied") int accompanied);

    @Select("SELECT " + REFERRAL_COLUMNS + " FROM lk_referral WHERE id = #{id}")
    Referral referral(@Param("id") String id);

    @Update("UPDATE lk_referral SET version = version + 1, status = #{r.status}, appointment_on = #{r.appointmentOn}, "
            + "due_on = #{r.dueOn}, updated_at = #{r.updatedAt}, updated_by = #{r.updatedBy} "
            + "WHERE id = #{r.id} AND version = #{expected}")
    int moveReferral(@Param("r") Referral r, @Param("expected") long expectedVersion);

    @Insert("INSERT INTO lk_referral_step (referral_id, seq, status, from_status, effective_date, appointment_on, "
            + "reason, recorded_at, recorded_by) VALUES (#{id}, #{seq}, #{s.status}, #{s.fromStatus}, "
            + "#{s.effectiveDate}, #{s.appointmentOn}, #{s.reason}, #{s.recordedAt}, #{s.recordedBy})")
    void insertStep(@Param("id") String referralId, @Param("seq") int seq, @Param("s") ReferralStep step);

    @Select("SELECT status, from_status, effective_date, appointment_on, reason, recorded_at, recorded_by "
            + "FROM lk_referral_step WHERE referral_id = #{id} ORDER BY seq")
    List<ReferralStep> steps(@Param("id") String referralId);

    @Select(Page.COUNT_OPEN + "FROM lk_referral WHERE participant_id = #{id}" + Page.COUNT_CLOSE)
    long countReferrals(@Param("id") String participantId);

    @Select("SELECT " + REFERRAL_COLUMNS + " FROM lk_referral WHERE participant_id = #{id} "
            + "ORDER BY sent_on DESC, id DESC OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<Referral> referrals(@Param("id") String participantId, @Param("offset") long offset,
            @Param("limit") int limit);

    /** The team's late steps: referrals whose due day has passed, of the participants the team has (the caseload rule). */
    String FOLLOW_UPS = "FROM lk_referral r JOIN lk_enrollment e ON e.participant_id = r.participant_id AND " + PLACING
            + " WHERE e.team_id = #{team} AND r.due_on < #{today}";

    @Select(Page.COUNT_OPEN + FOLLOW_UPS + Page.COUNT_CLOSE)
    long countFollowUps(@Param("team") String teamId, @Param("today") LocalDate today);

    @Select("SELECT r.id AS referral_id, r.participant_id, r.service_name, r.status, r.due_on " + FOLLOW_UPS
            + " ORDER BY r.due_on, r.id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<ReferralFollowUp> followUps(@Param("team") String teamId, @Param("today") LocalDate today,
            @Param("offset") long offset, @Param("limit") int limit);

    // ---- the court report -----------------------------------------------------------------------------

    /** The participant's referrals sent by the period's end that were open in it or sent in it. */
    @Select("SELECT " + REFERRAL_COLUMNS + " FROM lk_referral WHERE participant_id = #{id} AND sent_on <= #{to} "
            + "ORDER BY sent_on, id")
    List<Referral> referralsSentBy(@Param("id") String participantId, @Param("to") LocalDate to);

    /** Their steps up to the period's end. */
    @Select("SELECT st.referral_id, st.status, st.from_status, st.effective_date, st.appointment_on, st.recorded_at "
            + "FROM lk_referral_step st JOIN lk_referral r ON r.id = st.referral_id WHERE r.participant_id = #{id} "
            + "AND st.effective_date <= #{to} ORDER BY st.referral_id, st.seq")
    List<StepRow> stepsBy(@Param("id") String participantId, @Param("to") LocalDate to);
}
