package org.missioncj.vocational.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.timeline.DaySpan;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.missioncj.registry.api.copy.EnrollmentStatements;
import org.missioncj.vocational.api.dto.EducationEnrollment;
import org.missioncj.vocational.api.dto.EducationKind;
import org.missioncj.vocational.api.dto.Employer;
import org.missioncj.vocational.api.dto.EmploymentPeriod;
import org.missioncj.vocational.api.dto.Goal;
import org.missioncj.vocational.api.dto.GoalNote;
import org.missioncj.vocational.api.dto.Interview;
import org.missioncj.vocational.api.dto.Offer;
import org.missioncj.vocational.api.dto.Opening;
import org.missioncj.vocational.api.dto.OpeningStatus;
import org.missioncj.vocational.api.dto.TeamEmployment;

/**
 * The vocational module's statements. Goals, notes, employers, openings, periods and education map straight onto the
 * API's DTOs; an application (its checklist as four flags) and a support contact (instant and offset, topics
 * comma-joined) keep rows, converted in {@link VocationalRows}.
 */
public interface VocationalMapper extends EnrollmentStatements {
    String ON_CASELOAD = "('ENROLLED', 'ACTIVE')";

    // ---- the enrollment copy --------------------------------------------------------------------------

    String ENROLLMENT_COLUMNS = "enrollment_id, participant_id, team_id, site, start_date, program_months, status, "
            + "updated_at";

    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM voc_enrollment WHERE enrollment_id = #{id}")
    @Override
    EnrollmentFact enrollment(@Param("id") String enrollmentId);

    @Insert("INSERT INTO voc_enrollment (" + ENROLLMENT_COLUMNS + ") VALUES (#{enrollmentId}, #{participantId}, "
            + "#{teamId}, #{site}, #{startDate}, #{programMonths}, #{status}, #{updatedAt})")
    @Override
    void insertEnrollment(EnrollmentFact fact);

    @Update("UPDATE voc_enrollment SET participant_id = #{participantId}, team_id = #{teamId}, site = #{site}, "
            + "start_date = #{startDate}, program_months = #{programMonths}, status = #{status}, updated_at = #{updatedAt} "
            + "WHERE enrollment_id = #{enrollmentId}")
    @Override
    int updateEnrollment(EnrollmentFact fact);

    String PLACING = EnrollmentStatements.PLACING_1 + "voc_enrollment" + EnrollmentStatements.PLACING_2;

    /** The enrollment that places the participant (the caseload rule), or null: the team and site events name. */
    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM voc_enrollment e WHERE e.participant_id = #{id} AND " + PLACING)
    EnrollmentFact placing(@Param("id") String participantId);

    // ---- goals ------------------------------------------------------------------------------------------

    String GOAL_COLUMNS = "id, version, participant_id, kind, title, target_date, status, created_at, created_by, "
            + "updated_at, updated_by";

    @Insert("INSERT INTO voc_goal (" + GOAL_COLUMNS + ") VALUES (#{id}, #{version}, #{participantId}, #{kind}, #{title}, "
            + "#{targetDate}, #{status}, #{createdAt}, #{createdBy}, #{updatedAt}, #{updatedBy})")
    void insertGoal(Goal goal);

    @Select("SELECT " + GOAL_COLUMNS + " FROM voc_goal WHERE id = #{id}")
    Goal goal(@Param("id") String id);

    @Update("UPDATE voc_goal SET version = version + 1, kind = #{g.kind}, title = #{g.title}, target_date = #{g.targetDate}, "
            + "status = #{g.status}, updated_at = #{g.updatedAt}, updated_by = #{g.updatedBy} WHERE id = #{g.id} "
            + "AND version = #{expected}")
    int updateGoal(@Param("g") Goal goal, @Param("expected") long expectedVersion);

