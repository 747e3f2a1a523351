package org.missioncj.registry.impl;

import static org.missioncj.registry.impl.CaseloadScopes.SITE_ROLES;
import static org.missioncj.registry.impl.CaseloadScopes.TEAM_ROLES;
import static org.missioncj.registry.impl.CaseloadScopes.isActive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.missioncj.core.api.AccessRule.Scope;
import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.spi.ParticipantScope;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.RegistryAccess;
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

/** Caseload access for every module (see {@link CaseloadAccess}): each check is one operation's {@link AccessRule}. */
@Component(service = {CaseloadAccess.class, ParticipantScope.class}, configurationPid = "org.missioncj.registry.access")
@Designate(ocd = CaseloadAccessImpl.Config.class)
public class CaseloadAccessImpl implements CaseloadAccess, ParticipantScope {
    /** The calendar's last day (9999-12-31): a search to it has no next day to end at, so no upper bound. */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private static final String HINT = "; if you must open the record, state a reason with POST /access/break-glass.";
    /** A participant of the caller's own caseload, not one a break-the-glass grant opened: {@link #mayAccess}. */
    private static final AccessRule OWN_CASELOAD = RegistryAccess.GET_PARTICIPANT.withoutBreakGlass();
    /** Ids are UUIDs: anything longer is no id of ours (and is not repeated back whole). */
    static final int MAX_ID = 64;

    @ObjectClassDefinition(name = "MISSION-CJ caseload access",
            description = "Who sees which participants: their team, their site's navigators and supervisors, admins; "
                    + "others by breaking the glass.")
    public @interface Config {
        @AttributeDefinition(name = "Break-the-glass minutes",
                description = "How long a break-the-glass grant keeps a participant's record open to the staff member "
                        + "who stated the reason (1 to 1440).", min = "1", max = "1440")
        int breakGlassMinutes() default 240;
    }

    private final ModuleSupport module;
    private final CaseloadScopes scopes;
    private final int breakGlassMinutes;

    @Activate
    public CaseloadAccessImpl(@Reference(target = RegistrySettings.MODULE) ModuleSupport module, @Reference StaffService staff,
            Config config) {
        this(module, staff, config.breakGlassMinutes());
    }

    /** For tests and embedding: a fixed grant length. */
    public CaseloadAccessImpl(ModuleSupport module, StaffService staff, int breakGlassMinutes) {
        if (breakGlassMinutes < 1 || breakGlassMinutes > 24 * 60) {
            throw new IllegalArgumentException("breakGlassMinutes must be between 1 and 1440, not " + breakGlassMinutes);
        }
        this.module = module;
        this.scopes = new CaseloadScopes(module, staff);
        this.breakGlassMinutes = breakGlassMinutes;
    }

    // ---- decisions -----------------------------------------------------------------------------

    @Override
    public ParticipantAccess require(Actor actor, AccessRule rule, String participantId, AuditEntry entry) {
        rule.requireRole(actor);
        if (Validator.isBlank(participantId)) {
            throw new ValidationException("participantId", "is required");
        }
        return module.work(tx -> {
            AccessMapper m = tx.mapper(AccessMapper.class);
            if (participantId.length() > MAX_ID) {
                throw unknown(actor, rule, "participant", participantId);
            }
            if (rule.scope() == Scope.ANY || rule.isUnscoped(actor)) {
                if (m.participantExists(participantId) == 0) {
                    throw unknown(actor, rule, "participant", participantId);
                }
                return ParticipantAccess.ADMIN;
            }
            Optional<Staff> me = scopes.staffOf(actor);
            if (me.isPresent() && !isActive(me.get())) {
                throw inactive(rule.action());
            }
            if (!actor.hasAnyRole(Role.CLINICAL_STAFF)) {
                throw outOfScope("participant", participantId, rule);
            }
            // an enrolled participant exists (the enrollment's foreign key): asked only when there is no enrollment
            List<AccessMapper.Placement> placements = m.placements(participantId);
            if (placements.isEmpty()) {
                if (m.participantExists(participantId) == 0) {
                    throw unknown(actor, rule, "participant", participantId);
                }
                return ParticipantAccess.INTAKE;
            }
            AccessMapper.Placement placed = placements.get(0);
            if (me.isPresent()) {
                Staff s = me.get();
                if (rule.scope() == Scope.TEAM && acts(actor, rule, TEAM_ROLES)
                        && (s.id.equals(placed.caseManagerId) || s.id.equals(placed.peerSpecialistId))) {
                    return ParticipantAccess.TEAM;
                }
                if (acts(actor, rule, SITE_ROLES) && s.site.equals(placed.site)) {
                    return ParticipantAccess.SITE;
                }
            }
            List<String> reasons = rule.breakGlassCounts() ? m.openGrantReasons(actor.username(), participantId,
                    module.now()) : List.of();
            if (!reasons.isEmpty()) {
                if (entry != null) {
                    CaseloadScopes.flag(entry, reasons.get(0));
                }
                return ParticipantAccess.BREAK_GLASS;
            }
            throw outOfScope("participant", participantId, rule);
        });
    }

