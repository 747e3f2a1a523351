package org.missioncj.registry.impl;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.missioncj.core.api.Role;

/** Which roles may do what in the registry. Team-level scoping is layered on top by the access module. */
final class Access {
    static final Set<Role> PARTICIPANT_READ = Role.CLINICAL_STAFF;
    static final Set<Role> PARTICIPANT_WRITE = Role.CLINICAL_STAFF;
    static final Set<Role> ENROLLMENT_WRITE = Collections.unmodifiableSet(
            EnumSet.of(Role.CASE_MANAGER, Role.CLINICAL_SUPERVISOR, Role.PROGRAM_ADMIN));
    static final Set<Role> STAFF_READ = Role.CLINICAL_STAFF;
    static final Set<Role> STAFF_ADMIN = Collections.unmodifiableSet(EnumSet.of(Role.PROGRAM_ADMIN));

    private Access() {
    }
}
