package org.missioncj.registry.impl;

import java.util.UUID;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.persistence.Transaction;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.dto.Caseload;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TeamService.class)
public class TeamServiceImpl implements TeamService {
    static final int MAX_LIMIT = 200;
    private static final String RESOURCE = "team";

    private final RegistryStore store;
    private final CaseloadAccess access;

    @Activate
    public TeamServiceImpl(@Reference RegistryStore store, @Reference CaseloadAccess access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public Team create(Actor actor, Team input) {
        AuditEntry entry = AuditEntry.of(actor, RegistryStore.COMPONENT, "CREATE", RESOURCE);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(Access.STAFF_ADMIN, "create teams");
            validate(input);
            Team t = copy(input, new Team());
            t.id = UUID.randomUUID().toString();
            t.version = 1;
            t.active = input.active == null ? Boolean.TRUE : input.active;
            t.createdAt = store.now();
            t.updatedAt = t.createdAt;
            entry.resource(t.id);
            checkMembers(tx, t);
            TeamMapper m = store.mapper(tx, TeamMapper.class);
            if (m.idByName(t.site, t.name) != null) {
                throw new ConflictException("Site " + t.site + " already has a team named " + t.name + ".");
            }
            m.insert(t);
            return m.find(t.id);
        });
    }

    @Override
    public Team get(Actor actor, String id) {
        actor.requireAnyRole(Access.STAFF_READ, "read teams");
        return store.database.inTransaction(tx -> find(store.mapper(tx, TeamMapper.class), id));
    }

    @Override
    public Team update(Actor actor, String id, long expectedVersion, Team input) {
        AuditEntry entry = AuditEntry.of(actor, RegistryStore.COMPONENT, "UPDATE", RESOURCE).resource(id);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(Access.STAFF_ADMIN, "change teams");
            PreconditionRequiredException.requireVersion(expectedVersion);
            TeamMapper m = store.mapper(tx, TeamMapper.class);
            Team current = find(m, id);
            validate(input);
            Team t = copy(input, new Team());
            t.id = id;
            t.active = input.active == null ? current.active : input.active;
            t.updatedAt = store.now();
            checkMembers(tx, t);
            String sameName = m.idByName(t.site, t.name);
            if (sameName != null && !sameName.equals(id)) {
                throw new ConflictException("Site " + t.site + " already has a team named " + t.name + ".");
            }
            m.lockForEnrollment(id);
            int count = m.caseloadCount(id);
            if (!t.active && count > 0) {
                throw new ConflictException("Team " + current.name + " still carries " + count
                        + " participants; move or close their enrollments before deactivating it.");
            }
            int limit = t.caseloadLimit == null ? store.defaultCaseloadLimit : t.caseloadLimit;
            if (count > limit) {
                throw new ConflictException("Team " + current.name + " carries " + count
                        + " participants, more than the new limit of " + limit + ".");
            }
            if (m.update(t, expectedVersion) == 0) {
                throw PreconditionFailedException.stale("Team", id, expectedVersion, current.version);
            }
            return m.find(id);
        });
    }

    @Override
    public Page<Team> list(Actor actor, String site, PageRequest page) {
        actor.requireAnyRole(Access.STAFF_READ, "list teams");
        return store.database.inTransaction(tx -> {
            TeamMapper m = store.mapper(tx, TeamMapper.class);
            return new Page<>(m.list(site, page.offset(), page.size()), page, m.count(site));
        });
    }

    @Override
    public Caseload caseload(Actor actor, String teamId) {
        AuditEntry entry = AuditEntry.of(actor, RegistryStore.COMPONENT, "READ", "caseload").resource(teamId);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(Access.PARTICIPANT_READ, "read caseloads");
            access.requireTeam(actor, teamId, "read this team's caseload");
            TeamMapper m = store.mapper(tx, TeamMapper.class);
            Team t = find(m, teamId);
            Caseload c = new Caseload();
            c.teamId = t.id;
            c.teamName = t.name;
            c.limit = t.caseloadLimit == null ? store.defaultCaseloadLimit : t.caseloadLimit;
            c.participants = m.caseload(teamId);
            c.count = c.participants.size();
            store.audit.recordAll(AuditEntry.readsOf(actor, RegistryStore.COMPONENT, "participant", c.participants,
                    e -> e.participantId, e -> e.participantId, "caseload of team " + teamId));
            return c;
        });
    }

    static Team find(TeamMapper m, String id) {
        Team t = m.find(id);
        if (t == null) {
            throw new NotFoundException("There is no team " + id + ".");
        }
        return t;
    }

    private void checkMembers(Transaction tx, Team t) {
        StaffMapper staff = store.mapper(tx, StaffMapper.class);
        checkMember(staff, t, t.caseManagerId, StaffRole.CASE_MANAGER, "caseManagerId");
        checkMember(staff, t, t.peerSpecialistId, StaffRole.PEER_SPECIALIST, "peerSpecialistId");
    }

    private static void checkMember(StaffMapper m, Team t, String staffId, StaffRole role, String field) {
        Staff s = m.find(staffId);
        if (s == null) {
            throw new NotFoundException(field + ": there is no staff member " + staffId + ".");
        }
        if (s.role != role) {
            throw new UnprocessableException(field + ": " + s.givenName + " " + s.familyName + " is a " + s.role
                    + ", not a " + role + ".");
        }
        if (!s.active) {
            throw new UnprocessableException(field + ": " + s.givenName + " " + s.familyName + " is not active.");
        }
        if (!s.site.equals(t.site)) {
            throw new UnprocessableException(field + ": " + s.givenName + " " + s.familyName + " works at site " + s.site
                    + ", not " + t.site + ".");
        }
    }

    private static void validate(Team t) {
        Validator v = new Validator();
        if (t == null) {
            v.required("$", null).throwIfInvalid();
        }
        v.requiredText("name", t.name, 100)
                .required("site", t.site)
                .check(t.site == null || StaffServiceImpl.SITE.matcher(t.site).matches(), "site",
                        "must be 1 to 64 letters, digits, spaces, '.', '_' or '-'")
                .required("caseManagerId", t.caseManagerId)
                .required("peerSpecialistId", t.peerSpecialistId)
                .check(t.caseloadLimit == null || (t.caseloadLimit >= 1 && t.caseloadLimit <= MAX_LIMIT), "caseloadLimit",
                        "must be between 1 and " + MAX_LIMIT)
                .throwIfInvalid();
    }

    private static Team copy(Team from, Team to) {
        to.name = from.name.trim();
        to.site = from.site.trim();
        to.caseManagerId = from.caseManagerId;
        to.peerSpecialistId = from.peerSpecialistId;
        to.caseloadLimit = from.caseloadLimit;
        return to;
    }
}
