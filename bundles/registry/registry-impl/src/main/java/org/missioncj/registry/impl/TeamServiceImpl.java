package org.missioncj.registry.impl;

import java.util.UUID;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.RegistryAccess;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.dto.Caseload;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.api.dto.TeamSearch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TeamService.class)
public class TeamServiceImpl implements TeamService {
    static final int MAX_LIMIT = 200;
    private static final String RESOURCE = "team";

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final RegistrySettings settings;

    @Activate
    public TeamServiceImpl(@Reference(target = RegistrySettings.MODULE) ModuleSupport module, @Reference CaseloadAccess access,
            @Reference RegistrySettings settings) {
        this.module = module;
        this.access = access;
        this.settings = settings;
    }

    @Override
    public Team create(Actor actor, Team input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE);
        return module.audited(entry, tx -> {
            RegistryAccess.CREATE_TEAM.requireRole(actor);
            validate(input);
            Team t = copy(input, new Team());
            t.id = UUID.randomUUID().toString();
            t.version = 1;
            t.active = input.active == null ? Boolean.TRUE : input.active;
            t.createdAt = module.now();
            t.updatedAt = t.createdAt;
            entry.resource(t.id);
            checkMembers(tx, t);
            TeamMapper m = tx.mapper(TeamMapper.class);
            if (m.idByName(t.site, t.name) != null) {
                throw new ConflictException("Site " + t.site + " already has a team named " + t.name + ".");
            }
            m.insert(t);
            return m.find(t.id);
        });
    }

    @Override
    public Team get(Actor actor, String id) {
        RegistryAccess.GET_TEAM.requireRole(actor);
        return module.work(tx -> find(tx.mapper(TeamMapper.class), id));
    }

    @Override
    public Team update(Actor actor, String id, long expectedVersion, Team input) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            RegistryAccess.UPDATE_TEAM.requireRole(actor);
            PreconditionRequiredException.requireVersion(expectedVersion);
            TeamMapper m = tx.mapper(TeamMapper.class);
            Team current = find(m, id);
            validate(input);
            Team t = copy(input, new Team());
            t.id = id;
            t.active = input.active == null ? current.active : input.active;
            t.updatedAt = module.now();
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
            int limit = t.caseloadLimit == null ? settings.defaultCaseloadLimit() : t.caseloadLimit;
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
    public Page<Team> list(Actor actor, TeamSearch search, PageRequest page) {
        RegistryAccess.LIST_TEAMS.requireRole(actor);
        TeamSearch q = search == null ? new TeamSearch() : search;
        new Validator().maxLength("site", q.site, 64).throwIfInvalid();
        return module.work(tx -> {
            TeamMapper m = tx.mapper(TeamMapper.class);
            return Page.read(page, () -> m.count(q), () -> m.list(q, page.offset(), page.size()));
        });
    }

    @Override
    public Caseload caseload(Actor actor, String teamId) {
        AuditEntry entry = module.entry(actor, "READ", "caseload").resource(teamId);
        return module.audited(entry, tx -> {
            access.requireTeam(actor, RegistryAccess.GET_TEAM_CASELOAD, teamId);
            TeamMapper m = tx.mapper(TeamMapper.class);
            Team t = find(m, teamId);
            Caseload c = new Caseload();
            c.teamId = t.id;
            c.teamName = t.name;
            c.limit = t.caseloadLimit == null ? settings.defaultCaseloadLimit() : t.caseloadLimit;
            c.participants = m.caseload(teamId);
            c.count = c.participants.size();
            tx.record(AuditEntry.readsOf(actor, module.name(), "participant", c.participants,
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

    private void checkMembers(Tx tx, Team t) {
        StaffMapper staff = tx.mapper(StaffMapper.class);
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
