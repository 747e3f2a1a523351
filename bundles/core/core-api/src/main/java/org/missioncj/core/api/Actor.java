package org.missioncj.core.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting, in which roles, and why (the purpose of use that the audit trail records).
 * Built by the REST layer from the authenticated JAAS subject, by the shell from the console user,
 * or by a system job.
 */
public final class Actor {
    public static final String PURPOSE_TREATMENT = "TREATMENT";
    public static final String PURPOSE_OPERATIONS = "OPERATIONS";

    private final String username;
    private final Set<Role> roles;
    private final String purpose;
    private final String clientAddress;

    public Actor(String username, Set<Role> roles, String purpose) {
        this(username, roles, purpose, null);
    }

    /**
     * @param clientAddress where the request came from (the client's IP address as the REST layer
     *        determined it, {@code console} for the Karaf shell), for the audit trail; null if unknown
     */
    public Actor(String username, Set<Role> roles, String purpose, String clientAddress) {
        this.username = Objects.requireNonNull(username, "username");
        this.roles = roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.purpose = purpose == null || purpose.isBlank() ? PURPOSE_TREATMENT : purpose;
        this.clientAddress = clientAddress;
    }

    /** An actor for work the platform does by itself (schedulers, event handlers, demo data). */
    public static Actor system(String component) {
        return new Actor("system:" + component, EnumSet.of(Role.PROGRAM_ADMIN), PURPOSE_OPERATIONS, "system");
    }

    public String username() {
        return username;
    }

    public Set<Role> roles() {
        return roles;
    }

    public String purpose() {
        return purpose;
    }

    /** Where the request came from, for the audit trail; null if unknown. */
    public String clientAddress() {
        return clientAddress;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<Role> any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Throws {@link ForbiddenException} unless the actor has one of the roles. */
    public void requireAnyRole(Set<Role> any, String action) {
        if (!hasAnyRole(any)) {
            throw new ForbiddenException("Your roles " + roles + " do not allow you to " + action + ".");
        }
    }

    public Actor withPurpose(String newPurpose) {
        return new Actor(username, roles, newPurpose, clientAddress);
    }

    public String rolesAsString() {
        StringBuilder sb = new StringBuilder();
        for (Role r : roles) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(r.name());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return username + roles;
    }
}