    @Override
    public ParticipantAccess requireRecord(Actor actor, AccessRule rule, String what, String recordId, String participantId,
            AuditEntry entry) {
        rule.requireRole(actor);
        try {
            return require(actor, rule, participantId, entry);
        } catch (ForbiddenException e) {
            throw outOfScope(what, recordId, rule);
        }
    }

    /**
     * A record outside the actor's scope and a record that does not exist get the same answer, so that
     * asking reveals nothing (for example, that a person is a patient of the program): 403 with one
     * message. Only for whom everything is in scope is a missing record a 404.
     */
    @Override
    public RuntimeException unknown(Actor actor, AccessRule rule, String what, String id) {
        if (rule.allows(actor) && (rule.scope() == Scope.ANY || rule.isUnscoped(actor))) {
            return new NotFoundException("There is no " + what + " " + shortId(id) + ".");
        }
        if (!rule.allows(actor)) {
            return new ForbiddenException("You may not " + rule.action() + ".");
        }
        return outOfScope(what, id, rule);
    }

    /** The refusal of a record outside the caller's caseload; it points to break-the-glass only where that opens it. */
    private static ForbiddenException outOfScope(String what, String id, AccessRule rule) {
        return new ForbiddenException("You may not " + rule.action() + ": " + what + " " + shortId(id)
                + " is not on your caseload, or there is no such " + what
                + (rule.breakGlassCounts() ? HINT : "; breaking the glass does not open it."));
    }

