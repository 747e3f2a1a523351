package org.missioncj.core.api;

/** The program roles of ARCHITECTURE.md; JAAS role principals carry these names. */
public enum Role {
    CASE_MANAGER,
    PEER_SPECIALIST,
    PEER_NAVIGATOR,
    CLINICAL_SUPERVISOR,
    PROGRAM_ADMIN,
    COURT_LIAISON,
    INTEGRATION;

    /** Roles that work with participants directly (team staff and their supervisors). */
    public static final java.util.Set<Role> CLINICAL_STAFF = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(CASE_MANAGER, PEER_SPECIALIST, PEER_NAVIGATOR, CLINICAL_SUPERVISOR, PROGRAM_ADMIN));

    /** Roles that may read the audit log. */
    public static final java.util.Set<Role> AUDIT_READERS = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(CLINICAL_SUPERVISOR, PROGRAM_ADMIN));

    public static java.util.Optional<Role> parse(String name) {
        for (Role r : values()) {
            if (r.name().equals(name)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
