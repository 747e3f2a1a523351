package org.missioncj.registry.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.dto.BreakGlassAccess;
import org.missioncj.registry.api.dto.Staff;

/**
 * The registry's own view of caseloads, for what {@link org.missioncj.registry.api.CaseloadAccess} does
 * not publish: the caller's staff record, the scope that filters lists in SQL ({@link AccessMapper#IN_SCOPE}),
 * and which list rows were seen only through a break-the-glass grant. One per service that needs it.
 */
final class CaseloadScopes {
    static final Set<Role> TEAM_ROLES = Set.of(Role.CASE_MANAGER, Role.PEER_SPECIALIST);
    static final Set<Role> SITE_ROLES = Set.of(Role.PEER_NAVIGATOR, Role.CLINICAL_SUPERVISOR);

    private final ModuleSupport module;
    private final StaffService staff;
    private final Actor system;

    CaseloadScopes(ModuleSupport module, StaffService staff) {
        this.module = module;
        this.staff = staff;
        this.system = Actor.system(module.name());
    }

    /** The staff record signed in as the actor (matched by user name), if any. */
    Optional<Staff> staffOf(Actor actor) {
        return staff.findByUsername(system, actor.username());
    }

    static boolean isActive(Staff s) {
        return Boolean.TRUE.equals(s.active);
    }

    /** The actor's scope, for SQL filters; the caller has checked the role already. */
    CaseloadScope scope(Actor actor) {
        if (!actor.hasAnyRole(Role.CLINICAL_STAFF)) {
            return CaseloadScope.nothing();
        }
        if (actor.hasRole(Role.PROGRAM_ADMIN)) {
            return CaseloadScope.everything();
        }
        Optional<Staff> me = staffOf(actor);
        CaseloadScope s = CaseloadScope.nothing();
        if (me.isPresent() && !isActive(me.get())) {
            return s;
        }
        s.intake = true;
        s.grantee = actor.username();
        s.now = module.now();
        if (me.isPresent()) {
            if (actor.hasAnyRole(TEAM_ROLES)) {
                s.teamStaffId = me.get().id;
            }
            if (actor.hasAnyRole(SITE_ROLES)) {
                s.site = me.get().site;
            }
        }
        return s;
    }

    /**
     * Of the participants a list returned, those the actor sees only through a grant, with the
     * grant's reason: their READ entries are flagged. One query when the actor holds no grant.
     */
    static Map<String, String> grantOnly(Tx tx, CaseloadScope scope, List<String> participantIds) {
        if (scope.all || scope.grantee == null || participantIds.isEmpty()) {
            return Map.of();
        }
        AccessMapper m = tx.mapper(AccessMapper.class);
        Map<String, String> out = new HashMap<>();
        for (BreakGlassAccess g : m.openGrants(scope.grantee, scope.now)) {
            if (participantIds.contains(g.participantId)) {
                out.putIfAbsent(g.participantId, g.reason);
            }
        }
        if (!out.isEmpty()) {
            m.onTeamOrSite(scope, List.copyOf(out.keySet())).forEach(out::remove);
            for (String id : List.copyOf(out.keySet())) {
                if (m.placements(id).isEmpty()) {
                    out.remove(id); // intake: open to all clinical staff anyway
                }
            }
        }
        return out;
    }

    /** Records the READ entries of a list, those seen only under a grant flagged; see {@link #grantOnly}. */
    static void recordReads(Tx tx, CaseloadScope scope, List<AuditEntry> reads) {
        List<String> ids = reads.stream().map(e -> e.participantId).distinct().toList();
        Map<String, String> granted = grantOnly(tx, scope, ids);
        for (AuditEntry e : reads) {
            String reason = granted.get(e.participantId);
            if (reason != null) {
                flag(e, reason);
            }
        }
        tx.record(reads);
    }

    static void flag(AuditEntry entry, String reason) {
        entry.flag(BreakGlassAccess.AUDIT_MARKER + ": " + reason);
    }
}
