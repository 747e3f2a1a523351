package org.missioncj.core.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The program roles of ARCHITECTURE.md; JAAS role principals carry these names. */
public enum Role {
    CASE_MANAGER,
    PEER_SPECIALIST,
    PEER_NAVIGATOR,
    CLINICAL_SUPERVISOR,
    PROGRAM_ADMIN,
    COURT_LIAISON,
    INTEGRATION,
    /**
     * The site's 42 CFR Part 2 / HIPAA privacy officer: approves court orders (never their own),
     * reviews disclosures and the whole audit trail, answers a participant's request for an
     * accounting of disclosures. Sees no clinical record.
     */
    PRIVACY_OFFICER;

    /** Roles that work with participants directly (team staff and their supervisors). */
    public static final Set<Role> CLINICAL_STAFF = Collections.unmodifiableSet(
            EnumSet.of(CASE_MANAGER, PEER_SPECIALIST, PEER_NAVIGATOR, CLINICAL_SUPERVISOR, PROGRAM_ADMIN));

    /** Roles that may read the audit log: supervisors about their site's participants, the others all of it. */
    public static final Set<Role> AUDIT_READERS = Collections.unmodifiableSet(
            EnumSet.of(CLINICAL_SUPERVISOR, PROGRAM_ADMIN, PRIVACY_OFFICER));

    /** Roles that read the whole audit trail and every disclosure record, whatever the caseload. */
    public static final Set<Role> PRIVACY_REVIEWERS = Collections.unmodifiableSet(
            EnumSet.of(PROGRAM_ADMIN, PRIVACY_OFFICER));

    public static Optional<Role> parse(String name) {
        for (Role r : values()) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