    /**
     * Whether the actor holds one of {@code kinds} that the rule names: a Case Manager who is also a site's Peer
     * Navigator reaches the site's participants only through a rule that names navigators, never through one kept
     * for the participant's own Case Manager and Peer Support Specialist (trauma preferences, on-the-job support).
     */
    static boolean acts(Actor actor, AccessRule rule, Set<Role> kinds) {
        for (Role r : kinds) {
            if (actor.hasRole(r) && rule.roles().contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** An id as a message may repeat it: never thousands of characters of someone's input. */
    static String shortId(String id) {
        return id == null ? "(none)" : id.length() <= MAX_ID ? id : id.substring(0, MAX_ID) + "...";
    }

    @Override
    public void requireTeam(Actor actor, AccessRule rule, String teamId) {
        rule.requireRole(actor);
        module.work(tx -> {
            Team team = teamId == null || teamId.length() > MAX_ID ? null : tx.mapper(TeamMapper.class).find(teamId);
            if (team == null) {
                throw new NotFoundException("There is no team " + shortId(teamId) + ".");
            }
            if (rule.scope() == Scope.ANY || rule.isUnscoped(actor)) {
                return null;
            }
            Optional<Staff> me = scopes.staffOf(actor);
            if (me.isPresent() && !isActive(me.get())) {
                throw inactive(rule.action());
            }
            if (me.isPresent()) {
                Staff s = me.get();
                boolean member = s.id.equals(team.caseManagerId) || s.id.equals(team.peerSpecialistId);
                if ((rule.scope() == Scope.TEAM && member && acts(actor, rule, TEAM_ROLES))
                        || (acts(actor, rule, SITE_ROLES) && s.site.equals(team.site))) {
                    return null;
                }
            }
            throw new ForbiddenException("You may not " + rule.action() + ": team " + team.name + " is not your team"
                    + (actor.hasAnyRole(SITE_ROLES) ? " nor at your site." : "."));
        });
    }

    @Override
    public void requireSite(Actor actor, AccessRule rule, String site) {
        rule.requireRole(actor);
        if (rule.scope() == Scope.ANY || rule.isUnscoped(actor)) {
            return;
        }
        if (acts(actor, rule, SITE_ROLES)) {
            Optional<Staff> me = scopes.staffOf(actor);
            if (me.isPresent() && isActive(me.get()) && me.get().site.equals(site)) {
                return;
            }
        }
        throw new ForbiddenException("You may not " + rule.action() + " of site " + shortId(site)
                + ": site views are for the site's Peer Navigators and Clinical Supervisors, and Program Admins.");
    }

    @Override
    public boolean mayAccess(Actor actor, String participantId) {
        try {
            require(actor, OWN_CASELOAD, participantId, null);
            return true;
        } catch (ForbiddenException | NotFoundException e) {
            return false;
        }
    }

    // ---- break the glass -----------------------------------------------------------------------

    @Override
    public BreakGlassAccess breakGlass(Actor actor, String participantId, String reason) {
        AuditEntry entry = module.entry(actor, "BREAK_THE_GLASS", "break-glass").participant(participantId);
        return module.audited(entry, tx -> {
            RegistryAccess.BREAK_GLASS.requireRole(actor);
            Optional<Staff> me = scopes.staffOf(actor);
            if (me.isPresent() && !isActive(me.get())) {
                throw inactive(RegistryAccess.BREAK_GLASS.action());
            }
            String why = reason == null ? null : reason.strip();
            new Validator().requiredText("participantId", participantId, MAX_ID)
                    .required("reason", why)
                    .check(why == null || why.isEmpty() || why.length() >= BreakGlassAccess.MIN_REASON, "reason",
                            "must say in at least " + BreakGlassAccess.MIN_REASON
                                    + " characters why you must open this record")
                    .maxLength("reason", why, BreakGlassAccess.MAX_REASON)
                    .throwIfInvalid();
            AccessMapper m = tx.mapper(AccessMapper.class);
            if (m.participantExists(participantId) == 0) {
                throw ParticipantServiceImpl.notFound(participantId);
            }
            BreakGlassAccess g = new BreakGlassAccess();
            g.id = UUID.randomUUID().toString();
            g.username = actor.username();
            g.participantId = participantId;
            g.reason = why;
            g.openedAt = module.now();
            g.expiresAt = g.openedAt.plusSeconds(60L * breakGlassMinutes);
            m.insertGrant(g);
            entry.resource(g.id);
            CaseloadScopes.flag(entry, why);
            return g;
        });
    }

    @Override
    public Page<BreakGlassAccess> breakGlassAccesses(Actor actor, BreakGlassSearch search, PageRequest page) {
        BreakGlassSearch q = search == null ? new BreakGlassSearch() : search;
        AuditEntry entry = module.entry(actor, "SEARCH", "break-glass").participant(q.participantId).detail(describe(q));
        return module.audited(entry, tx -> {
            RegistryAccess.LIST_BREAK_GLASS.requireRole(actor);
            new Validator().check(q.from == null || q.to == null || !q.to.isBefore(q.from), "to", "must not be before from")
                    .maxLength("username", q.username, 128)
                    .maxLength("participantId", q.participantId, 36)
                    .throwIfInvalid();
            Instant from = q.from == null ? null : q.from.atStartOfDay(module.zone()).toInstant();
            // the last day of the calendar has no next day to end at: it ends the search no more than no bound does
            Instant to = q.to == null || !q.to.isBefore(LAST_DAY) ? null : q.to.plusDays(1).atStartOfDay(module.zone()).toInstant();
            AccessMapper m = tx.mapper(AccessMapper.class);
            Page<BreakGlassAccess> result = Page.read(page, () -> m.countGrants(q.username, q.participantId, from, to),
                    () -> m.grants(q.username, q.participantId, from, to, page.offset(), page.size()));
            tx.record(AuditEntry.readsOf(actor, module.name(), "break-glass", result.items, g -> g.id,
                    g -> g.participantId, "break-the-glass review"));
            return result;
        });
    }

    // ---- helpers -------------------------------------------------------------------------------

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
