package org.missioncj.registry.impl;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.spi.ParticipantScope;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.dto.BreakGlassAccess;
import org.missioncj.registry.api.dto.BreakGlassSearch;
import org.missioncj.registry.api.dto.ParticipantAccess;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Caseload access for every module (see {@link CaseloadAccess}). The registry's own services also
 * use {@link #scope} to filter lists in SQL, and {@link #grantOnly} to flag list reads made under a
 * grant.
 */
@Component(service = {CaseloadAccess.class, CaseloadAccessImpl.class, ParticipantScope.class},
        configurationPid = "org.missioncj.registry.access")
@Designate(ocd = CaseloadAccessImpl.Config.class)
public class CaseloadAccessImpl implements CaseloadAccess, ParticipantScope {
    static final Set<Role> TEAM_ROLES = Collections.unmodifiableSet(EnumSet.of(Role.CASE_MANAGER, Role.PEER_SPECIALIST));
    static final Set<Role> SITE_ROLES = Collections.unmodifiableSet(
            EnumSet.of(Role.PEER_NAVIGATOR, Role.CLINICAL_SUPERVISOR));
    private static final Actor SYSTEM = Actor.system(RegistryStore.COMPONENT);
    private static final String HINT = "; if you must open the record, state a reason with POST /access/break-glass.";
    /** Ids are UUIDs: anything longer is no id of ours (and is not repeated back whole). */
    static final int MAX_ID = 64;

    @ObjectClassDefinition(name = "MISSION-CJ caseload access",
            description = "Who sees which participants: their team, their site's navigators and supervisors, admins; "
                    + "others by breaking the glass.")
    public @interface Config {
        @AttributeDefinition(name = "Break-the-glass minutes",
                description = "How long a break-the-glass grant keeps a participant's record open to the staff member "
                        + "who stated the reason (1 to 1440).")
        int breakGlassMinutes() default 240;
    }

    private final RegistryStore store;
    private final StaffService staff;
    private final int breakGlassMinutes;

    @Activate
    public CaseloadAccessImpl(@Reference RegistryStore store, @Reference StaffService staff, Config config) {
        this(store, staff, config.breakGlassMinutes());
    }

    /**
     * For tests and embedding: a fixed grant length. A factory rather than a second public constructor
     * of the same arity, which SCR could try (and log an error for) at start.
     */
    public static CaseloadAccessImpl standalone(RegistryStore store, StaffService staff, int breakGlassMinutes) {
        return new CaseloadAccessImpl(store, staff, breakGlassMinutes);
    }

    private CaseloadAccessImpl(RegistryStore store, StaffService staff, int breakGlassMinutes) {
        if (breakGlassMinutes < 1 || breakGlassMinutes > 24 * 60) {
            throw new IllegalArgumentException("breakGlassMinutes must be between 1 and 1440, not " + breakGlassMinutes);
        }
        this.store = store;
        this.staff = staff;
        this.breakGlassMinutes = breakGlassMinutes;
    }

    // ---- decisions -----------------------------------------------------------------------------

    @Override
    public ParticipantAccess requireParticipant(Actor actor, String participantId, String action) {
        return requireParticipant(actor, participantId, action, null);
    }

    @Override
    public ParticipantAccess requireParticipant(Actor actor, String participantId, String action, AuditEntry entry) {
        requireClinical(actor, action);
        return store.database.inTransaction(tx -> {
            AccessMapper m = store.mapper(tx, AccessMapper.class);
            if (participantId == null || participantId.length() > MAX_ID || m.participantExists(participantId) == 0) {
                throw unknown(actor, "participant", participantId, action);
            }
            if (actor.hasRole(Role.PROGRAM_ADMIN)) {
                return ParticipantAccess.ADMIN;
            }
            Optional<Staff> me = staffOf(actor);
            if (me.isPresent() && !isActive(me.get())) {
                throw inactive(action);
            }
            AccessMapper.Placement placed = placement(m, participantId);
            if (placed == null) {
                return ParticipantAccess.INTAKE;
            }
            if (me.isPresent()) {
                Staff s = me.get();
                if (actor.hasAnyRole(TEAM_ROLES) && (s.id.equals(placed.caseManagerId) || s.id.equals(placed.peerSpecialistId))) {
                    return ParticipantAccess.TEAM;
                }
                if (actor.hasAnyRole(SITE_ROLES) && s.site.equals(placed.site)) {
                    return ParticipantAccess.SITE;
                }
            }
            List<String> reasons = m.openGrantReasons(actor.username(), participantId, store.now());
            if (!reasons.isEmpty()) {
                if (entry != null) {
                    flag(entry, reasons.get(0));
                }
                return ParticipantAccess.BREAK_GLASS;
            }
            throw outOfScope("participant", participantId, action);
        });
    }

    /**
     * A record outside the actor's scope and a record that does not exist get the same answer, so that
     * asking reveals nothing (for example, that a person is a patient of the program): 403 with one
     * message. Only for whom everything is in scope (program admins) is a missing record a 404.
     */
    @Override
    public RuntimeException unknown(Actor actor, String what, String id, String action) {
        if (actor.hasRole(Role.PROGRAM_ADMIN)) {
            return new NotFoundException("There is no " + what + " " + shortId(id) + ".");
        }
        return outOfScope(what, id, action);
    }

    @Override
    public ParticipantAccess requireRecord(Actor actor, String what, String recordId, String participantId, String action,
            AuditEntry entry) {
        requireClinical(actor, action);
        try {
            return requireParticipant(actor, participantId, action, entry);
        } catch (ForbiddenException e) {
            throw outOfScope(what, recordId, action);
        }
    }

    private static ForbiddenException outOfScope(String what, String id, String action) {
        return new ForbiddenException("You may not " + action + ": " + what + " " + shortId(id)
                + " is not on your caseload, or there is no such " + what + HINT);
    }

    /** An id as a message may repeat it: never thousands of characters of someone's input. */
    static String shortId(String id) {
        return id == null ? "(none)" : id.length() <= MAX_ID ? id : id.substring(0, MAX_ID) + "...";
    }

    @Override
    public void requireTeam(Actor actor, String teamId, String action) {
        requireClinical(actor, action);
        store.database.inTransaction(tx -> {
            Team team = teamId == null ? null : store.mapper(tx, TeamMapper.class).find(teamId);
            if (team == null) {
                throw new NotFoundException("There is no team " + teamId + ".");
            }
            if (actor.hasRole(Role.PROGRAM_ADMIN)) {
                return null;
            }
            Optional<Staff> me = staffOf(actor);
            if (me.isPresent() && !isActive(me.get())) {
                throw inactive(action);
            }
            if (me.isPresent()) {
                Staff s = me.get();
                boolean member = s.id.equals(team.caseManagerId) || s.id.equals(team.peerSpecialistId);
                if ((member && actor.hasAnyRole(TEAM_ROLES)) || (actor.hasAnyRole(SITE_ROLES) && s.site.equals(team.site))) {
                    return null;
                }
            }
            throw new ForbiddenException("You may not " + action + ": team " + team.name + " is not your team"
                    + (actor.hasAnyRole(SITE_ROLES) ? " nor at your site." : "."));
        });
    }

    @Override
    public void requireSite(Actor actor, String site, String action) {
        requireClinical(actor, action);
        if (actor.hasRole(Role.PROGRAM_ADMIN)) {
            return;
        }
        if (actor.hasAnyRole(SITE_ROLES)) {
            Optional<Staff> me = staffOf(actor);
            if (me.isPresent() && isActive(me.get()) && me.get().site.equals(site)) {
                return;
            }
        }
        throw new ForbiddenException("You may not " + action + " of site " + site
                + ": site views are for the site's Peer Navigators and Clinical Supervisors, and Program Admins.");
    }

    @Override
    public boolean mayAccess(Actor actor, String participantId) {
        try {
            requireParticipant(actor, participantId, "open this participant");
            return true;
        } catch (ForbiddenException | NotFoundException e) {
            return false;
        }
    }

    // ---- lists ---------------------------------------------------------------------------------

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
        s.now = store.now();
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
    Map<String, String> grantOnly(CaseloadScope scope, List<String> participantIds) {
        if (scope.all || scope.grantee == null || participantIds.isEmpty()) {
            return Map.of();
        }
        return store.database.inTransaction(tx -> {
            AccessMapper m = store.mapper(tx, AccessMapper.class);
            Map<String, String> out = new HashMap<>();
            for (BreakGlassAccess g : m.openGrants(scope.grantee, scope.now)) {
                if (participantIds.contains(g.participantId)) {
                    out.putIfAbsent(g.participantId, g.reason);
                }
            }
            if (!out.isEmpty()) {
                m.onTeamOrSite(scope, List.copyOf(out.keySet())).forEach(out::remove);
                for (String id : List.copyOf(out.keySet())) {
                    if (placement(m, id) == null) {
                        out.remove(id); // intake: open to all clinical staff anyway
                    }
                }
            }
            return out;
        });
    }

    /** Flags the entries of reads made under a grant; see {@link #grantOnly}. */
    static void flagAll(List<AuditEntry> entries, Map<String, String> grantOnly) {
        if (grantOnly.isEmpty()) {
            return;
        }
        for (AuditEntry e : entries) {
            String reason = grantOnly.get(e.participantId);
            if (reason != null) {
                flag(e, reason);
            }
        }
    }

    static void flag(AuditEntry entry, String reason) {
        String marker = BreakGlassAccess.AUDIT_MARKER + ": " + reason;
        entry.detail(entry.detail == null ? marker : marker + "; " + entry.detail);
    }

    // ---- break the glass -----------------------------------------------------------------------

    @Override
    public BreakGlassAccess breakGlass(Actor actor, String participantId, String reason) {
        AuditEntry entry = AuditEntry.of(actor, RegistryStore.COMPONENT, "BREAK_THE_GLASS", "break-glass")
                .participant(participantId);
        return store.audited(entry, tx -> {
            requireClinical(actor, "break the glass");
            Optional<Staff> me = staffOf(actor);
            if (me.isPresent() && !isActive(me.get())) {
                throw inactive("break the glass");
            }
            String why = reason == null ? null : reason.strip();
            new Validator().required("participantId", participantId)
                    .required("reason", why)
                    .check(why == null || why.isEmpty() || why.length() >= BreakGlassAccess.MIN_REASON, "reason",
                            "must say in at least " + BreakGlassAccess.MIN_REASON
                                    + " characters why you must open this record")
                    .maxLength("reason", why, BreakGlassAccess.MAX_REASON)
                    .throwIfInvalid();
            AccessMapper m = store.mapper(tx, AccessMapper.class);
            if (m.participantExists(participantId) == 0) {
                throw ParticipantServiceImpl.notFound(participantId);
            }
            BreakGlassAccess g = new BreakGlassAccess();
            g.id = UUID.randomUUID().toString();
            g.username = actor.username();
            g.participantId = participantId;
            g.reason = why;
            g.openedAt = store.now();
            g.expiresAt = g.openedAt.plusSeconds(60L * breakGlassMinutes);
            m.insertGrant(g);
            entry.resource(g.id);
            flag(entry, why);
            return g;
        });
    }

    @Override
    public Page<BreakGlassAccess> breakGlassAccesses(Actor actor, BreakGlassSearch search, PageRequest page) {
        BreakGlassSearch q = search == null ? new BreakGlassSearch() : search;
        AuditEntry entry = AuditEntry.of(actor, RegistryStore.COMPONENT, "SEARCH", "break-glass")
                .participant(q.participantId).detail(describe(q));
        return store.audited(entry, tx -> {
            actor.requireAnyRole(Role.AUDIT_READERS, "review break-the-glass accesses");
            new Validator().check(q.from == null || q.to == null || !q.to.isBefore(q.from), "to", "must not be before from")
                    .maxLength("username", q.username, 128)
                    .maxLength("participantId", q.participantId, 36)
                    .throwIfInvalid();
            Instant from = q.from == null ? null : q.from.atStartOfDay(store.zone()).toInstant();
            Instant to = q.to == null ? null : q.to.plusDays(1).atStartOfDay(store.zone()).toInstant();
            AccessMapper m = store.mapper(tx, AccessMapper.class);
            long total = m.countGrants(q.username, q.participantId, from, to);
            List<BreakGlassAccess> items = m.grants(q.username, q.participantId, from, to, page.offset(), page.size());
            store.audit.recordAll(AuditEntry.readsOf(actor, RegistryStore.COMPONENT, "break-glass", items, g -> g.id,
                    g -> g.participantId, "break-the-glass review"));
            return new Page<>(items, page, total);
        });
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** Null for a participant in intake (no enrollment). */
    private static AccessMapper.Placement placement(AccessMapper m, String participantId) {
        List<AccessMapper.Placement> p = m.placements(participantId);
        return p.isEmpty() ? null : p.get(0);
    }

    private static void requireClinical(Actor actor, String action) {
        actor.requireAnyRole(Role.CLINICAL_STAFF, action);
    }

    private Optional<Staff> staffOf(Actor actor) {
        return staff.findByUsername(SYSTEM, actor.username());
    }

    private static boolean isActive(Staff s) {
        return Boolean.TRUE.equals(s.active);
    }

    private static ForbiddenException inactive(String action) {
        return new ForbiddenException("You may not " + action + ": your staff record is inactive; ask a program admin "
                + "to reactivate it.");
    }

    private static String describe(BreakGlassSearch q) {
        StringBuilder sb = new StringBuilder("filters:");
        if (q.from != null) {
            sb.append(" from=").append(q.from);
        }
        if (q.to != null) {
            sb.append(" to=").append(q.to);
        }
        if (q.username != null) {
            sb.append(" username=").append(q.username);
        }
        if (q.participantId != null) {
            sb.append(" participantId");
        }
        return sb.toString();
    }
}
