package org.missioncj.core.impl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.ibatis.session.SqlSessionFactory;
import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.CoreAccess;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.SiteClock;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.audit.AuditedWork;
import org.missioncj.core.api.persistence.Transaction;
import org.missioncj.core.api.persistence.TransactionWork;
import org.missioncj.core.api.security.AccountEvents;
import org.missioncj.core.api.security.AccountService;
import org.missioncj.core.api.security.dto.Account;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@Component(service = AccountService.class, configurationPid = "org.missioncj.core.accounts")
@Designate(ocd = AccountServiceImpl.Config.class)
public class AccountServiceImpl implements AccountService {
    static final String COMPONENT = "core";
    static final String RESOURCE = "account";
    /** Fewer iterations than this are not a slow hash any more, whatever the configuration says. */
    static final int MIN_ITERATIONS = 10_000;
    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

    @ObjectClassDefinition(name = "MISSION-CJ staff accounts",
            description = "Staff accounts kept in the mission database, created by program admins through /accounts.")
    public @interface Config {
        @AttributeDefinition(name = "Password hash iterations",
                description = "PBKDF2-HMAC-SHA256 iterations for password hashes (at least 10000; OWASP asks for 600000). "
                        + "A stored hash made with fewer is made again with this count at its holder's next sign-in.")
        int passwordIterations() default MissionPasswordEncryption.DEFAULT_ITERATIONS;
    }

    private final DatabaseComponent database;
    private final AuditService audit;
    private final EventAdmin events;
    private final SiteClock clock;
    private final int iterations;
    private final SqlSessionFactory sessions;
    /** Compared against when the user name is unknown, so that takes as long as a wrong password. */
    private final String unknownUserHash;
    /** The sign-ins of etc/users.properties, whose names no account may take. */
    private volatile OperatorFile operators = OperatorFile.standard();

    @Activate
    public AccountServiceImpl(@Reference DatabaseComponent database, @Reference AuditService audit,
            @Reference EventAdmin events, @Reference SiteClock clock, Config config) {
        this(database, audit, events, clock, config.passwordIterations());
    }

    /** For tests and embedding; {@code events} may be null. */
    AccountServiceImpl(DatabaseComponent database, AuditService audit, EventAdmin events, SiteClock clock, int iterations) {
        this.database = database;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.iterations = Math.max(MIN_ITERATIONS, iterations);
        this.sessions = database.sessionFactory(AccountMapper.class);
        this.unknownUserHash = PasswordHash.hash("no such account, no such password".toCharArray(), this.iterations);
    }

    /** For tests: the operator file whose names accounts may not take. */
    void setOperators(OperatorFile operators) {
        this.operators = operators;
    }

    // ---- administration ------------------------------------------------------------------------

    @Override
    public Account create(Actor actor, Account input, char[] initialPassword) {
        AuditEntry entry = entry(actor, "ACCOUNT_CREATE", input == null ? null : input.username);
        try {
            return audited(entry, tx -> {
                CoreAccess.CREATE_ACCOUNT.requireRole(actor);
                Validator v = new Validator();
                validateUsername(v, input == null ? null : input.username);
                validateDetails(v, input);
                validatePassword(v, "password", input == null ? null : input.username, initialPassword,
                        input == null ? null : input.displayName);
                v.throwIfInvalid();
                AccountMapper m = DatabaseComponent.mapper(tx, sessions, AccountMapper.class);
                if (m.find(input.username) != null) {
                    throw new ConflictException("There is already an account " + input.username
                            + ". Choose another user name, or update that account.");
                }
                if (operators.has(input.username)) {
                    throw new ConflictException("User name " + input.username + " belongs to a sign-in of "
                            + "etc/users.properties (the bootstrap admin or an operator), in this or another case. "
                            + "Choose another user name.");
                }
                AccountMapper.Row r = new AccountMapper.Row();
                r.username = input.username;
                r.version = 1;
                copyDetails(input, r);
                r.enabled = input.enabled == null || input.enabled;
                r.passwordHash = PasswordHash.hash(initialPassword, iterations);
                r.createdAt = clock.now();
                r.createdBy = actor.username();
                r.updatedAt = r.createdAt;
                r.updatedBy = r.createdBy;
                r.passwordChangedAt = r.createdAt;
                m.insert(r);
                entry.detail("roles " + rolesOf(r.roles) + (r.enabled ? "" : ", disabled")
                        + (r.organization == null ? "" : ", organization " + r.organization)
                        + (r.organizationClass == null ? "" : " (" + r.organizationClass + ")"));
                changed(tx, r.username, entry.action);
                return toAccount(m.find(r.username));
            });
        } finally {
            clear(initialPassword);
        }
    }

