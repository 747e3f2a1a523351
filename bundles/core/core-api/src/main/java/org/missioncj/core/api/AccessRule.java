package org.missioncj.core.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call one operation, written once: the roles, and the scope they act in. A module lists its
 * rules in one class of its API (e.g. {@code CtiAccess}), its services check them with one call
 * ({@code CaseloadAccess.require(actor, rule, participantId, entry)}, or {@link #requireRole} where
 * there is no participant), and each rule's {@link #operationId} is the OpenAPI operation whose
 * {@code x-mission-access} a build-time test compares with it.
 */
public final class AccessRule {
    /** Which records of the allowed roles' callers are within reach. */
    public enum Scope {
        /** The role decides alone. */
        ANY,
        /** The participant's (or team's) own team, its site's navigators and supervisors. */
        TEAM,
        /** The site's navigators and supervisors. */
        SITE,
        /** The caller's own records. */
        SELF
    }

    private static final Set<Role> ADMINS = Collections.unmodifiableSet(EnumSet.of(Role.PROGRAM_ADMIN));

    private final String operationId;
    private final String action;
    private final Set<Role> roles;
    private final Scope scope;
    private final Set<Role> unscoped;
    private final boolean breakGlass;

    private AccessRule(String operationId, String action, Set<Role> roles, Scope scope, Set<Role> unscoped,
            boolean breakGlass) {
        this.operationId = operationId;
        this.action = action;
        this.roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        this.scope = scope;
        this.unscoped = unscoped;
        this.breakGlass = breakGlass;
    }

    /**
     * @param operationId the OpenAPI operation, e.g. {@code getContact}
     * @param action what the caller does, for the refusal: "read this contact"
     */
    public static AccessRule of(String operationId, String action, Scope scope, Set<Role> roles) {
        return new AccessRule(operationId, action, roles, scope, ADMINS, true);
    }

    /** The roles whose scope is everything for this operation (default: program admins). */
    public AccessRule unscoped(Role... unscopedRoles) {
        Set<Role> u = unscopedRoles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(unscopedRoles[0], unscopedRoles);
        return new AccessRule(operationId, action, roles, scope, Collections.unmodifiableSet(u), breakGlass);
    }

    /**
     * The same rule where a break-the-glass grant does not put a participant within the caller's scope:
     * for what a grant must never open (a second person's approval, another site's audit trail).
     */
    public AccessRule withoutBreakGlass() {
        return new AccessRule(operationId, action, roles, scope, unscoped, false);
    }

    /** Whether an open break-the-glass grant counts as scope (it does unless {@link #withoutBreakGlass}). */
    public boolean breakGlassCounts() {
        return breakGlass;
    }

    public String operationId() {
        return operationId;
    }

    public String action() {
        return action;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Scope scope() {
        return scope;
    }

    public Set<Role> unscopedRoles() {
        return unscoped;
    }

    /** Whether the actor holds one of the rule's roles. */
    public boolean allows(Actor actor) {
        return actor.hasAnyRole(roles);
    }

    /** Whether the actor's scope is everything for this operation (a program admin, say). */
    public boolean isUnscoped(Actor actor) {
        for (Role r : unscoped) {
            if (roles.contains(r) && actor.hasRole(r)) {
                return true;
            }
        }
        return false;
    }

    /** Throws {@link ForbiddenException} unless the actor holds one of the rule's roles. */
    public void requireRole(Actor actor) {
        actor.requireAnyRole(roles, action);
    }

    @Override
    public String toString() {
        return operationId + " " + scope + " " + roles + (unscoped.equals(ADMINS) ? "" : " unscoped " + unscoped)
                + (breakGlass ? "" : " without break-the-glass");
    }
}