    /** A note appended changes the goal: its version, and who touched it last. */
    @Update("UPDATE voc_goal SET version = version + 1, updated_at = #{at}, updated_by = #{by} WHERE id = #{id}")
    int touchGoal(@Param("id") String id, @Param("at") Instant at, @Param("by") String by);

    @Select(Page.COUNT_OPEN + "FROM voc_goal WHERE participant_id = #{id}" + Page.COUNT_CLOSE)
    long countGoals(@Param("id") String participantId);

    @Select("SELECT " + GOAL_COLUMNS + " FROM voc_goal --DERBY-PROPERTIES index=voc_goal_participant\n"
            + "WHERE participant_id = #{id} ORDER BY created_at DESC, id DESC "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<Goal> goals(@Param("id") String participantId, @Param("offset") long offset, @Param("limit") int limit);

    @Insert("INSERT INTO voc_goal_note (id, goal_id, note_date, note_text, recorded_at, recorded_by) VALUES (#{n.id}, "
            + "#{goalId}, #{n.noteDate}, #{n.text}, #{n.recordedAt}, #{n.recordedBy})")
    void insertNote(@Param("goalId") String goalId, @Param("n") GoalNote note);

    @Select("SELECT COUNT(*) FROM voc_goal_note WHERE goal_id = #{id}")
    long countNotes(@Param("id") String goalId);

    @Select("SELECT id, note_date, note_text AS text, recorded_at, recorded_by FROM voc_goal_note WHERE goal_id = #{id} "
            + "ORDER BY note_date DESC, recorded_at DESC, id")
    List<GoalNote> notes(@Param("id") String goalId);

    // ---- employers and openings ------------------------------------------------------------------------------

    String EMPLOYER_COLUMNS = "id, version, site, name, contact_name, phone, email, address, terms, updated_at, "
            + "updated_by";

    @Insert("INSERT INTO voc_employer (" + EMPLOYER_COLUMNS + ") VALUES (#{id}, #{version}, #{site}, #{name}, "
            + "#{contactName}, #{phone}, #{email}, #{address}, #{terms}, #{updatedAt}, #{updatedBy})")
    void insertEmployer(Employer e);

    @Select("SELECT " + EMPLOYER_COLUMNS + " FROM voc_employer WHERE id = #{id}")
    Employer employer(@Param("id") String id);

    @Update("UPDATE voc_employer SET version = version + 1, name = #{e.name}, contact_name = #{e.contactName}, "
            + "phone = #{e.phone}, email = #{e.email}, address = #{e.address}, terms = #{e.terms}, "
            + "updated_at = #{e.updatedAt}, updated_by = #{e.updatedBy} WHERE id = #{e.id} AND version = #{expected}")
    int updateEmployer(@Param("e") Employer e, @Param("expected") long expectedVersion);

    @Select(Page.COUNT_OPEN + "FROM voc_employer WHERE site = #{site}" + Page.COUNT_CLOSE)
    long countEmployers(@Param("site") String site);

    @Select("SELECT " + EMPLOYER_COLUMNS + " FROM voc_employer --DERBY-PROPERTIES index=voc_employer_site\n"
            + "WHERE site = #{site} ORDER BY name, id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<Employer> employers(@Param("site") String site, @Param("offset") long offset, @Param("limit") int limit);

    String OPENING_SELECT = "SELECT o.id, o.version, o.employer_id, r.name AS employer_name, o.site, o.title, o.hours, "
            + "o.wage, o.posted_on, o.closes_on, o.status, o.updated_at, o.updated_by FROM voc_opening o "
            + "JOIN voc_employer r ON r.id = o.employer_id ";

    @Insert("INSERT INTO voc_opening (id, version, employer_id, site, title, hours, wage, posted_on, closes_on, status, "
            + "updated_at, updated_by) VALUES (#{id}, #{version}, #{employerId}, #{site}, #{title}, #{hours}, #{wage}, "
            + "#{postedOn}, #{closesOn}, #{status}, #{updatedAt}, #{updatedBy})")
    void insertOpening(Opening o);

    @Select(OPENING_SELECT + "WHERE o.id = #{id}")
    Opening opening(@Param("id") String id);

    @Update("UPDATE voc_opening SET version = version + 1, title = #{o.title}, hours = #{o.hours}, wage = #{o.wage}, "
            + "posted_on = #{o.postedOn}, closes_on = #{o.closesOn}, status = #{o.status}, updated_at = #{o.updatedAt}, "
            + "updated_by = #{o.updatedBy} WHERE id = #{o.id} AND version = #{expected}")
    int updateOpening(@Param("o") Opening o, @Param("expected") long expectedVersion);

    @Select(Page.COUNT_OPEN + "FROM voc_opening WHERE employer_id = #{id}" + Page.COUNT_CLOSE)
    long countEmployerOpenings(@Param("id") String employerId);

    @Select(OPENING_SELECT + "WHERE o.employer_id = #{id} ORDER BY o.posted_on DESC, o.id DESC "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<Opening> employerOpenings(@Param("id") String employerId, @Param("offset") long offset,
            @Param("limit") int limit);

    @Select(Page.COUNT_OPEN + "FROM voc_opening WHERE site = #{site} AND status = #{status}" + Page.COUNT_CLOSE)
    long countSiteOpenings(@Param("site") String site, @Param("status") OpeningStatus status);

    @Select("SELECT o.id, o.version, o.employer_id, r.name AS employer_name, o.site, o.title, o.hours, o.wage, "
            + "o.posted_on, o.closes_on, o.status, o.updated_at, o.updated_by FROM voc_opening o "
            + "--DERBY-PROPERTIES index=voc_opening_site\n"
            + "JOIN voc_employer r ON r.id = o.employer_id WHERE o.site = #{site} AND o.status = #{status} "
            + "ORDER BY o.posted_on DESC, o.id DESC OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<Opening> siteOpenings(@Param("site") String site, @Param("status") OpeningStatus status,
            @Param("offset") long offset, @Param("limit") int limit);

    // ---- applications -------------------------------------------------------------------------------------------

    /** An application as stored: the documents checklist as four flags. */
    class ApplicationRow {
        public String id;
        public long version;
        public String participantId;
        public String openingId;
        public String openingTitle;
        public String employerId;
        public LocalDate appliedOn;
        public org.missioncj.vocational.api.dto.ApplicationStatus status;
        public boolean resumeReady;
        public boolean referencesReady;
        public boolean idReady;
        public boolean applicationFormReady;
        public Instant createdAt;
        public String createdBy;
        public Instant updatedAt;
        public String updatedBy;
    }

    String APPLICATION_SELECT = "SELECT a.id, a.version, a.participant_id, a.opening_id, o.title AS opening_title, "
            + "o.employer_id, a.applied_on, a.status, a.resume_ready, a.references_ready, a.id_ready, "
            + "a.application_form_ready, a.created_at, a.created_by, a.updated_at, a.updated_by FROM voc_application a "
            + "JOIN voc_opening o ON o.id = a.opening_id ";

    @Insert("INSERT INTO voc_application (id, version, participant_id, opening_id, applied_on, status, resume_ready, "
            + "references_ready, id_ready, application_form_ready, created_at, created_by, updated_at, updated_by) "
            + "VALUES (#{id}, #{version}, #{participantId}, #{openingId}, #{appliedOn}, #{status}, #{resumeReady}, "
            + "#{referencesReady}, #{idReady}, #{applicationFormReady}, #{createdAt}, #{createdBy}, #{updatedAt}, "
            + "#{updatedBy})")
    void insertApplication(ApplicationRow row);

    @Select(APPLICATION_SELECT + "WHERE a.id = #{id}")
    ApplicationRow application(@Param("id") String id);

    @Select("SELECT id FROM voc_application WHERE participant_id = #{participant} AND opening_id = #{opening}")
    String applicationFor(@Param("participant") String participantId, @Param("opening") String openingId);

    @Update("UPDATE voc_application SET version = version + 1, applied_on = #{a.appliedOn}, status = #{a.status}, "
            + "resume_ready = #{a.resumeReady}, references_ready = #{a.referencesReady}, id_ready = #{a.idReady}, "
            + "application_form_ready = #{a.applicationFormReady}, updated_at = #{a.updatedAt}, "
            + "updated_by = #{a.updatedBy} WHERE id = #{a.id} AND version = #{expected}")
    int updateApplication(@Param("a") ApplicationRow row, @Param("expected") long expectedVersion);

    @Select(Page.COUNT_OPEN + "FROM voc_application WHERE participant_id = #{id}" + Page.COUNT_CLOSE)
    long countApplications(@Param("id") String participantId);

    @Select(APPLICATION_SELECT + "WHERE a.participant_id = #{id} ORDER BY a.applied_on DESC, a.id DESC "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<ApplicationRow> applications(@Param("id") String participantId, @Param("offset") long offset,
            @Param("limit") int limit);

    @Insert("INSERT INTO voc_interview (application_id, seq, scheduled_at, preparation, follow_up, outcome) VALUES "
            + "(#{id}, #{seq}, #{i.scheduledAt}, #{i.preparation}, #{i.followUp}, #{i.outcome})")
    void insertInterview(@Param("id") String applicationId, @Param("seq") int seq, @Param("i") Interview interview);

    @Select("SELECT scheduled_at, preparation, follow_up, outcome FROM voc_interview WHERE application_id = #{id} "
            + "ORDER BY seq")
    List<Interview> interviews(@Param("id") String applicationId);

    @Delete("DELETE FROM voc_interview WHERE application_id = #{id}")
    int deleteInterviews(@Param("id") String applicationId);

    @Insert("INSERT INTO voc_offer (application_id, seq, offered_on, wage, hours, start_date, response) VALUES "
            + "(#{id}, #{seq}, #{o.offeredOn}, #{o.wage}, #{o.hours}, #{o.startDate}, #{o.response})")
    void insertOffer(@Param("id") String applicationId, @Param("seq") int seq, @Param("o") Offer offer);

    @Select("SELECT offered_on, wage, hours, start_date, response FROM voc_offer WHERE application_id = #{id} ORDER BY seq")
    List<Offer> offers(@Param("id") String applicationId);

    @Delete("DELETE FROM voc_offer WHERE application_id = #{id}")
    int deleteOffers(@Param("id") String applicationId);

    // ---- the employment timeline -----------------------------------------------------------------------------

    /** Takes the participant's timeline lock (a row update, held until the transaction ends); 0 when no row yet. */
    @Update("UPDATE voc_timeline SET changes = changes + 1 WHERE participant_id = #{id}")
    int lockTimeline(@Param("id") String participantId);

    @Insert("INSERT INTO voc_timeline (participant_id, changes) VALUES (#{id}, 1)")
    void insertTimeline(@Param("id") String participantId);

    String PERIOD_COLUMNS = "id, version, participant_id, status, start_date, end_date, recorded_at, recorded_by";

    /** The participant's whole timeline (a few dozen periods at most), the latest first. */
    @Select("SELECT " + PERIOD_COLUMNS + " FROM voc_period WHERE participant_id = #{id} ORDER BY start_day DESC, id")
    List<EmploymentPeriod> timeline(@Param("id") String participantId);

    @Select(Page.COUNT_OPEN + "FROM voc_period WHERE participant_id = #{id}" + Page.COUNT_CLOSE)
    long countPeriods(@Param("id") String participantId);

    @Select("SELECT " + PERIOD_COLUMNS + " FROM voc_period WHERE participant_id = #{id} ORDER BY start_day DESC, id "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<EmploymentPeriod> periods(@Param("id") String participantId, @Param("offset") long offset,
            @Param("limit") int limit);

    @Select("SELECT " + PERIOD_COLUMNS + " FROM voc_period WHERE id = #{id}")
    EmploymentPeriod period(@Param("id") String id);

    /**
     * The status held on the day (epoch day), or null: the one that began last, should the table hold two (rows
     * written behind the server's back), so that an overlapping timeline can still be corrected through the API.
     */
    @Select("SELECT " + PERIOD_COLUMNS + " FROM voc_period WHERE participant_id = #{id} AND start_day <= #{day} "
            + "AND (end_day IS NULL OR end_day > #{day}) ORDER BY start_day DESC, id OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY")
    EmploymentPeriod periodOn(@Param("id") String participantId, @Param("day") long epochDay);

    @Insert("INSERT INTO voc_period (" + PERIOD_COLUMNS + ", start_day, end_day) VALUES (#{p.id}, #{p.version}, "
            + "#{p.participantId}, #{p.status}, #{p.startDate}, #{p.endDate}, #{p.recordedAt}, #{p.recordedBy}, "
            + "#{startDay}, #{endDay,jdbcType=INTEGER})")
    void insertPeriod(@Param("p") EmploymentPeriod period, @Param("startDay") long startDay, @Param("endDay") Long endDay);

    @Update("UPDATE voc_period SET version = version + 1, status = #{p.status}, start_date = #{p.startDate}, "
            + "end_date = #{p.endDate}, start_day = #{startDay}, end_day = #{endDay,jdbcType=INTEGER}, "
            + "recorded_at = #{p.recordedAt}, recorded_by = #{p.recordedBy} WHERE id = #{p.id} AND version = #{expected}")
    int updatePeriod(@Param("p") EmploymentPeriod period, @Param("startDay") long startDay, @Param("endDay") Long endDay,
            @Param("expected") long expectedVersion);

    @Delete("DELETE FROM voc_period WHERE id = #{id} AND version = #{expected}")
    int deletePeriod(@Param("id") String id, @Param("expected") long expectedVersion);

    /** The days of a period, as one aggregate over the spans that touch it. */
    class DaySums {
        public long employed;
        public long education;
        public long recorded;
    }

    /** The participant's days employed, in education and with any status ({@code from}, {@code until}: see DaySpan). */
    @Select("SELECT COALESCE(SUM(CASE WHEN s.status IN ('PART_TIME', 'FULL_TIME') THEN " + DaySpan.SQL_DAYS_S
            + " ELSE 0 END), 0) AS employed, COALESCE(SUM(CASE WHEN s.status IN ('STUDENT', 'TRAINING') THEN "
            + DaySpan.SQL_DAYS_S + " ELSE 0 END), 0) AS education, COALESCE(SUM(" + DaySpan.SQL_DAYS_S + "), 0) AS recorded "
            + "FROM voc_period s WHERE s.participant_id = #{id} AND " + DaySpan.SQL_WITHIN_S)
    DaySums days(@Param("id") String participantId, @Param("from") long from, @Param("until") long until);

    @Select(Page.COUNT_OPEN + "FROM voc_enrollment e WHERE e.team_id = #{team} AND e.status IN " + ON_CASELOAD
            + Page.COUNT_CLOSE)
    long countCaseload(@Param("team") String teamId);

    /** The team's caseload (a few dozen enrollments), each with the status held on the day. */
    @Select("SELECT e.participant_id, s.status, s.start_date AS since FROM voc_enrollment e "
            + "LEFT OUTER JOIN voc_period s ON s.participant_id = e.participant_id AND s.start_day <= #{day} "
            + "AND (s.end_day IS NULL OR s.end_day > #{day}) WHERE e.team_id = #{team} AND e.status IN " + ON_CASELOAD
            + " ORDER BY e.participant_id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<TeamEmployment> caseloadOn(@Param("team") String teamId, @Param("day") long epochDay,
            @Param("offset") long offset, @Param("limit") int limit);

    // ---- education ------------------------------------------------------------------------------------------------

    String EDUCATION_COLUMNS = "id, version, participant_id, program_name, kind, enrolled_on, completed_on, status, "
            + "updated_at, updated_by";

    @Insert("INSERT INTO voc_education (" + EDUCATION_COLUMNS + ") VALUES (#{id}, #{version}, #{participantId}, "
            + "#{programName}, #{kind}, #{enrolledOn}, #{completedOn}, #{status}, #{updatedAt}, #{updatedBy})")
    void insertEducation(EducationEnrollment e);

    @Select("SELECT " + EDUCATION_COLUMNS + " FROM voc_education WHERE id = #{id}")
    EducationEnrollment education(@Param("id") String id);

    @Update("UPDATE voc_education SET version = version + 1, program_name = #{e.programName}, kind = #{e.kind}, "
            + "enrolled_on = #{e.enrolledOn}, completed_on = #{e.completedOn}, status = #{e.status}, "
            + "updated_at = #{e.updatedAt}, updated_by = #{e.updatedBy} WHERE id = #{e.id} AND version = #{expected}")
    int updateEducation(@Param("e") EducationEnrollment e, @Param("expected") long expectedVersion);

    @Select(Page.COUNT_OPEN + "FROM voc_education WHERE participant_id = #{id}" + Page.COUNT_CLOSE)
    long countEducation(@Param("id") String participantId);

    @Select("SELECT " + EDUCATION_COLUMNS + " FROM voc_education --DERBY-PROPERTIES index=voc_education_participant\n"
            + "WHERE participant_id = #{id} ORDER BY enrolled_on DESC, id DESC "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<EducationEnrollment> educations(@Param("id") String participantId, @Param("offset") long offset,
            @Param("limit") int limit);

    /** A completion the court report shows: its kind and day, nothing else. */
    class Completion {
        public EducationKind kind;
        public LocalDate completedOn;
    }

    @Select("SELECT kind, completed_on FROM voc_education WHERE participant_id = #{id} AND completed_on >= #{from} "
            + "AND completed_on <= #{to} AND status = 'COMPLETED' ORDER BY completed_on, id "
            + "OFFSET 0 ROWS FETCH NEXT 100 ROWS ONLY")
    List<Completion> completionsBetween(@Param("id") String participantId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    // ---- on-the-job support -----------------------------------------------------------------------------------------

    /** A support contact as stored: the instant with the offset it was given in, topics comma-joined. */
    class ContactRow {
        public String id;
        public String participantId;
        public String staffId;
        public Instant occurredAt;
        public int utcOffsetSeconds;
        public String mode;
        public String topics;
        public Integer minutes;
        public String notes;
        public Instant recordedAt;
        public String recordedBy;
    }

    String CONTACT_COLUMNS = "id, participant_id, staff_id, occurred_at, utc_offset_seconds, mode, topics, minutes, "
            + "notes, recorded_at, recorded_by";

    @Insert("INSERT INTO voc_support_contact (" + CONTACT_COLUMNS + ") VALUES (#{id}, #{participantId}, #{staffId}, "
            + "#{occurredAt}, #{utcOffsetSeconds}, #{mode}, #{topics}, #{minutes}, #{notes}, #{recordedAt}, #{recordedBy})")
    void insertContact(ContactRow row);

    @Select(Page.COUNT_OPEN + "FROM voc_support_contact WHERE participant_id = #{id}" + Page.COUNT_CLOSE)
    long countContacts(@Param("id") String participantId);

    @Select("SELECT " + CONTACT_COLUMNS + " FROM voc_support_contact "
            + "--DERBY-PROPERTIES index=voc_support_contact_participant\n"
            + "WHERE participant_id = #{id} ORDER BY occurred_at DESC, id DESC "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<ContactRow> contacts(@Param("id") String participantId, @Param("offset") long offset,
            @Param("limit") int limit);
}
