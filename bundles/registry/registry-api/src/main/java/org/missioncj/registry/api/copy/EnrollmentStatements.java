package org.missioncj.registry.api.copy;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The three statements of a module's enrollment copy, as its MyBatis mapper declares them (with its own table's
 * SQL in their annotations): the mapper extends this interface, and {@link EnrollmentCopy.Store#of} makes the
 * copy's store from it.
 */
@ConsumerType
public interface EnrollmentStatements {
    /** The statuses of an open enrollment, as SQL: a referral, or one on a caseload. */
    String OPEN = "('REFERRED', 'ENROLLED', 'ACTIVE')";

    /**
     * The registry's caseload rule as a condition on the copy's row {@code e}: it places its participant, being the
     * open one (there is at most one, a referral counts), or, when none is open, the one that started last (then the
     * greatest id). A list that routes a participant's records to a team or a site joins the copy on it, so that it
     * lists them to the staff whom {@code CaseloadAccess} lets open them. An annotation needs a constant, so the
     * mapper spells it from two pieces around its table's name: {@code PLACING_1 + "tr_enrollment" + PLACING_2};
     * {@link #placing} is the same. One {@code NOT EXISTS}, not two: on PostgreSQL the two-subquery form of a site's
     * aggregate was estimated costly enough to be JIT-compiled on every call (the housing-nights benchmark).
     */
    String PLACING_1 = "(e.status IN " + OPEN + " OR NOT EXISTS (SELECT 1 FROM ";
    /** See {@link #PLACING_1}: no other enrollment of the participant is open, or started later. */
    String PLACING_2 = " o WHERE o.participant_id = e.participant_id AND (o.status IN " + OPEN + " OR o.start_date > "
            + "e.start_date OR (o.start_date = e.start_date AND o.enrollment_id > e.enrollment_id))))";

    /** {@link #PLACING_1} for a copy in {@code table}, where a constant is not needed. */
    static String placing(String table) {
        return PLACING_1 + table + PLACING_2;
    }

    /** The copy of one enrollment, or null. */
    EnrollmentFact enrollment(String enrollmentId);

    void insertEnrollment(EnrollmentFact fact);

    int updateEnrollment(EnrollmentFact fact);
}
