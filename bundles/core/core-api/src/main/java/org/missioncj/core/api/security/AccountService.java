package org.missioncj.core.api.security;

import java.util.Optional;
import java.util.Set;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.security.dto.Account;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Staff accounts in the mission database: the normal way to sign in. Program admins create them,
 * give them roles and disable them; everyone changes their own password. Passwords are kept only
 * as salted, slow hashes. Every change is audited (ACCOUNT_CREATE, ACCOUNT_UPDATE, PERMISSION_CHANGE,
 * ACCOUNT_DISABLE, ACCOUNT_ENABLE, PASSWORD_CHANGE, PASSWORD_RESET) and announced on
 * {@link AccountEvents#CHANGED} after it commits.
 *
 * <p>Passwords: {@value #MIN_PASSWORD_LENGTH} to 128 characters (code points, after NFKC
 * normalization), no control characters, not the user name, not one of the 10,000 most common
 * passwords. User names: {@value #USERNAME_PATTERN}, exactly: a name with other case, surrounding
 * spaces or other characters is not an account (and is refused before any sign-in is tried). The
 * service may overwrite the password arrays it is given.
 */
@ProviderType
public interface AccountService {
    String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._@-]{2,63}$";
    int MIN_PASSWORD_LENGTH = 12;

    /** Program admins: a new enabled account (unless {@code input.enabled} is false). Duplicate name: 409. */
    Account create(Actor actor, Account input, char[] initialPassword);

    /** Program admins, or the account holder. */
    Account get(Actor actor, String username);

    /** Program admins; by user name. */
    Page<Account> list(Actor actor, PageRequest page);

    /**
     * Program admins: replaces roles, display name and organization if {@code expectedVersion} is
     * still current (412 otherwise). An admin cannot take PROGRAM_ADMIN from themself (409).
     */
    Account update(Actor actor, String username, long expectedVersion, Account input);

    /** Program admins; the reason is audited. An admin cannot disable themself (409). */
    Account disable(Actor actor, String username, String reason);

    /** Program admins; the reason is audited. */
    Account enable(Actor actor, String username, String reason);

    /** Program admins: sets a new password (for someone who forgot theirs). */
    Account setPassword(Actor actor, String username, char[] newPassword);

    /** The signed-in account holder, who must give the current password. */
    void changeOwnPassword(Actor actor, char[] currentPassword, char[] newPassword);

    /** For other modules, without an actor (e.g. a court liaison's organization). Not audited. */
    Optional<Account> find(String username);

    /**
     * Who ever made the account what it is, from the audit trail: the user names that created it, or
     * changed its roles, organization, enabled state or password (a reset, not its holder's own change).
     * A two-person check asks it, so that one person's accounts never make the second person.
     */
    Set<String> shapedBy(String username);

    /** Whether the text is a user name at all ({@value #USERNAME_PATTERN}), before any look-up. */
    static boolean isUsername(String text) {
        return text != null && text.matches(USERNAME_PATTERN);
    }

    /**
     * Checks a sign-in: the account as stored (its exact name and roles) when it exists under exactly
     * this name, is enabled and the password matches; empty otherwise (the answer does not say which).
     * A hash made with fewer iterations than configured is made again. Not audited, except that
     * re-hash: the caller audits sign-ins.
     */
    Optional<Account> verify(String username, char[] password);
}