    @Override
    public Account get(Actor actor, String username) {
        if (!actor.username().equals(username)) {
            requireAdmin(actor, "READ", username, CoreAccess.GET_ACCOUNT);
        }
        return database.inTransaction(tx -> toAccount(find(DatabaseComponent.mapper(tx, sessions, AccountMapper.class), username)));
    }

    @Override
    public Page<Account> list(Actor actor, PageRequest page) {
        requireAdmin(actor, "SEARCH", null, CoreAccess.LIST_ACCOUNTS);
        return database.inTransaction(tx -> {
            AccountMapper m = DatabaseComponent.mapper(tx, sessions, AccountMapper.class);
            List<Account> items = new ArrayList<>();
            for (AccountMapper.Row r : m.list(page.offset(), page.size())) {
                items.add(toAccount(r));
            }
            return new Page<>(items, page, m.count());
        });
    }

    @Override
    public Account update(Actor actor, String username, long expectedVersion, Account input) {
        AuditEntry entry = entry(actor, "ACCOUNT_UPDATE", username);
        return audited(entry, tx -> {
            CoreAccess.UPDATE_ACCOUNT.requireRole(actor);
            PreconditionRequiredException.requireVersion(expectedVersion);
            Validator v = new Validator();
            validateDetails(v, input);
            v.throwIfInvalid();
            AccountMapper m = DatabaseComponent.mapper(tx, sessions, AccountMapper.class);
            AccountMapper.Row current = find(m, username);
            AccountMapper.Row r = new AccountMapper.Row();
            r.username = username;
            copyDetails(input, r);
            Set<Role> before = rolesOf(current.roles);
            Set<Role> after = rolesOf(r.roles);
            if (username.equals(actor.username()) && before.contains(Role.PROGRAM_ADMIN)
                    && !after.contains(Role.PROGRAM_ADMIN)) {
                throw new ConflictException("You cannot take PROGRAM_ADMIN from your own account: another program admin "
                        + "has to, so that the site is never left without one by mistake.");
            }
            if (username.equals(actor.username()) && (!before.equals(after)
                    || !Objects.equals(current.organization, r.organization)
                    || !Objects.equals(current.organizationClass, r.organizationClass))) {
                throw new ForbiddenException("You may not change your own roles or organization: another program admin "
                        + "does, so that no one grants themselves a role (a privacy officer's, say) that a second person "
                        + "should hold.");
            }
            r.updatedAt = clock.now();
            r.updatedBy = actor.username();
            if (m.updateDetails(r, expectedVersion) == 0) {
                throw PreconditionFailedException.stale("Account", username, expectedVersion, current.version);
            }
            List<String> fields = new ArrayList<>();
            if (!Objects.equals(current.displayName, r.displayName)) {
                fields.add("displayName");
            }
            if (!Objects.equals(current.organization, r.organization)) {
                fields.add("organization" + (r.organization == null ? " cleared" : " " + r.organization));
            }
            if (!Objects.equals(current.organizationClass, r.organizationClass)) {
                fields.add("organizationClass" + (r.organizationClass == null ? " cleared" : " " + r.organizationClass));
            }
            if (!before.equals(after)) {
                fields.add("roles");
                Set<Role> added = EnumSet.noneOf(Role.class);
                added.addAll(after);
                added.removeAll(before);
                Set<Role> removed = EnumSet.noneOf(Role.class);
                removed.addAll(before);
                removed.removeAll(after);
                audit.record(entry(actor, "PERMISSION_CHANGE", username)
                        .detail("roles added " + added + ", removed " + removed + "; now " + after));
            }
            entry.detail(fields.isEmpty() ? "no change" : "changed " + String.join(", ", fields));
            changed(tx, username, entry.action);
            return toAccount(m.find(username));
        });
    }

