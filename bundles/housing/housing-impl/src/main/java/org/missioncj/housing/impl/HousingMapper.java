package org.missioncj.housing.impl;

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
import org.missioncj.housing.api.dto.Application;
import org.missioncj.housing.api.dto.Assessment;
import org.missioncj.housing.api.dto.Budget;
import org.missioncj.housing.api.dto.HousingContact;
import org.missioncj.housing.api.dto.Landlord;
import org.missioncj.housing.api.dto.LandlordConflict;
import org.missioncj.housing.api.dto.Placement;
import org.missioncj.housing.api.dto.StatusPeriod;
import org.missioncj.housing.api.dto.TeamParticipant;
import org.missioncj.housing.api.dto.Unit;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.missioncj.registry.api.copy.EnrollmentStatements;

/**
 * The housing module's SQL. Nights are one aggregate over hs_status ({@link DaySpan#sqlDays}); a site's participants
 * are those its enrollments place (the caseload rule, {@link EnrollmentStatements#PLACING_1}).
 */
public interface HousingMapper extends EnrollmentStatements {
    String ON_CASELOAD = "('ENROLLED', 'ACTIVE')";

    // ---- the enrollment copy --------------------------------------------------------------------------

    String ENROLLMENT_COLUMNS = "enrollment_id, participant_id, team_id, site, start_date, program_months, status, "
            + "updated_at";

    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM hs_enrollment WHERE enrollment_id = #{id}")
    @Override
    EnrollmentFact enrollment(@Param("id") String enrollmentId);

    @Insert("INSERT INTO hs_enrollment (" + ENROLLMENT_COLUMNS + ") VALUES (#{enrollmentId}, #{participantId}, "
            + "#{teamId}, #{site}, #{startDate}, #{programMonths}, #{status}, #{updatedAt})")
    @Override
    void insertEnrollment(EnrollmentFact fact);

