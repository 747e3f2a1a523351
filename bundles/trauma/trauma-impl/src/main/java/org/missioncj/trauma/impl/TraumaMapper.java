package org.missioncj.trauma.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.core.api.Page;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.missioncj.registry.api.copy.EnrollmentStatements;
import org.missioncj.trauma.api.dto.Alert;
import org.missioncj.trauma.api.dto.AlertStatus;
import org.missioncj.trauma.api.dto.RescreenDue;
import org.missioncj.trauma.api.dto.ScreenStatus;
import org.missioncj.trauma.api.dto.TraumaPreferences;

/**
 * The trauma module's statements. Alerts, rescreens and preferences map straight onto the API's DTOs; an
 * instrument and a screen keep JSON text, converted in {@link InstrumentStore} and {@link ScreenRows}.
 */
public interface TraumaMapper extends EnrollmentStatements {
    /** One stored version of an instrument. */
    class InstrumentRow {
        public String instrumentId;
        public int version;
        public String title;
        public String domain;
        public String origin;
        public String definition;
        public Instant loadedAt;
        public String loadedBy;
    }

    /** A screen as stored: the answers and the result as JSON text. */
    class ScreenRow {
        public String id;
        public long version;
        public String participantId;
        public String enrollmentId;
        public String instrumentId;
        public int instrumentVersion;
        public String instrumentTitle;
        public String domain;
        public ScreenStatus status;
        public LocalDate screenDate;
        public String declineReason;
        public String answers;
        public String result;
        public boolean positive;
        public boolean safety;
        public LocalDate rescreenDue;
        public Instant createdAt;
        public String createdBy;
    }

    class StatusCount {
        public ScreenStatus status;
        public long screens;
        public LocalDate lastDate;
    }

    String ON_CASELOAD = "('ENROLLED', 'ACTIVE')";

    // ---- the enrollment copy --------------------------------------------------------------------------

    String ENROLLMENT_COLUMNS = "enrollment_id, participant_id, team_id, site, start_date, program_months, status, "
            + "updated_at";

    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM tr_enrollment WHERE enrollment_id = #{id}")
    @Override
    EnrollmentFact enrollment(@Param("id") String enrollmentId);

    @Insert("INSERT INTO tr_enrollment (" + ENROLLMENT_COLUMNS + ") VALUES (#{enrollmentId}, #{participantId}, "
            + "#{teamId}, #{site}, #{startDate}, #{programMonths}, #{status}, #{updatedAt})")
    @Override
    void insertEnrollment(EnrollmentFact fact);