    @Override
    public Account disable(Actor actor, String username, String reason) {
        return setEnabled(actor, username, reason, false);
    }

    @Override
    public Account enable(Actor actor, String username, String reason) {
        return setEnabled(actor, username, reason, true);
    }

    private Account setEnabled(Actor actor, String username, String reason, boolean enabled) {
        AuditEntry entry = entry(actor, enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE", username)
                .detail(reason == null || reason.isBlank() ? null : "reason: " + reason);
        return audited(entry, tx -> {
            (enabled ? CoreAccess.ENABLE_ACCOUNT : CoreAccess.DISABLE_ACCOUNT).requireRole(actor);
            new Validator().requiredText("reason", reason, 500).throwIfInvalid();
            AccountMapper m = DatabaseComponent.mapper(tx, sessions, AccountMapper.class);
            AccountMapper.Row current = find(m, username);
            if (!enabled && username.equals(actor.username())) {
                throw new ConflictException("You cannot disable your own account: another program admin has to.");
            }
            if (current.enabled == enabled) {
                throw new ConflictException("Account " + username + " is already " + (enabled ? "enabled" : "disabled")
                        + ".");
            }
            m.setEnabled(username, enabled, clock.now(), actor.username());
            changed(tx, username, entry.action);
            return toAccount(m.find(username));
        });
    }

    @Override
    public Account setPassword(Actor actor, String username, char[] newPassword) {
        AuditEntry entry = entry(actor, "PASSWORD_RESET", username).detail("password set by a program admin");
        try {
            return audited(entry, tx -> {
                CoreAccess.RESET_PASSWORD.requireRole(actor);
                Validator v = new Validator();
                validatePassword(v, "password", username, newPassword);
                v.throwIfInvalid();
                AccountMapper m = DatabaseComponent.mapper(tx, sessions, AccountMapper.class);
                find(m, username);
                m.setPassword(username, PasswordHash.hash(newPassword, iterations), clock.now(), actor.username());
                changed(tx, username, entry.action);
                return toAccount(m.find(username));
            });
        } finally {
            clear(newPassword);
        }
    }

    @Override
    public void changeOwnPassword(Actor actor, char[] currentPassword, char[] newPassword) {
        AuditEntry entry = entry(actor, "PASSWORD_CHANGE", actor.username()).detail("password changed by its holder");
        try {
            audited(entry, tx -> {
                Validator v = new Validator();
                v.check(currentPassword != null && currentPassword.length > 0, "currentPassword", "is required");
                validatePassword(v, "newPassword", actor.username(), newPassword);
                v.check(currentPassword == null || newPassword == null || !Arrays.equals(currentPassword, newPassword),
                        "newPassword", "must differ from the current password");
                v.throwIfInvalid();
                AccountMapper m = DatabaseComponent.mapper(tx, sessions, AccountMapper.class);
                AccountMapper.Row r = m.find(actor.username());
                if (r == null) {
                    throw new ConflictException("Your sign-in " + actor.username() + " is not a staff account of the "
                            + "mission database but an operator entry of etc/users.properties; the operator who keeps "
                            + "that file changes its password.");
                }
                if (!PasswordHash.matches(currentPassword, r.passwordHash)) {
                    throw new ValidationException("currentPassword", "is not your current password");
                }
                m.setPassword(r.username, PasswordHash.hash(newPassword, iterations), clock.now(), actor.username());
                changed(tx, r.username, entry.action);
                return null;
            });
        } finally {
            clear(currentPassword);
            clear(newPassword);
        }
    }

    // ---- for other modules and for sign-in -----------------------------------------------------

    @Override
    public Optional<Account> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return database.inTransaction(tx -> Optional.ofNullable(
                DatabaseComponent.mapper(tx, sessions, AccountMapper.class).find(username)).filter(r -> r.username.equals(username))
                .map(AccountServiceImpl::toAccount));
    }