    @Update("UPDATE hs_enrollment SET participant_id = #{participantId}, team_id = #{teamId}, site = #{site}, "
            + "start_date = #{startDate}, program_months = #{programMonths}, status = #{status}, updated_at = #{updatedAt} "
            + "WHERE enrollment_id = #{enrollmentId}")
    @Override
    int updateEnrollment(EnrollmentFact fact);

    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM hs_enrollment WHERE participant_id = #{id} AND status IN "
            + ON_CASELOAD + " ORDER BY start_date DESC")
    List<EnrollmentFact> openEnrollments(@Param("id") String participantId);

    /** The enrollment that places the participant (the caseload rule), or null. */
    @Select("SELECT " + ENROLLMENT_COLUMNS + " FROM hs_enrollment e WHERE e.participant_id = #{id} AND " + PLACING)
    EnrollmentFact placing(@Param("id") String participantId);

    String PLACING = EnrollmentStatements.PLACING_1 + "hs_enrollment" + EnrollmentStatements.PLACING_2;

    // ---- the timeline -----------------------------------------------------------------------------------

    /** Takes the participant's timeline lock (a row update, held until the transaction ends); 0 when no row yet. */
    @Update("UPDATE hs_timeline SET changes = changes + 1 WHERE participant_id = #{id}")
    int lockTimeline(@Param("id") String participantId);

    @Insert("INSERT INTO hs_timeline (participant_id, changes) VALUES (#{id}, 1)")
    void insertTimeline(@Param("id") String participantId);

    String STATUS_COLUMNS = "id, version, participant_id, status, kind, start_date, end_date, unit_id, source, "
            + "recorded_at, recorded_by";

    @Select("SELECT " + STATUS_COLUMNS + " FROM hs_status WHERE participant_id = #{id} ORDER BY start_day DESC, id")
    List<StatusPeriod> timeline(@Param("id") String participantId);

    @Select(Page.COUNT_OPEN + "FROM hs_status WHERE participant_id = #{id}" + Page.COUNT_CLOSE)
    long countStatuses(@Param("id") String participantId);

    @Select("SELECT " + STATUS_COLUMNS + " FROM hs_status WHERE participant_id = #{id} ORDER BY start_day DESC, id "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<StatusPeriod> statuses(@Param("id") String participantId, @Param("offset") long offset,
            @Param("limit") int limit);

    @Select("SELECT " + STATUS_COLUMNS + " FROM hs_status WHERE id = #{id}")
    StatusPeriod status(@Param("id") String id);

    /**
     * The status held on the day (epoch day), or null: the one that began last, should the table hold two (rows written
     * behind the server's back), so that a timeline that overlaps can still be corrected through the API.
     */
    @Select("SELECT " + STATUS_COLUMNS + " FROM hs_status WHERE participant_id = #{id} AND start_day <= #{day} "
            + "AND (end_day IS NULL OR end_day > #{day}) ORDER BY start_day DESC, id OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY")
    StatusPeriod statusOn(@Param("id") String participantId, @Param("day") long epochDay);

    /** The open placement whose move-in started the period, or null. */
    @Select(PLACEMENT_SELECT + "WHERE p.status_period_id = #{id} AND p.ended_on IS NULL")
    Placement openPlacementOf(@Param("id") String periodId);

    @Insert("INSERT INTO hs_status (" + STATUS_COLUMNS + ", start_day, end_day) VALUES (#{p.id}, #{p.version}, "
            + "#{p.participantId}, #{p.status}, #{p.kind}, #{p.startDate}, #{p.endDate}, #{p.unitId}, #{p.source}, "
            + "#{p.recordedAt}, #{p.recordedBy}, #{startDay}, #{endDay,jdbcType=INTEGER})")
    void insertStatus(@Param("p") StatusPeriod period, @Param("startDay") long startDay, @Param("endDay") Long endDay);

    @Update("UPDATE hs_status SET version = version + 1, status = #{p.status}, kind = #{p.kind}, "
            + "start_date = #{p.startDate}, end_date = #{p.endDate}, start_day = #{startDay}, "
            + "end_day = #{endDay,jdbcType=INTEGER}, unit_id = #{p.unitId}, recorded_at = #{p.recordedAt}, "
            + "recorded_by = #{p.recordedBy} WHERE id = #{p.id} AND version = #{expected}")
    int updateStatus(@Param("p") StatusPeriod period, @Param("startDay") long startDay, @Param("endDay") Long endDay,
            @Param("expected") long expectedVersion);

    @Delete("DELETE FROM hs_status WHERE id = #{id} AND version = #{expected}")
    int deleteStatus(@Param("id") String id, @Param("expected") long expectedVersion);

    /** Nights of one kind, as the Nights sums read them. */
    class KindNights {
        public String kind;
        public long nights;
    }

    /** The participant's nights by kind in the period ({@code from}, {@code until}: epoch days, see DaySpan). */
    @Select("SELECT s.kind, SUM(CAST(" + DaySpan.SQL_DAYS_S + " AS BIGINT)) AS nights FROM hs_status s WHERE s.participant_id = #{id} "
            + "AND " + DaySpan.SQL_WITHIN_S + " GROUP BY s.kind")
    List<KindNights> nights(@Param("id") String participantId, @Param("from") long from, @Param("until") long until);

    /** The same over every participant the site's enrollments place. */
    @Select("SELECT s.kind, SUM(CAST(" + DaySpan.SQL_DAYS_S + " AS BIGINT)) AS nights FROM hs_enrollment e "
            + "JOIN hs_status s ON s.participant_id = e.participant_id WHERE e.site = #{site} AND " + PLACING
            + " AND " + DaySpan.SQL_WITHIN_S + " GROUP BY s.kind")
    List<KindNights> siteNights(@Param("site") String site, @Param("from") long from, @Param("until") long until);

    @Select("SELECT COUNT(*) FROM hs_enrollment e WHERE e.site = #{site} AND " + PLACING)
    long sitePlaced(@Param("site") String site);

    // ---- assessments and budgets --------------------------------------------------------------------------

    /** An assessment as stored: the barriers as one comma-separated column. */
    class AssessmentRow extends Assessment {
        public String barrierList;
    }

    String ASSESSMENT_COLUMNS = "participant_id, version, area, household_size, household_notes, accessibility, pets, "
            + "monthly_budget, barriers AS barrier_list, barrier_notes, assessed_at, assessed_by";

    @Select("SELECT " + ASSESSMENT_COLUMNS + " FROM hs_assessment WHERE participant_id = #{id} AND version = "
            + "(SELECT MAX(version) FROM hs_assessment WHERE participant_id = #{id})")
    AssessmentRow latestAssessment(@Param("id") String participantId);

    @Select("SELECT " + ASSESSMENT_COLUMNS + " FROM hs_assessment WHERE participant_id = #{id} AND version = #{version}")
    AssessmentRow assessment(@Param("id") String participantId, @Param("version") int version);

    @Insert("INSERT INTO hs_assessment (participant_id, version, area, household_size, household_notes, accessibility, "
            + "pets, monthly_budget, barriers, barrier_notes, assessed_at, assessed_by) VALUES (#{participantId}, "
            + "#{version}, #{area}, #{householdSize}, #{householdNotes}, #{accessibility}, #{pets}, #{monthlyBudget}, "
            + "#{barrierList}, #{barrierNotes}, #{assessedAt}, #{assessedBy})")
    void insertAssessment(AssessmentRow row);

    @Select("SELECT participant_id, version, updated_at, updated_by FROM hs_budget WHERE participant_id = #{id} AND "
            + "version = (SELECT MAX(version) FROM hs_budget WHERE participant_id = #{id})")
    Budget latestBudget(@Param("id") String participantId);

    @Select("SELECT participant_id, version, updated_at, updated_by FROM hs_budget WHERE participant_id = #{id} "
            + "AND version = #{version}")
    Budget budget(@Param("id") String participantId, @Param("version") int version);

    @Select("SELECT kind, label, amount FROM hs_budget_line WHERE participant_id = #{id} AND version = #{version} "
            + "ORDER BY line_no")
    List<Budget.Line> budgetLines(@Param("id") String participantId, @Param("version") int version);

    @Insert("INSERT INTO hs_budget (participant_id, version, updated_at, updated_by) VALUES (#{participantId}, "
            + "#{version}, #{updatedAt}, #{updatedBy})")
    void insertBudget(Budget budget);

    @Insert("INSERT INTO hs_budget_line (participant_id, version, line_no, kind, label, amount) VALUES (#{id}, "
            + "#{version}, #{no}, #{l.kind}, #{l.label}, #{l.amount})")
    void insertBudgetLine(@Param("id") String participantId, @Param("version") int version, @Param("no") int lineNo,
            @Param("l") Budget.Line line);

    // ---- landlords and units -------------------------------------------------------------------------------

    String LANDLORD_COLUMNS = "id, version, site, name, contact_name, phone, email, terms, updated_at, updated_by";

    @Select("SELECT " + LANDLORD_COLUMNS + " FROM hs_landlord WHERE id = #{id}")
    Landlord landlord(@Param("id") String id);

    @Select(Page.COUNT_OPEN + "FROM hs_landlord WHERE site = #{site}" + Page.COUNT_CLOSE)
    long countLandlords(@Param("site") String site);

    @Select("SELECT " + LANDLORD_COLUMNS + " FROM hs_landlord WHERE site = #{site} ORDER BY name, id "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<Landlord> landlords(@Param("site") String site, @Param("offset") long offset, @Param("limit") int limit);

    @Insert("INSERT INTO hs_landlord (" + LANDLORD_COLUMNS + ") VALUES (#{id}, #{version}, #{site}, #{name}, "
            + "#{contactName}, #{phone}, #{email}, #{terms}, #{updatedAt}, #{updatedBy})")
    void insertLandlord(Landlord landlord);

    @Update("UPDATE hs_landlord SET version = version + 1, name = #{l.name}, contact_name = #{l.contactName}, "
            + "phone = #{l.phone}, email = #{l.email}, terms = #{l.terms}, updated_at = #{l.updatedAt}, "
            + "updated_by = #{l.updatedBy} WHERE id = #{l.id} AND version = #{expected}")
    int updateLandlord(@Param("l") Landlord landlord, @Param("expected") long expectedVersion);

    String UNIT_COLUMNS = "id, version, site, landlord_id, kind, address, area, bedrooms, monthly_rent, accessible, "
            + "pets_allowed, terms, available, updated_at, updated_by";

    @Select("SELECT " + UNIT_COLUMNS + " FROM hs_unit WHERE id = #{id}")
    Unit unit(@Param("id") String id);

    @Select("<script>" + Page.COUNT_OPEN + "FROM hs_unit WHERE site = #{site}<if test='availableOnly'> AND available = "
            + "TRUE</if>" + Page.COUNT_CLOSE + "</script>")
    long countUnits(@Param("site") String site, @Param("availableOnly") boolean availableOnly);

    @Select("<script>SELECT " + UNIT_COLUMNS + " FROM hs_unit WHERE site = #{site}<if test='availableOnly'> AND "
            + "available = TRUE</if> ORDER BY id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<Unit> units(@Param("site") String site, @Param("availableOnly") boolean availableOnly,
            @Param("offset") long offset, @Param("limit") int limit);

    @Insert("INSERT INTO hs_unit (" + UNIT_COLUMNS + ") VALUES (#{id}, #{version}, #{site}, #{landlordId}, #{kind}, "
            + "#{address}, #{area}, #{bedrooms}, #{monthlyRent}, #{accessible}, #{petsAllowed}, #{terms}, #{available}, "
            + "#{updatedAt}, #{updatedBy})")
    void insertUnit(Unit unit);

    @Update("UPDATE hs_unit SET version = version + 1, landlord_id = #{u.landlordId}, kind = #{u.kind}, "
            + "address = #{u.address}, area = #{u.area}, bedrooms = #{u.bedrooms}, monthly_rent = #{u.monthlyRent}, "
            + "accessible = #{u.accessible}, pets_allowed = #{u.petsAllowed}, terms = #{u.terms}, "
            + "available = #{u.available}, updated_at = #{u.updatedAt}, updated_by = #{u.updatedBy} "
            + "WHERE id = #{u.id} AND version = #{expected}")
    int updateUnit(@Param("u") Unit unit, @Param("expected") long expectedVersion);

    // ---- applications, placements, conflicts, contacts ---------------------------------------------------------

    String APPLICATION_COLUMNS = "id, version, participant_id, unit_id, applied_on, outcome, outcome_date, outcome_note, "
            + "updated_at, updated_by";

    @Select("SELECT " + APPLICATION_COLUMNS + " FROM hs_application WHERE id = #{id}")
    Application application(@Param("id") String id);

    @Select(Page.COUNT_OPEN + "FROM hs_application WHERE participant_id = #{id}" + Page.COUNT_CLOSE)
    long countApplications(@Param("id") String participantId);

    @Select("SELECT " + APPLICATION_COLUMNS + " FROM hs_application WHERE participant_id = #{id} "
            + "ORDER BY applied_on DESC, id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<Application> applications(@Param("id") String participantId, @Param("offset") long offset,
            @Param("limit") int limit);

    @Insert("INSERT INTO hs_application (" + APPLICATION_COLUMNS + ") VALUES (#{id}, #{version}, #{participantId}, "
            + "#{unitId}, #{appliedOn}, #{outcome}, #{outcomeDate}, #{outcomeNote}, #{updatedAt}, #{updatedBy})")
    void insertApplication(Application application);

    @Update("UPDATE hs_application SET version = version + 1, outcome = #{a.outcome}, outcome_date = #{a.outcomeDate}, "
            + "outcome_note = #{a.outcomeNote}, updated_at = #{a.updatedAt}, updated_by = #{a.updatedBy} "
            + "WHERE id = #{a.id} AND version = #{expected}")
    int updateApplication(@Param("a") Application application, @Param("expected") long expectedVersion);

    String PLACEMENT_SELECT = "SELECT p.id, p.version, p.participant_id, p.unit_id, p.move_in_date, p.move_help, "
            + "p.rent_unpaid_since, p.ended_on, p.status_period_id, p.updated_at, p.updated_by, "
            + "(SELECT COUNT(*) FROM hs_conflict c WHERE c.placement_id = p.id AND c.resolved_on IS NULL) AS open_conflicts "
            + "FROM hs_placement p ";

    @Select(PLACEMENT_SELECT + "WHERE p.id = #{id}")
    Placement placement(@Param("id") String id);

    @Select(Page.COUNT_OPEN + "FROM hs_placement WHERE participant_id = #{id}" + Page.COUNT_CLOSE)
    long countPlacements(@Param("id") String participantId);

    @Select(PLACEMENT_SELECT + "WHERE p.participant_id = #{id} ORDER BY p.move_in_date DESC, p.id "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<Placement> placements(@Param("id") String participantId, @Param("offset") long offset,
            @Param("limit") int limit);

    @Insert("INSERT INTO hs_placement (id, version, participant_id, unit_id, move_in_date, move_help, rent_unpaid_since, "
            + "ended_on, status_period_id, updated_at, updated_by) VALUES (#{id}, #{version}, #{participantId}, "
            + "#{unitId}, #{moveInDate}, #{moveHelp}, #{rentUnpaidSince}, #{endedOn}, #{statusPeriodId}, #{updatedAt}, "
            + "#{updatedBy})")
    void insertPlacement(Placement placement);

    @Update("UPDATE hs_placement SET version = version + 1, move_help = #{p.moveHelp}, "
            + "rent_unpaid_since = #{p.rentUnpaidSince}, ended_on = #{p.endedOn}, updated_at = #{p.updatedAt}, "
            + "updated_by = #{p.updatedBy} WHERE id = #{p.id} AND version = #{expected}")
    int updatePlacement(@Param("p") Placement placement, @Param("expected") long expectedVersion);

    String CONFLICT_COLUMNS = "id, version, placement_id, participant_id, opened_on, description, resolved_on, "
            + "resolution, updated_at, updated_by";

    @Select("SELECT " + CONFLICT_COLUMNS + " FROM hs_conflict WHERE id = #{id}")
    LandlordConflict conflict(@Param("id") String id);

    @Select(Page.COUNT_OPEN + "FROM hs_conflict WHERE placement_id = #{id}" + Page.COUNT_CLOSE)
    long countConflicts(@Param("id") String placementId);

    @Select("SELECT " + CONFLICT_COLUMNS + " FROM hs_conflict WHERE placement_id = #{id} ORDER BY opened_on DESC, id "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<LandlordConflict> conflicts(@Param("id") String placementId, @Param("offset") long offset,
            @Param("limit") int limit);

    @Insert("INSERT INTO hs_conflict (" + CONFLICT_COLUMNS + ") VALUES (#{id}, #{version}, #{placementId}, "
            + "#{participantId}, #{openedOn}, #{description}, #{resolvedOn}, #{resolution}, #{updatedAt}, #{updatedBy})")
    void insertConflict(LandlordConflict conflict);

    @Update("UPDATE hs_conflict SET version = version + 1, description = #{c.description}, resolved_on = #{c.resolvedOn}, "
            + "resolution = #{c.resolution}, updated_at = #{c.updatedAt}, updated_by = #{c.updatedBy} "
            + "WHERE id = #{c.id} AND version = #{expected}")
    int updateConflict(@Param("c") LandlordConflict conflict, @Param("expected") long expectedVersion);

    /** A contact as stored: the moment as an instant, answered in the site's zone. */
    class ContactRow extends HousingContact {
        public Instant occurredInstant;
    }

    String CONTACT_COLUMNS = "id, participant_id, kind, mode, occurred_at AS occurred_instant, minutes, landlord_id, "
            + "placement_id, peer_attended, notes, staff_id, created_at, created_by";

    @Select(Page.COUNT_OPEN + "FROM hs_contact WHERE participant_id = #{id}" + Page.COUNT_CLOSE)
    long countContacts(@Param("id") String participantId);

    @Select("SELECT " + CONTACT_COLUMNS + " FROM hs_contact WHERE participant_id = #{id} ORDER BY occurred_at DESC, id "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<ContactRow> contacts(@Param("id") String participantId, @Param("offset") long offset, @Param("limit") int limit);

    @Insert("INSERT INTO hs_contact (id, participant_id, kind, mode, occurred_at, minutes, landlord_id, placement_id, "
            + "peer_attended, notes, staff_id, created_at, created_by) VALUES (#{id}, #{participantId}, #{kind}, #{mode}, "
            + "#{occurredInstant}, #{minutes}, #{landlordId}, #{placementId}, #{peerAttended}, #{notes}, #{staffId}, "
            + "#{createdAt}, #{createdBy})")
    void insertContact(ContactRow contact);

    // ---- the team's view ----------------------------------------------------------------------------------

    String TEAM_HOMELESS = "FROM hs_enrollment e JOIN hs_status s ON s.participant_id = e.participant_id "
            + "WHERE e.team_id = #{team} AND e.status IN " + ON_CASELOAD + " AND s.kind = 'HOMELESS' "
            + "AND s.start_day <= #{day} AND (s.end_day IS NULL OR s.end_day > #{day})";

    @Select(Page.COUNT_OPEN + TEAM_HOMELESS + Page.COUNT_CLOSE)
    long countHomeless(@Param("team") String teamId, @Param("day") long epochDay);

    @Select("SELECT e.participant_id, s.status, s.start_date AS since " + TEAM_HOMELESS
            + " ORDER BY s.start_day, e.participant_id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<TeamParticipant> homeless(@Param("team") String teamId, @Param("day") long epochDay,
            @Param("offset") long offset, @Param("limit") int limit);

    String TEAM_AT_RISK = "FROM hs_enrollment e JOIN hs_placement p ON p.participant_id = e.participant_id "
            + "WHERE e.team_id = #{team} AND e.status IN " + ON_CASELOAD + " AND p.ended_on IS NULL "
            + "AND (p.rent_unpaid_since IS NOT NULL OR EXISTS (SELECT 1 FROM hs_conflict c WHERE c.placement_id = p.id "
            + "AND c.resolved_on IS NULL))";

    @Select(Page.COUNT_OPEN + TEAM_AT_RISK + Page.COUNT_CLOSE)
    long countAtRisk(@Param("team") String teamId);

    @Select("SELECT e.participant_id, p.id AS placement_id, p.rent_unpaid_since, p.move_in_date AS since, "
            + "(SELECT COUNT(*) FROM hs_conflict c WHERE c.placement_id = p.id AND c.resolved_on IS NULL) AS open_conflicts "
            + TEAM_AT_RISK + " ORDER BY p.move_in_date, p.id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<TeamParticipant> atRisk(@Param("team") String teamId, @Param("offset") long offset, @Param("limit") int limit);

    // ---- the court report -----------------------------------------------------------------------------------

    /** The periods that touch from..to (dates), the earliest first. */
    @Select("SELECT " + STATUS_COLUMNS + " FROM hs_status WHERE participant_id = #{id} AND start_date <= #{to} "
            + "AND (end_date IS NULL OR end_date > #{from}) ORDER BY start_day, id")
    List<StatusPeriod> periodsBetween(@Param("id") String participantId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
