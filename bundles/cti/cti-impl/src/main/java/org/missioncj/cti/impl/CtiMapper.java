package org.missioncj.cti.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.cti.api.dto.DueContact;
import org.missioncj.cti.api.dto.OverdueParticipant;
import org.missioncj.registry.api.copy.EnrollmentFact;

public interface CtiMapper {
    /** CTI's copy of an enrollment (the kit's {@link EnrollmentFact}), with the release from custody. */
    class EnrollmentRow extends EnrollmentFact {
        public LocalDate releaseDate;

        LocalDate anchor() {
            return releaseDate != null && releaseDate.isAfter(startDate) ? releaseDate : startDate;
        }
    }

    /** A stored contact with the fields the service derives the rest from. */
    class ContactRow {
        public String id;
        public String participantId;
        public String enrollmentId;
        public String staffId;
        public Instant occurredAt;
        public LocalDate localDate;
        public int utcOffsetSeconds;
        public String kind;
        public String accompanimentTo;
        public String place;
        public Integer minutes;
        public String peerSupport;
        public String notes;
        public Instant createdAt;
        public String createdBy;
        /** The module a counted support contact came from, and its id there; null for a contact logged in CTI. */
        public String source;
        public String sourceContactId;
    }

    String ENROLLMENT_COLUMNS = "enrollment_id, participant_id, team_id, site, start_date, release_date, program_months, "
            + "status, updated_at";
    String CONTACT_COLUMNS = "id, participant_id, enrollment_id, staff_id, occurred_at, local_date, utc_offset_seconds, "
            + "kind, accompaniment_to, place, minutes, peer_support, notes, created_at, created_by, source, source_contact_id";

    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM cti_enrollment WHERE enrollment_id = #{id}")
    EnrollmentRow enrollment(@Param("id") String enrollmentId);

    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM cti_enrollment WHERE participant_id = #{id} "
            + "AND status IN ('ENROLLED', 'ACTIVE') ORDER BY start_date DESC")
    List<EnrollmentRow> openEnrollments(@Param("id") String participantId);

    /** The participant's most recent enrollment in CTI, open or not. */
    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM cti_enrollment WHERE participant_id = #{id} "
            + "ORDER BY start_date DESC, updated_at DESC OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY")
    EnrollmentRow latestEnrollment(@Param("id") String participantId);

    /** The participant's most recent enrollment in CTI that had started by the day (for a report ending then). */
    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM cti_enrollment WHERE participant_id = #{id} AND start_date <= #{day} "
            + "ORDER BY start_date DESC, updated_at DESC OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY")
    EnrollmentRow enrollmentStartedBy(@Param("id") String participantId, @Param("day") LocalDate day);

    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM cti_enrollment WHERE site = #{site} AND status IN ('ENROLLED', 'ACTIVE')")
    List<EnrollmentRow> activeAtSite(@Param("site") String site);

    @Insert("INSERT INTO cti_enrollment (" + ENROLLMENT_COLUMNS + ") VALUES (#{enrollmentId}, #{participantId}, #{teamId}, "
            + "#{site}, #{startDate}, #{releaseDate}, #{programMonths}, #{status}, #{updatedAt})")
    void insertEnrollment(EnrollmentRow row);

    /**
     * The registry's part of the copy, never the release day: a sync that read the row before a release committed
     * would otherwise write the release back to what it read.
     */
    @Update("UPDATE cti_enrollment SET participant_id = #{participantId}, team_id = #{teamId}, site = #{site}, "
            + "start_date = #{startDate}, program_months = #{programMonths}, status = #{status}, "
            + "updated_at = #{updatedAt} WHERE enrollment_id = #{enrollmentId}")
    int updateCopied(EnrollmentRow row);

    /** CTI's own part of the copy: the release day, and nothing the registry's events keep. */
    @Update("UPDATE cti_enrollment SET release_date = #{day}, updated_at = #{at} WHERE enrollment_id = #{id}")
    int updateReleaseDate(@Param("id") String enrollmentId, @Param("day") LocalDate day,
            @Param("at") Instant at);

    /** The participant's latest release from custody as an adapter reported it, or null. */
    @Select("SELECT release_date FROM cti_custody_release WHERE participant_id = #{id}")
    LocalDate custodyRelease(@Param("id") String participantId);

    @Update("UPDATE cti_custody_release SET release_date = #{day}, recorded_at = #{at} WHERE participant_id = #{id}")
    int updateCustodyRelease(@Param("id") String participantId, @Param("day") LocalDate day, @Param("at") Instant at);

    @Insert("INSERT INTO cti_custody_release (participant_id, release_date, recorded_at) VALUES (#{id}, #{day}, #{at})")
    void insertCustodyRelease(@Param("id") String participantId, @Param("day") LocalDate day, @Param("at") Instant at);

    @Select("SELECT due_date, window_end, phase FROM cti_due WHERE enrollment_id = #{id} ORDER BY due_date")
    List<DueContact> due(@Param("id") String enrollmentId);

    @Delete("DELETE FROM cti_due WHERE enrollment_id = #{id} AND due_date >= #{from}")
    int deleteDueFrom(@Param("id") String enrollmentId, @Param("from") LocalDate from);

    /** Ends windows that opened before {@code today} where the rebuilt plan's first new window begins. */
    @Update("UPDATE cti_due SET window_end = #{newStart} WHERE enrollment_id = #{id} AND due_date < #{today} "
            + "AND window_end > #{newStart}")
    int clipWindows(@Param("id") String enrollmentId, @Param("today") LocalDate today, @Param("newStart") LocalDate newStart);

    @Insert("INSERT INTO cti_due (enrollment_id, due_date, window_end, phase) VALUES (#{id}, #{d.dueDate}, "
            + "#{d.windowEnd}, #{d.phase})")
    void insertDue(@Param("id") String enrollmentId, @Param("d") DueContact due);

    @Insert("INSERT INTO cti_contact (" + CONTACT_COLUMNS + ") VALUES (#{id}, #{participantId}, #{enrollmentId}, "
            + "#{staffId}, #{occurredAt}, #{localDate}, #{utcOffsetSeconds}, #{kind}, #{accompanimentTo}, #{place}, "
            + "#{minutes}, #{peerSupport}, #{notes}, #{createdAt}, #{createdBy}, #{source}, #{sourceContactId})")
    void insertContact(ContactRow row);

    /** The contact counted from another module's support contact, if it was counted already. */
    @Select("SELECT id FROM cti_contact WHERE source = #{source} AND source_contact_id = #{contactId}")
    String contactFromSource(@Param("source") String source, @Param("contactId") String sourceContactId);

    @Select("SELECT " + CONTACT_COLUMNS + " FROM cti_contact WHERE id = #{id}")
    ContactRow contact(@Param("id") String id);

    @Select("<script>SELECT " + CONTACT_COLUMNS + " FROM cti_contact WHERE participant_id = #{id}"
            + "<if test='from != null'> AND local_date &gt;= #{from}</if><if test='to != null'> AND local_date &lt;= #{to}</if>"
            + " ORDER BY occurred_at DESC, id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<ContactRow> contacts(@Param("id") String participantId, @Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("offset") long offset, @Param("limit") int limit);

    @Select("<script>SELECT COUNT(*) FROM cti_contact WHERE participant_id = #{id}"
            + "<if test='from != null'> AND local_date &gt;= #{from}</if><if test='to != null'> AND local_date &lt;= #{to}</if>"
            + "</script>")
    long countContacts(@Param("id") String participantId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Select("SELECT local_date FROM cti_contact WHERE enrollment_id = #{id} ORDER BY local_date")
    List<LocalDate> contactDays(@Param("id") String enrollmentId);

    /** The days with a contact up to and including the day: what a report ending then may count. */
    @Select("SELECT local_date FROM cti_contact WHERE enrollment_id = #{id} AND local_date <= #{day} ORDER BY local_date")
    List<LocalDate> contactDaysUntil(@Param("id") String enrollmentId, @Param("day") LocalDate day);

    /**
     * A team's active enrollments whose first due window after their last contact has ended by
     * {@code today}. The last contact comes from the (enrollment_id, local_date) index and the
     * next due date from the due table's primary key, each once per enrollment (a MIN(...) in the
     * WHERE clause made Derby run it once per due row: 5 times slower on a year-old caseload), so
     * the cost follows the team's size, not the site's.
     */
    String OVERDUE_FROM = "FROM (SELECT x.enrollment_id, x.participant_id, x.last_contact, "
            + "(SELECT MIN(d2.due_date) FROM cti_due d2 WHERE d2.enrollment_id = x.enrollment_id "
            + "AND d2.due_date > COALESCE(x.last_contact, CAST('0001-01-01' AS DATE))) AS next_due "
            + "FROM (SELECT e.enrollment_id, e.participant_id, "
            + "(SELECT MAX(c.local_date) FROM cti_contact c WHERE c.enrollment_id = e.enrollment_id) AS last_contact "
            + "FROM cti_enrollment e WHERE e.team_id = #{team} AND e.status IN ('ENROLLED', 'ACTIVE')) x) o "
            + "JOIN cti_due d ON d.enrollment_id = o.enrollment_id AND d.due_date = o.next_due "
            + "WHERE d.window_end <= #{today} ";

    /** Longest overdue first: the window that ended longest ago leads. */
    @Select("SELECT o.participant_id, o.enrollment_id, d.due_date, d.window_end, d.phase, o.last_contact AS last_contact_date "
            + OVERDUE_FROM + "ORDER BY d.window_end, o.participant_id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<OverdueParticipant> overdue(@Param("team") String teamId, @Param("today") LocalDate today,
            @Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT COUNT(*) " + OVERDUE_FROM)
    long countOverdue(@Param("team") String teamId, @Param("today") LocalDate today);
}
