package org.missioncj.core.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.security.SignInGuard;

/**
 * Checks HTTP Basic credentials against a Karaf JAAS realm, with the lockout of {@link SignInGuard}.
 * A successful check is remembered for a short time under a hash of the credentials, because a
 * realm login per request (a slow password hash, or the properties realm re-reading its file)
 * would dominate every call's cost. An account change forgets the user's remembered sign-ins.
 */
final class Authenticator {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Authenticator.class);
    /** A signed-in user: name and mission roles. */
    static final class Identity {
        final String username;
        final Set<Role> roles;
        final long expiresAtMillis;

        Identity(String username, Set<Role> roles, long expiresAtMillis) {
            this.username = username;
            this.roles = roles;
            this.expiresAtMillis = expiresAtMillis;
        }
    }

    private static final int CACHE_MAX = 10_000;
    private final ReentrantLock[] userLocks = stripes(1024);
    private final String realm;
    private final long cacheMillis;
    private final SignInGuard guard;
    private final Map<String, Identity> cache = new ConcurrentHashMap<>();
    /** Moves on with every {@link #forget}: a sign-in checked before it is not remembered after it. */
    private final AtomicLong generation = new AtomicLong();

    Authenticator(String realm, int cacheSeconds, SignInGuard guard) {
        this.realm = realm;
        this.cacheMillis = cacheSeconds * 1000L;
        this.guard = guard;
    }

    /** Parses an Authorization header; empty when it is missing or not Basic. */
    static Optional<String[]> basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The outcome of a sign-in. */
    static final class Result {
        final Identity identity;
        /** Set when the user name is locked (now or already). */
        final Instant lockedUntil;
        /** This very failure locked it. */
        final boolean lockedNow;
        /** The realm was asked (not the cache): a sign-in the audit trail records. */
        final boolean fresh;

        Result(Identity identity, Instant lockedUntil, boolean lockedNow, boolean fresh) {
            this.identity = identity;
            this.lockedUntil = lockedUntil;
            this.lockedNow = lockedNow;
            this.fresh = fresh;
        }
    }

    /**
     * Signs in against the realm, unless the user name is locked; counts failures in the shared
     * guard, which locks the user name after too many.
     */
    /** The remembered sign-in for these credentials, or null when the realm must be asked. */
    Result fromCache(String username, String password) {
        Identity cached = cache.get(cacheKey(username, password));
        return cached != null && cached.expiresAtMillis > System.currentTimeMillis() ? new Result(cached, null, false, false)
                : null;
    }

    /**
     * The lock that one user name's sign-ins checked with the realm take, so that attempts sent at the same moment
     * are counted one after another: the sixth of twelve parallel guesses finds the name locked by the fifth.
     */
    ReentrantLock userLock(String username) {
        return stripe(userLocks, username);
    }

    /**
     * One of the locks for a key, by a hash salted at start, so that nobody can pick a name or address that shares
     * another's lock on purpose.
     */
    static ReentrantLock stripe(ReentrantLock[] locks, String key) {
        int h = String.valueOf(key).hashCode() * 0x9E3779B1 ^ SALT;
        return locks[Math.floorMod(h ^ (h >>> 16), locks.length)];
    }

    private static final int SALT = new java.security.SecureRandom().nextInt();

    Result authenticate(String username, String password) {
        String key = cacheKey(username, password);
        long now = System.currentTimeMillis();
        Identity cached = cache.get(key);
        if (cached != null && cached.expiresAtMillis > now) {
            return new Result(cached, null, false, false);
        }
        ReentrantLock lock = userLock(username);
        lock.lock();
        try {
            // the requests that waited for this lock while another asked the realm find its answer remembered: one
            // password hash for them all, not one each, one after another (a slow hash, when a remembered sign-in
            // runs out under load, stalled every request of the account for seconds)
            Identity remembered = cache.get(key);
            if (remembered != null && remembered.expiresAtMillis > System.currentTimeMillis()) {
                return new Result(remembered, null, false, false);
            }
            return check(username, password, key, now);
        } finally {
            lock.unlock();
        }
    }

    private Result check(String username, String password, String key, long now) {
        Optional<Instant> locked = guard.lockedUntil(username);
        if (locked.isPresent()) {
            return new Result(null, locked.get(), false, true);
        }
        long checkedAt = generation.get();
        Optional<Identity> fresh = login(username, password, now + cacheMillis);
        if (fresh.isEmpty()) {
            cache.remove(key);
            Optional<Instant> lockedNow = guard.failed(username);
            if (lockedNow.isPresent()) {
                cache.values().removeIf(i -> i.username.equals(username));
                return new Result(null, lockedNow.get(), true, true);
            }
            return new Result(null, null, false, true);
        }
        guard.succeeded(username);
        if (cacheMillis > 0) {
            if (cache.size() >= CACHE_MAX) {
                cache.clear();
            }
            cache.put(key, fresh.get());
            if (generation.get() != checkedAt) {
                // an account changed while the realm was being asked: do not remember what it said
                cache.remove(key);
            }
        }
        return new Result(fresh.get(), null, false, true);
    }

    static ReentrantLock[] stripes(int n) {
        ReentrantLock[] locks = new ReentrantLock[n];
        for (int i = 0; i < n; i++) {
            locks[i] = new ReentrantLock();
        }
        return locks;
    }

    /** Forgets every remembered sign-in of the user (disabled, roles or password changed). */
    void forget(String username) {
        generation.incrementAndGet();
        cache.values().removeIf(i -> i.username.equals(username));
    }

    private Optional<Identity> login(String username, String password, long expiresAt) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(Authenticator.class.getClassLoader());
        try {
            LoginContext lc = new LoginContext(realm, new Subject(), callbacks -> {
                for (Callback cb : callbacks) {
                    if (cb instanceof NameCallback) {
                        ((NameCallback) cb).setName(username);
                    } else if (cb instanceof PasswordCallback) {
                        ((PasswordCallback) cb).setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            lc.login();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            String stored = null;
            for (Principal p : lc.getSubject().getPrincipals()) {
                if (p instanceof RolePrincipal) {
                    Role.parse(p.getName()).ifPresent(roles::add);
                } else if (p instanceof UserPrincipal) {
                    stored = p.getName();
                }
            }
            if (stored == null || !stored.equals(username)) {
                // the realm signed in someone else than the name sent (an alias): not this user
                return Optional.empty();
            }
            if (roles.contains(Role.COURT_LIAISON) && roles.size() > 1) {
                // a liaison is never also staff (accounts refuse the mix; an operator entry may still have it):
                // the sign-in keeps only the liaison's role, the least of them
                LOG.warn("Sign-in {} holds COURT_LIAISON with other roles {}; it acts as a court liaison only", stored, roles);
                roles = EnumSet.of(Role.COURT_LIAISON);
            }
            return Optional.of(new Identity(stored, roles, expiresAt));
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    private static String cacheKey(String username, String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(username.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