    @Override
    public Optional<Account> verify(String username, char[] password) {
        try {
            if (username == null || password == null) {
                return Optional.empty();
            }
            AccountMapper.Row r = database.inTransaction(tx -> DatabaseComponent.mapper(tx, sessions, AccountMapper.class).find(username));
            // the hash is computed whether or not the account exists: the time taken tells a guesser nothing
            boolean matches = PasswordHash.matches(password, r == null ? unknownUserHash : r.passwordHash);
            // Derby compares VARCHARs ignoring trailing spaces: only the stored name itself is this account
            if (r == null || !matches || !r.enabled || !r.username.equals(username)) {
                return Optional.empty();
            }
            if (PasswordHash.weakerThan(r.passwordHash, iterations)) {
                rehash(r, password);
            }
            return Optional.of(toAccount(r));
        } finally {
            clear(password);
        }
    }

    @Override
    public Set<String> shapedBy(String username) {
        Set<String> out = new java.util.TreeSet<>();
        if (username == null) {
            return out;
        }
        database.inTransaction(tx -> out.addAll(DatabaseComponent.mapper(tx, sessions, AccountMapper.class).shapedBy(username)));
        AccountMapper.Row r = database.inTransaction(tx -> DatabaseComponent.mapper(tx, sessions, AccountMapper.class).find(username));
        if (r != null) {
            out.add(r.createdBy);
            if (!username.equals(r.updatedBy)) {
                out.add(r.updatedBy);
            }
        }
        out.remove(username);
        return out;
    }

    /** A hash made with fewer iterations than the site asks for now is made again, at a sign-in that proved the password. */
    private void rehash(AccountMapper.Row r, char[] password) {
        String stronger = PasswordHash.hash(password, iterations);
        database.inTransaction(tx -> {
            if (DatabaseComponent.mapper(tx, sessions, AccountMapper.class).rehash(r.username, r.passwordHash, stronger) == 1) {
                audit.record(AuditEntry.of(Actor.system(COMPONENT), COMPONENT, "PASSWORD_REHASH", RESOURCE)
                        .resource(r.username).detail("password hash made again with " + iterations + " iterations (was "
                                + PasswordHash.iterationsOf(r.passwordHash) + ")"));
            }
            return null;
        });
    }

    // ---- rules ---------------------------------------------------------------------------------

