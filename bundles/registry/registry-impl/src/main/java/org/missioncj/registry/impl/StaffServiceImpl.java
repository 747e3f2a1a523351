package org.missioncj.registry.impl;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.registry.api.RegistryAccess;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffSearch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = StaffService.class)
public class StaffServiceImpl implements StaffService {
    static final Pattern SITE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$");
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._@-]{1,64}$");
    private static final String RESOURCE = "staff";

    private final ModuleSupport module;

    @Activate
    public StaffServiceImpl(@Reference(target = RegistrySettings.MODULE) ModuleSupport module) {
        this.module = module;
    }

    @Override
    public Staff create(Actor actor, Staff input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE);
        return module.audited(entry, tx -> {
            RegistryAccess.CREATE_STAFF.requireRole(actor);
            validate(input);
            StaffMapper m = tx.mapper(StaffMapper.class);
            Staff s = copy(input, new Staff());
            s.id = UUID.randomUUID().toString();
            s.version = 1;
            s.active = input.active == null ? Boolean.TRUE : input.active;
            s.createdAt = module.now();
            s.updatedAt = s.createdAt;
            entry.resource(s.id);
            checkUsernameFree(m, s.username, s.id);
            m.insert(s);
            return m.find(s.id);
        });
    }

    @Override
    public Staff get(Actor actor, String id) {
        RegistryAccess.GET_STAFF.requireRole(actor);
        return module.work(tx -> find(tx.mapper(StaffMapper.class), id));
    }

    @Override
    public Optional<Staff> findByUsername(Actor actor, String username) {
        RegistryAccess.GET_STAFF.requireRole(actor);
        return module.work(tx -> Optional.ofNullable(
                tx.mapper(StaffMapper.class).findByUsername(username)));
    }

    @Override
    public Staff update(Actor actor, String id, long expectedVersion, Staff input) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            RegistryAccess.UPDATE_STAFF.requireRole(actor);
            PreconditionRequiredException.requireVersion(expectedVersion);
            StaffMapper m = tx.mapper(StaffMapper.class);
            Staff current = find(m, id);
            validate(input);
            Staff s = copy(input, new Staff());
            s.id = id;
            s.active = input.active == null ? current.active : input.active;
            s.updatedAt = module.now();
            checkUsernameFree(m, s.username, id);
            if (!s.active && current.active && m.activeTeams(id) > 0) {
                throw new ConflictException("Staff member " + id + " is on an active team; give the team another "
                        + "member before deactivating them.");
            }
            if (current.role != s.role && m.activeTeams(id) > 0) {
                throw new ConflictException("Staff member " + id + " is on an active team as " + current.role
                        + "; take them off the team before changing their role.");
            }
            if (!current.site.equals(s.site) && m.activeTeams(id) > 0) {
                // a team's members work at its site (POST /teams checks it): a move would leave a team across sites
                throw new ConflictException("Staff member " + id + " is on an active team at site " + current.site
                        + "; take them off the team before moving them to " + s.site + ".");
            }
            if (m.update(s, expectedVersion) == 0) {
                throw PreconditionFailedException.stale("Staff member", id, expectedVersion, current.version);
            }
            return m.find(id);
        });
    }

    @Override
    public Page<Staff> list(Actor actor, StaffSearch search, PageRequest page) {
        RegistryAccess.LIST_STAFF.requireRole(actor);
        StaffSearch q = search == null ? new StaffSearch() : search;
        new Validator().maxLength("site", q.site, 64).throwIfInvalid();
        return module.work(tx -> {
            StaffMapper m = tx.mapper(StaffMapper.class);
            return Page.read(page, () -> m.count(q), () -> m.list(q, page.offset(), page.size()));
        });
    }

    static Staff find(StaffMapper m, String id) {
        Staff s = m.find(id);
        if (s == null) {
            throw new NotFoundException("There is no staff member " + id + ".");
        }
        return s;
    }

    private static void checkUsernameFree(StaffMapper m, String username, String id) {
        if (username == null) {
            return;
        }
        Staff other = m.findByUsername(username);
        if (other != null && !other.id.equals(id)) {
            throw new ConflictException("User name " + username + " is already linked to staff member " + other.id + ".");
        }
    }

    private static void validate(Staff s) {
        Validator v = new Validator();
        if (s == null) {
            v.required("$", null).throwIfInvalid();
        }
        v.requiredText("givenName", s.givenName, 100)
                .requiredText("familyName", s.familyName, 100)
                .required("role", s.role)
                .required("site", s.site)
                .check(s.site == null || SITE.matcher(s.site).matches(), "site",
                        "must be 1 to 64 letters, digits, spaces, '.', '_' or '-'")
                .check(s.username == null || USERNAME.matcher(s.username).matches(), "username",
                        "must be 1 to 64 letters, digits, '.', '_', '@' or '-'")
                .maxLength("email", s.email, 254)
                .email("email", s.email)
                .maxLength("phone", s.phone, 40)
                .throwIfInvalid();
    }

    private static Staff copy(Staff from, Staff to) {
        to.username = from.username;
        to.givenName = from.givenName.trim();
        to.familyName = from.familyName.trim();
        to.role = from.role;
        to.site = from.site.trim();
        to.email = from.email;
        to.phone = from.phone;
        return to;
    }
}
