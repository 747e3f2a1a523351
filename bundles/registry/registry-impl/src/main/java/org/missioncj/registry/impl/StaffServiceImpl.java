package org.missioncj.registry.impl;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = StaffService.class)
public class StaffServiceImpl implements StaffService {
    static final Pattern SITE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$");
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._@-]{1,64}$");
    private static final String RESOURCE = "staff";

    private final RegistryStore store;

    @Activate
    public StaffServiceImpl(@Reference RegistryStore store) {
        this.store = store;
    }

    @Override
    public Staff create(Actor actor, Staff input) {
        AuditEntry entry = AuditEntry.of(actor, RegistryStore.COMPONENT, "CREATE", RESOURCE);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(Access.STAFF_ADMIN, "create staff records");
            validate(input);
            StaffMapper m = store.mapper(tx, StaffMapper.class);
            Staff s = copy(input, new Staff());
            s.id = UUID.randomUUID().toString();
            s.version = 1;
            s.active = input.active == null ? Boolean.TRUE : input.active;
            s.createdAt = store.now();
            s.updatedAt = s.createdAt;
            entry.resource(s.id);
            checkUsernameFree(m, s.username, s.id);
            m.insert(s);
            return m.find(s.id);
        });
    }

    @Override
    public Staff get(Actor actor, String id) {
        actor.requireAnyRole(Access.STAFF_READ, "read staff records");
        return store.database.inTransaction(tx -> find(store.mapper(tx, StaffMapper.class), id));
    }

    @Override
    public Optional<Staff> findByUsername(Actor actor, String username) {
        actor.requireAnyRole(Access.STAFF_READ, "read staff records");
        return store.database.inTransaction(tx -> Optional.ofNullable(
                store.mapper(tx, StaffMapper.class).findByUsername(username)));
    }

    @Override
    public Staff update(Actor actor, String id, long expectedVersion, Staff input) {
        AuditEntry entry = AuditEntry.of(actor, RegistryStore.COMPONENT, "UPDATE", RESOURCE).resource(id);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(Access.STAFF_ADMIN, "change staff records");
            PreconditionRequiredException.requireVersion(expectedVersion);
            StaffMapper m = store.mapper(tx, StaffMapper.class);
            Staff current = find(m, id);
            validate(input);
            Staff s = copy(input, new Staff());
            s.id = id;
            s.active = input.active == null ? current.active : input.active;
            s.updatedAt = store.now();
            checkUsernameFree(m, s.username, id);
            if (!s.active && current.active && m.activeTeams(id) > 0) {
                throw new ConflictException("Staff member " + id + " is on an active team; give the team another "
                        + "member before deactivating them.");
            }
            if (current.role != s.role && m.activeTeams(id) > 0) {
                throw new ConflictException("Staff member " + id + " is on an active team as " + current.role
                        + "; take them off the team before changing their role.");
            }
            if (m.update(s, expectedVersion) == 0) {
                throw PreconditionFailedException.stale("Staff member", id, expectedVersion, current.version);
            }
            return m.find(id);
        });
    }

    @Override
    public Page<Staff> list(Actor actor, String site, StaffRole role, Boolean active, PageRequest page) {
        actor.requireAnyRole(Access.STAFF_READ, "list staff");
        return store.database.inTransaction(tx -> {
            StaffMapper m = store.mapper(tx, StaffMapper.class);
            return new Page<>(m.list(site, role, active, page.offset(), page.size()), page, m.count(site, role, active));
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
