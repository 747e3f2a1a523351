package org.missioncj.registry.api.copy;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The three statements of a module's enrollment copy, as its MyBatis mapper declares them (with its own table's
 * SQL in their annotations): the mapper extends this interface, and {@link EnrollmentCopy.Store#of} makes the
 * copy's store from it.
 */
@ConsumerType
public interface EnrollmentStatements {
    /** The copy of one enrollment, or null. */
    EnrollmentFact enrollment(String enrollmentId);

    void insertEnrollment(EnrollmentFact fact);

    int updateEnrollment(EnrollmentFact fact);
}