    @Update("UPDATE tr_enrollment SET participant_id = #{participantId}, team_id = #{teamId}, site = #{site}, "
            + "start_date = #{startDate}, program_months = #{programMonths}, status = #{status}, updated_at = #{updatedAt} "
            + "WHERE enrollment_id = #{enrollmentId}")
    @Override
    int updateEnrollment(EnrollmentFact fact);

    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM tr_enrollment WHERE participant_id = #{id} AND status IN "
            + ON_CASELOAD + " ORDER BY start_date DESC")
    List<EnrollmentFact> openEnrollments(@Param("id") String participantId);

    // ---- instruments ------------------------------------------------------------------------------------

    String INSTRUMENT_COLUMNS = "instrument_id, version, title, domain, origin, definition, loaded_at, loaded_by";

    @Insert("INSERT INTO tr_instrument (" + INSTRUMENT_COLUMNS + ") VALUES (#{instrumentId}, #{version}, #{title}, "
            + "#{domain}, #{origin}, #{definition}, #{loadedAt}, #{loadedBy})")
    void insertInstrument(InstrumentRow row);

    @Select("SELECT " + INSTRUMENT_COLUMNS + " FROM tr_instrument WHERE instrument_id = #{id} AND version = #{version}")
    InstrumentRow instrument(@Param("id") String id, @Param("version") int version);

    @Select("SELECT MAX(version) FROM tr_instrument WHERE instrument_id = #{id}")
    Integer latestVersion(@Param("id") String id);

    @Select(Page.COUNT_OPEN + "FROM tr_instrument i WHERE i.version = (SELECT MAX(l.version) FROM tr_instrument l "
            + "WHERE l.instrument_id = i.instrument_id)" + Page.COUNT_CLOSE)
    long countInstruments();

    @Select("SELECT " + INSTRUMENT_COLUMNS + " FROM tr_instrument i WHERE i.version = (SELECT MAX(l.version) "
            + "FROM tr_instrument l WHERE l.instrument_id = i.instrument_id) ORDER BY i.instrument_id "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<InstrumentRow> instruments(@Param("offset") long offset, @Param("limit") int limit);

    // ---- screens ------------------------------------------------------------------------------------------

    String SCREEN_COLUMNS = "id, version, participant_id, enrollment_id, instrument_id, instrument_version, "
            + "instrument_title, domain, status, screen_date, decline_reason, answers, result, positive, safety, "
            + "rescreen_due, created_at, created_by";

    @Insert("INSERT INTO tr_screen (" + SCREEN_COLUMNS + ") VALUES (#{id}, #{version}, #{participantId}, "
            + "#{enrollmentId}, #{instrumentId}, #{instrumentVersion}, #{instrumentTitle}, #{domain}, #{status}, "
            + "#{screenDate}, #{declineReason}, #{answers}, #{result}, #{positive}, #{safety}, #{rescreenDue}, "
            + "#{createdAt}, #{createdBy})")
    void insertScreen(ScreenRow row);

    @Select("SELECT " + SCREEN_COLUMNS + " FROM tr_screen WHERE id = #{id}")
    ScreenRow screen(@Param("id") String id);

    @Select(Page.COUNT_OPEN + "FROM tr_screen WHERE participant_id = #{id}" + Page.COUNT_CLOSE)
    long countScreens(@Param("id") String participantId);

    @Select("SELECT " + SCREEN_COLUMNS + " FROM tr_screen --DERBY-PROPERTIES index=tr_screen_participant\n"
            + "WHERE participant_id = #{id} ORDER BY screen_date DESC, id DESC "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<ScreenRow> screens(@Param("id") String participantId, @Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT id FROM tr_alert WHERE screen_id = #{id} ORDER BY flag_id")
    List<String> alertIdsOf(@Param("id") String screenId);

    /** Screens of the period by status, with the last day of each (the court report). */
    @Select("SELECT status, COUNT(*) AS screens, MAX(screen_date) AS last_date FROM tr_screen WHERE participant_id = #{id} "
            + "AND screen_date >= #{from} AND screen_date <= #{to} GROUP BY status")
    List<StatusCount> screensBetween(@Param("id") String participantId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** The days and statuses of the period's screens, oldest first (the court report). */
    @Select("SELECT id, status, screen_date FROM tr_screen WHERE participant_id = #{id} AND screen_date >= #{from} "
            + "AND screen_date <= #{to} ORDER BY screen_date, id OFFSET 0 ROWS FETCH NEXT 100 ROWS ONLY")
    List<ScreenRow> screenDaysBetween(@Param("id") String participantId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    // ---- rescreens --------------------------------------------------------------------------------------------

    @Select("SELECT participant_id, instrument_id, screen_id, screen_date, due_date FROM tr_rescreen "
            + "WHERE participant_id = #{participant} AND instrument_id = #{instrument}")
    RescreenRow rescreen(@Param("participant") String participantId, @Param("instrument") String instrumentId);

    class RescreenRow {
        public String participantId;
        public String instrumentId;
        public String screenId;
        public LocalDate screenDate;
        public LocalDate dueDate;
    }

    @Insert("INSERT INTO tr_rescreen (participant_id, instrument_id, screen_id, screen_date, due_date) VALUES "
            + "(#{participantId}, #{instrumentId}, #{screenId}, #{screenDate}, #{dueDate})")
    void insertRescreen(RescreenRow row);

    @Delete("DELETE FROM tr_rescreen WHERE participant_id = #{participant} AND instrument_id = #{instrument}")
    int deleteRescreen(@Param("participant") String participantId, @Param("instrument") String instrumentId);

    @Select(Page.COUNT_OPEN + "FROM tr_enrollment e JOIN tr_rescreen r ON r.participant_id = e.participant_id "
            + "WHERE e.team_id = #{team} AND e.status IN " + ON_CASELOAD + Page.COUNT_CLOSE)
    long countRescreensDue(@Param("team") String teamId);

    /** The team's caseload (a few dozen enrollments) with their rescreens, the soonest due first. */
    @Select("SELECT r.participant_id, r.instrument_id, r.screen_id, r.due_date FROM tr_enrollment e "
            + "JOIN tr_rescreen r ON r.participant_id = e.participant_id WHERE e.team_id = #{team} AND e.status IN "
            + ON_CASELOAD + " ORDER BY r.due_date, r.participant_id, r.instrument_id "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<RescreenDue> rescreensDue(@Param("team") String teamId, @Param("offset") long offset, @Param("limit") int limit);

    // ---- alerts --------------------------------------------------------------------------------------------------

    String ALERT_COLUMNS = "id, version, participant_id, screen_id, instrument_id, flag_id, title, flag_text, "
            + "raised_site, status, raised_at, acknowledged_at, acknowledged_by, action_taken";
    /** An alert with the team and site of its participant's open enrollment, when there is one. */
    String ALERT_SELECT = "SELECT a.id, a.version, a.participant_id, a.screen_id, a.instrument_id, a.flag_id, a.title, "
            + "a.flag_text AS text, a.status, a.raised_at, a.acknowledged_at, a.acknowledged_by, a.action_taken, "
            + "e.team_id, COALESCE(e.site, a.raised_site) AS site FROM tr_alert a ";

    @Insert("INSERT INTO tr_alert (" + ALERT_COLUMNS + ") VALUES (#{id}, #{version}, #{participantId}, #{screenId}, "
            + "#{instrumentId}, #{flagId}, #{title}, #{text}, #{site}, #{status}, #{raisedAt}, #{acknowledgedAt}, "
            + "#{acknowledgedBy}, #{actionTaken})")
    void insertAlert(Alert alert);

    /**
     * The enrollment that places the participant, as {@code e} (the caseload rule): the open one, a referral too, or
     * the latest. The team that has them lists their alerts, and keeps them after a discharge until a clinician
     * acknowledges them.
     */
    String LATEST = " " + EnrollmentStatements.PLACING_1 + "tr_enrollment" + EnrollmentStatements.PLACING_2;

    @Select(ALERT_SELECT + "LEFT OUTER JOIN tr_enrollment e ON e.participant_id = a.participant_id AND" + LATEST
            + " WHERE a.id = #{id}")
    Alert alert(@Param("id") String id);

    @Update("UPDATE tr_alert SET version = version + 1, status = 'ACKNOWLEDGED', acknowledged_at = #{at}, "
            + "acknowledged_by = #{by}, action_taken = #{action} WHERE id = #{id} AND version = #{expected} "
            + "AND status = 'OPEN'")
    int acknowledge(@Param("id") String id, @Param("expected") long expectedVersion, @Param("at") Instant at,
            @Param("by") String by, @Param("action") String actionTaken);

    /**
     * The participants whose latest enrollment is the team's (its caseload, and those it discharged last), each
     * participant's alerts of the status in its index range.
     */
    String TEAM_ALERTS = "FROM tr_enrollment e JOIN tr_alert a --DERBY-PROPERTIES index=tr_alert_participant, "
            + "joinStrategy=NESTEDLOOP\nON a.participant_id = e.participant_id AND a.status = #{status} "
            + "WHERE e.team_id = #{team} AND" + LATEST;

    @Select(Page.COUNT_OPEN + TEAM_ALERTS + Page.COUNT_CLOSE)
    long countTeamAlerts(@Param("team") String teamId, @Param("status") AlertStatus status);

    @Select("SELECT a.id, a.version, a.participant_id, a.screen_id, a.instrument_id, a.flag_id, a.title, "
            + "a.flag_text AS text, a.status, a.raised_at, a.acknowledged_at, a.acknowledged_by, a.action_taken, "
            + "e.team_id, e.site " + TEAM_ALERTS + " ORDER BY a.raised_at, a.id "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<Alert> teamAlerts(@Param("team") String teamId, @Param("status") AlertStatus status,
            @Param("offset") long offset, @Param("limit") int limit);

    /**
     * The site's alerts of the status, in tr_alert_status order, each checked against its participant's latest
     * enrollment, or, for a participant at intake (on no team yet), against the site where it was raised.
     */
    String SITE_ALERTS = "FROM tr_alert a --DERBY-PROPERTIES index=tr_alert_status\n"
            + "LEFT OUTER JOIN tr_enrollment e ON e.participant_id = a.participant_id AND" + LATEST
            + " WHERE a.status = #{status} AND (e.site = #{site} OR (e.enrollment_id IS NULL AND a.raised_site = #{site}))";

    @Select(Page.COUNT_OPEN + SITE_ALERTS + Page.COUNT_CLOSE)
    long countSiteAlerts(@Param("site") String site, @Param("status") AlertStatus status);

    @Select("SELECT a.id, a.version, a.participant_id, a.screen_id, a.instrument_id, a.flag_id, a.title, "
            + "a.flag_text AS text, a.status, a.raised_at, a.acknowledged_at, a.acknowledged_by, a.action_taken, "
            + "e.team_id, COALESCE(e.site, a.raised_site) AS site " + SITE_ALERTS + " ORDER BY a.raised_at, a.id "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<Alert> siteAlerts(@Param("site") String site, @Param("status") AlertStatus status,
            @Param("offset") long offset, @Param("limit") int limit);

    // ---- preferences ----------------------------------------------------------------------------------------------

    String PREFERENCE_COLUMNS = "participant_id, version, preferred_staff_gender, known_triggers, preferred_setting, "
            + "crisis_help, updated_at, updated_by";

    @Select("SELECT " + PREFERENCE_COLUMNS + " FROM tr_preference WHERE participant_id = #{id}")
    TraumaPreferences preferences(@Param("id") String participantId);

    @Insert("INSERT INTO tr_preference (" + PREFERENCE_COLUMNS + ") VALUES (#{participantId}, #{version}, "
            + "#{preferredStaffGender}, #{knownTriggers}, #{preferredSetting}, #{crisisHelp}, #{updatedAt}, #{updatedBy})")
    void insertPreferences(TraumaPreferences p);

    @Update("UPDATE tr_preference SET version = version + 1, preferred_staff_gender = #{p.preferredStaffGender}, "
            + "known_triggers = #{p.knownTriggers}, preferred_setting = #{p.preferredSetting}, crisis_help = #{p.crisisHelp}, "
            + "updated_at = #{p.updatedAt}, updated_by = #{p.updatedBy} WHERE participant_id = #{p.participantId} "
            + "AND version = #{expected}")
    int updatePreferences(@Param("p") TraumaPreferences p, @Param("expected") long expectedVersion);
}
