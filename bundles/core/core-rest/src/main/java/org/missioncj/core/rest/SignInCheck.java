package org.missioncj.core.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.rest.HttpSignIn;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.SignInRefused;
import org.missioncj.core.api.security.AccountService;
import org.missioncj.core.api.security.SignInGuard;

/**
 * The HTTP Basic sign-in of every request, whatever endpoint it reaches (the REST API's
 * {@link SecurityFilter}, a SOAP adapter through the {@link HttpSignIn} service). In this order: credentials
 * only over TLS or from this machine (403 {@code insecure-transport}); a client that keeps failing is slowed
 * down (429 with {@code Retry-After}); the user name must be an account name exactly, before any realm sees
 * it; then the realm, with the lockout. Every refused sign-in is audited; of the requests the back-off
 * refuses unseen (429), only the failure that started the block is (CLIENT_BACKOFF), so a flood of them
 * cannot flood the audit trail.
 */
final class SignInCheck implements HttpSignIn {
    private static final ReentrantLock[] CLIENT_LOCKS = Authenticator.stripes(1024);
    static final String MISSING = "Sign in with HTTP Basic authentication.";
    private static final String WRONG = "The user name or password is wrong, or the account is locked.";

    private final Authenticator authenticator;
    private final AuditService audit;
    private final SignInGuard guard;
    private final Transport.Proxies proxies;

    SignInCheck(Authenticator authenticator, AuditService audit, SignInGuard guard, Transport.Proxies proxies) {
        this.authenticator = authenticator;
        this.audit = audit;
        this.guard = guard;
        this.proxies = proxies;
    }

    Transport.Proxies proxies() {
        return proxies;
    }

    @Override
    public Actor signIn(String remoteAddress, boolean secure, Function<String, String> headers) {
        return signIn(Transport.of(remoteAddress, secure, headers, proxies), headers.apply("Authorization"),
                headers.apply(MissionRest.PURPOSE_HEADER));
    }

    /** Signs in the credentials of the header; throws {@link SignInRefused} (audited) when they are not good. */
    Actor signIn(Transport transport, String header, String purpose) {
        Optional<String[]> credentials = Authenticator.basicCredentials(header);
        if (credentials.isEmpty()) {
            throw new SignInRefused(401, "unauthorized", "Sign-in required", MISSING, 0);
        }
        String username = credentials.get()[0];
        if (!transport.mayCarryCredentials) {
            deny(username, purpose, transport, "LOGIN", "HTTP Basic credentials sent over plain HTTP from another machine");
            throw new SignInRefused(403, "insecure-transport", "TLS required",
                    "Sign-ins are accepted over HTTPS only (plain HTTP only from this machine). The password you sent "
                            + "crossed the network unencrypted: change it, and use the site's https:// address.", 0);
        }
        Optional<Instant> blocked = guard.clientBlockedUntil(transport.clientAddress);
        if (blocked.isPresent()) {
            throw tooMany(blocked.get());
        }
        if (!AccountService.isUsername(username)) {
            // "admin.two  " or "Admin.Two" is not admin.two: no realm, no database comparison sees it
            throw failed(username, purpose, transport, "the user name is not an account name");
        }
        if (purpose != null) {
            new Validator().maxLength(MissionRest.PURPOSE_HEADER, purpose, 64).throwIfInvalid();
        }
        Authenticator.Result result = authenticator.fromCache(username, credentials.get()[1]);
        if (result == null) {
            // asking the realm: one client's attempts one after another, so guesses sent in parallel meet the
            // back-off their predecessors earned (and a name's, the lock; see Authenticator.userLock)
            ReentrantLock lock = Authenticator.stripe(CLIENT_LOCKS, transport.clientAddress);
            lock.lock();
            try {
                Optional<Instant> now = guard.clientBlockedUntil(transport.clientAddress);
                if (now.isPresent()) {
                    throw tooMany(now.get());
                }
                result = authenticator.authenticate(username, credentials.get()[1]);
                if (result.identity == null) {
                    String detail = result.lockedUntil == null ? "HTTP Basic sign-in refused by the realm"
                            : result.lockedNow ? "too many failed sign-ins: locked until " + result.lockedUntil
                            : "sign-in refused: locked until " + result.lockedUntil;
                    if (result.lockedNow) {
                        deny(username, purpose, transport, "ACCOUNT_LOCKED", detail);
                    }
                    throw failed(result.lockedNow ? null : username, purpose, transport, detail);
                }
            } finally {
                lock.unlock();
            }
        }
        Authenticator.Identity identity = result.identity;
        Actor actor = new Actor(identity.username, identity.roles, purpose, transport.clientAddress);
        if (result.fresh) {
            // the realm was asked: a sign-in (the cache's reuse of it within seconds is not)
            audit.record(AuditEntry.of(actor, "core", "LOGIN", "session").detail("HTTP Basic sign-in"));
        }
        return actor;
    }

    /** A failed sign-in: audited (unless already), counted against the client, and the same 401 whatever the cause. */
    private SignInRefused failed(String username, String purpose, Transport transport, String detail) {
        if (username != null) {
            deny(username, purpose, transport, "LOGIN", detail);
        }
        Optional<Instant> blocked = guard.clientFailed(transport.clientAddress);
        if (blocked.isPresent()) {
            audit.recordIndependently(AuditEntry.of(new Actor("client:" + transport.clientAddress, Set.of(), null,
                    transport.clientAddress), "core", "CLIENT_BACKOFF", "session").outcome(AuditOutcome.DENIED)
                    .detail("too many failed sign-ins from this address: refused until " + blocked.get()));
        }
        // the same answer whether the password was wrong or the name is locked: no hint to a guesser
        return new SignInRefused(401, "unauthorized", "Sign-in refused", WRONG, 0);
    }

    private static SignInRefused tooMany(Instant until) {
        long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds() + 1);
        return new SignInRefused(429, "too-many-requests", "Too many failed sign-ins",
                "Too many sign-ins from your address failed; try again in " + seconds + " seconds.", seconds);
    }

    private void deny(String username, String purpose, Transport transport, String action, String detail) {
        // what was sent as a name, cut and with control characters replaced: never trusted as an account name
        Actor who = new Actor(AccountService.isUsername(username) ? username : "invalid:" + printable(username), Set.of(),
                purpose == null || purpose.length() > 64 ? null : purpose, transport.clientAddress);
        audit.recordIndependently(AuditEntry.of(who, "core", action, "session").outcome(AuditOutcome.DENIED).detail(detail));
    }

    static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 64; i++) {
            char c = s.charAt(i);
            sb.append(c >= 0x21 && c < 0x7f ? c : '_');
        }
        return sb.toString();
    }
}