    static void validateUsername(Validator v, String username) {
        v.required("username", username);
        v.check(username == null || username.isBlank() || USERNAME.matcher(username).matches(), "username",
                "must be 3 to 64 lower-case letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
    }

    /** Display name, roles and organization: what create and update share. */
    static void validateDetails(Validator v, Account a) {
        if (a == null) {
            v.required("$", null);
            return;
        }
        v.requiredText("displayName", a.displayName, 200)
                .maxLength("organization", a.organization, 200)
                .check(a.roles != null && !a.roles.isEmpty() && !a.roles.contains(null), "roles",
                        "must list at least one role");
        if (a.roles != null && a.roles.contains(Role.COURT_LIAISON)) {
            v.check(a.roles.size() == 1, "roles", "COURT_LIAISON is a role of its own: a court's or agency's liaison "
                    + "receives only what a consent or court order names for their organization, and is never also staff "
                    + "of the program (give the person a second account)");
            v.check(a.organization != null && !a.organization.isBlank(), "organization",
                    "is required for a COURT_LIAISON: the court or agency the liaison belongs to");
            v.check(a.organizationClass != null && Account.LIAISON_CLASSES.contains(a.organizationClass), "organizationClass",
                    "is required for a COURT_LIAISON: what their organization is, one of " + new java.util.TreeSet<>(
                            Account.LIAISON_CLASSES) + " (every disclosure to the liaison goes to it)");
        } else {
            v.check(a.organizationClass == null || Account.LIAISON_CLASSES.contains(a.organizationClass), "organizationClass",
                    "must be one of " + new java.util.TreeSet<>(Account.LIAISON_CLASSES));
        }
    }

    /** {@link PasswordPolicy}: length in code points, no control characters, not common, not the user name. */
    static void validatePassword(Validator v, String field, String username, char[] password) {
        validatePassword(v, field, username, password, null);
    }

    static void validatePassword(Validator v, String field, String username, char[] password, String displayName) {
        String problem = PasswordPolicy.problem(username, password, displayName);
        if (problem != null) {
            v.check(false, field, problem);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private <T> T audited(AuditEntry entry, TransactionWork<T> work) {
        return AuditedWork.run(database, audit, entry, work);
    }

    /** A refused read is audited like every other refusal; allowed reads of accounts are not. */
    private void requireAdmin(Actor actor, String action, String username, AccessRule rule) {
        if (!rule.allows(actor)) {
            audit.recordIndependently(entry(actor, action, username).outcome(AuditOutcome.DENIED));
            rule.requireRole(actor);
        }
    }

    private static AuditEntry entry(Actor actor, String action, String username) {
        String id = username == null || username.length() <= 64 ? username : username.substring(0, 64);
        return AuditEntry.of(actor, COMPONENT, action, RESOURCE).resource(id);
    }

    /** After the commit, so that whoever caches sign-ins forgets this user before the next request. */
    private void changed(Transaction tx, String username, String change) {
        if (events != null) {
            // sent, not posted: the caller's next request must already find the old sign-in gone
            tx.afterCommit(() -> events.sendEvent(new Event(AccountEvents.CHANGED,
                    Map.of(AccountEvents.PROP_USERNAME, username, AccountEvents.PROP_CHANGE, change))));
        }
    }

    private static AccountMapper.Row find(AccountMapper m, String username) {
        AccountMapper.Row r = username == null ? null : m.find(username);
        if (r != null && !r.username.equals(username)) {
            r = null; // Derby ignores trailing spaces in comparisons: another name, not this account
        }
        if (r == null) {
            throw new NotFoundException("There is no account " + username + ".");
        }
        return r;
    }

    private static void copyDetails(Account from, AccountMapper.Row to) {
        to.displayName = from.displayName.trim();
        to.organization = from.organization == null || from.organization.isBlank() ? null : from.organization.trim();
        to.organizationClass = from.organizationClass;
        StringBuilder sb = new StringBuilder();
        for (Role role : EnumSet.copyOf(from.roles)) {
            sb.append(sb.length() == 0 ? "" : ",").append(role.name());
        }
        to.roles = sb.toString();
    }

    static Set<Role> rolesOf(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (text != null) {
            for (String name : text.split(",")) {
                Role.parse(name.trim()).ifPresent(roles::add);
            }
        }
        return roles;
    }

    static Account toAccount(AccountMapper.Row r) {
        Account a = new Account();
        a.username = r.username;
        a.version = r.version;
        a.displayName = r.displayName;
        a.organization = r.organization;
        a.organizationClass = r.organizationClass;
        a.roles = rolesOf(r.roles);
        a.enabled = r.enabled;
        a.createdAt = r.createdAt;
        a.createdBy = r.createdBy;
        a.updatedAt = r.updatedAt;
        a.updatedBy = r.updatedBy;
        a.passwordChangedAt = r.passwordChangedAt;
        return a;
    }

    private static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
