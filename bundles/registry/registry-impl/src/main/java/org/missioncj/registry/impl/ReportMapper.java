package org.missioncj.registry.impl;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The court report section's queries, kept apart from the registry's own mappers. */
public interface ReportMapper {
    class Person {
        public String givenName;
        public String familyName;
        public LocalDate dateOfBirth;
    }

    class EnrollmentRow {
        public String id;
        public int programMonths;
        public String startSetting;
        public LocalDate startDate;
        public LocalDate expectedEndDate;
        public String status;
        public LocalDate statusDate;
    }

    class Milestone {
        public LocalDate effectiveDate;
        public String fromStatus;
        public String toStatus;
    }

    @Select("SELECT given_name, family_name, date_of_birth FROM reg_participant WHERE id = #{id}")
    Person person(@Param("id") String participantId);

    /** The enrollments that began by the end of the period, latest first. */
    @Select("SELECT id, program_months, start_setting, start_date, expected_end_date, status, status_date "
            + "FROM reg_enrollment WHERE participant_id = #{id} AND start_date <= #{to} ORDER BY start_date DESC, created_at DESC")
    List<EnrollmentRow> enrollments(@Param("id") String participantId, @Param("to") LocalDate to);

    @Select("SELECT effective_date, from_status, to_status FROM reg_enrollment_history WHERE enrollment_id = #{id} "
            + "AND effective_date >= #{from} AND effective_date <= #{to} ORDER BY effective_date, id")
    List<Milestone> milestones(@Param("id") String enrollmentId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    /**
     * Every status change of the enrollment in the order they were made: the status on a day is that of
     * the last change effective by then (a change may be recorded later with an earlier effective date).
     */
    @Select("SELECT effective_date, from_status, to_status FROM reg_enrollment_history WHERE enrollment_id = #{id} "
            + "ORDER BY id")
    List<Milestone> history(@Param("id") String enrollmentId);
}
