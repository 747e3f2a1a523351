package org.missioncj.core.impl;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.session.SqlSessionFactory;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.security.SignInGuard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@Component(service = SignInGuard.class, configurationPid = "org.missioncj.core.signin")
@Designate(ocd = SignInGuardImpl.Config.class)
public class SignInGuardImpl implements SignInGuard {
    /** CJIS asks for at least this long. */
    static final int MIN_LOCK_MINUTES = 10;

    @ObjectClassDefinition(name = "MISSION-CJ sign-in lockout",
            description = "Failed sign-ins lock a user name for a while, on every node.")
    public @interface Config {
        @AttributeDefinition(name = "Failures before lock", description = "Consecutive failed sign-ins that lock the user name.")
        int maxFailures() default 5;

        @AttributeDefinition(name = "Lock (minutes)", description = "How long a locked user name stays locked; at least 10.")
        int lockMinutes() default 10;

        @AttributeDefinition(name = "Failure window (minutes)",
                description = "Failures further apart than this start the count again.")
        int windowMinutes() default 15;

        @AttributeDefinition(name = "Failures per client before back-off",
                description = "Failed sign-ins from one client address (whatever the user names) within the window after "
                        + "which each further failure blocks the address for twice as long as the one before (1 s, 2 s, "
                        + "4 s ... up to 15 minutes). Behind a proxy, list it in trustedProxies of org.missioncj.core.rest "
                        + "so addresses are the clients'.")
        int clientMaxFailures() default 20;
    }

    private final DatabaseComponent database;
    private final SqlSessionFactory sessions;
    private final int maxFailures;
    private final Duration lock;
    private final Duration window;
    private final int clientMaxFailures;
    static final Duration MAX_BACKOFF = Duration.ofMinutes(15);
    /**
     * How long a client found not blocked is taken as not blocked without asking the database again: every request
     * asks, so this spares a transaction per request under load. A failure on this node forgets the answer at once;
     * a block set by another node is seen here within this time.
     */
    static final long CLEAR_FOR_NANOS = Duration.ofSeconds(1).toNanos();
    private static final int CLEAR_MAX = 10_000;
    private final ConcurrentHashMap<String, long[]> clearUntil = new ConcurrentHashMap<>();
    /** When this node last counted a failure of each client (after it committed): older "not blocked" answers are void. */
    private final ConcurrentHashMap<String, Long> lastFailure = new ConcurrentHashMap<>();

    @Activate
    public SignInGuardImpl(@Reference DatabaseComponent database, Config config) {
        this(database, config.maxFailures(), config.lockMinutes(), config.windowMinutes(), config.clientMaxFailures());
    }

    SignInGuardImpl(DatabaseComponent database, int maxFailures, int lockMinutes, int windowMinutes, int clientMaxFailures) {
        this.database = database;
        this.maxFailures = Math.max(1, maxFailures);
        this.lock = Duration.ofMinutes(Math.max(MIN_LOCK_MINUTES, lockMinutes));
        this.window = Duration.ofMinutes(Math.max(1, windowMinutes));
        this.clientMaxFailures = Math.max(1, clientMaxFailures);
        this.sessions = database.sessionFactory(SignInMapper.class);
    }

    @Override
    public Optional<Instant> lockedUntil(String username) {
        Instant now = now();
        return database.inTransaction(tx -> {
            SignInMapper.Row r = DatabaseComponent.mapper(tx, sessions, SignInMapper.class).find(username);
            return r != null && r.lockedUntil != null && r.lockedUntil.isAfter(now) ? Optional.of(r.lockedUntil)
                    : Optional.<Instant>empty();
        });
    }

    @Override
    public Optional<Instant> failed(String username) {
        try {
            return countFailure(username);
        } catch (ConflictException firstFailureTwice) {
            return countFailure(username); // another node inserted the first failure at the same moment
        }
    }

    private Optional<Instant> countFailure(String username) {
        Instant now = now();
        return database.inTransaction(tx -> {
            SignInMapper m = DatabaseComponent.mapper(tx, sessions, SignInMapper.class);
            // the row's lock first: failures counted at the same moment (on any node) are counted one after another
            if (m.lockRow(username) == 0) {
                m.first(username, now);
                return maxFailures == 1 ? lockNow(m, username, 1, now) : Optional.<Instant>empty();
            }
            SignInMapper.Row r = m.find(username);
            int failures = r.lastFailure.plus(window).isBefore(now) && (r.lockedUntil == null || r.lockedUntil.isBefore(now))
                    ? 1 : r.failures + 1;
            if (failures >= maxFailures) {
                return lockNow(m, username, failures, now);
            }
            m.update(username, failures, now, r.lockedUntil);
            return Optional.<Instant>empty();
        });
    }

    private Optional<Instant> lockNow(SignInMapper m, String username, int failures, Instant now) {
        Instant until = now.plus(lock);
        m.update(username, failures, now, until);
        return Optional.of(until);
    }

    /** Clears the count, but never a lock that is in force (set meanwhile by a failure on this or another node). */
    @Override
    public void succeeded(String username) {
        Instant now = now();
        database.inTransaction(tx -> {
            DatabaseComponent.mapper(tx, sessions, SignInMapper.class).clear(username, now);
            return null;
        });
    }

    @Override
    public Optional<Instant> clientBlockedUntil(String clientAddress) {
        if (clientAddress == null) {
            return Optional.empty();
        }
        long nanos = System.nanoTime();
        long[] clear = clearUntil.get(clientAddress);
        Long failedAt = lastFailure.get(clientAddress);
        if (clear != null && nanos - clear[0] < 0 && (failedAt == null || clear[1] - failedAt > 0)) {
            return Optional.empty();
        }
        Instant now = now();
        Optional<Instant> blocked = database.inTransaction(tx -> {
            SignInMapper.ClientRow r = DatabaseComponent.mapper(tx, sessions, SignInMapper.class).client(clientAddress);
            return r != null && r.blockedUntil != null && r.blockedUntil.isAfter(now) ? Optional.of(r.blockedUntil)
                    : Optional.<Instant>empty();
        });
        if (blocked.isEmpty()) {
            if (clearUntil.size() >= CLEAR_MAX) {
                clearUntil.clear();
            }
            // read at `nanos`: void if a failure of this client committed after that
            clearUntil.put(clientAddress, new long[] {nanos + CLEAR_FOR_NANOS, nanos});
        }
        return blocked;
    }

    @Override
    public Optional<Instant> clientFailed(String clientAddress) {
        if (clientAddress == null) {
            return Optional.empty();
        }
        clearUntil.remove(clientAddress);
        try {
            return countClientFailure(clientAddress);
        } catch (ConflictException firstFailureTwice) {
            return countClientFailure(clientAddress);
        } finally {
            lastFailure.put(clientAddress, System.nanoTime());
            if (lastFailure.size() >= CLEAR_MAX) {
                lastFailure.clear();
                clearUntil.clear();
            }
        }
    }

    private Optional<Instant> countClientFailure(String clientAddress) {
        Instant now = now();
        return database.inTransaction(tx -> {
            SignInMapper m = DatabaseComponent.mapper(tx, sessions, SignInMapper.class);
            if (m.lockClientRow(clientAddress) == 0) {
                m.firstClientFailure(clientAddress, now);
                return Optional.<Instant>empty();
            }
            SignInMapper.ClientRow r = m.client(clientAddress);
            boolean stale = r.lastFailure.plus(window).isBefore(now)
                    && (r.blockedUntil == null || r.blockedUntil.isBefore(now));
            int failures = stale ? 1 : r.failures + 1;
            Instant until = null;
            if (failures > clientMaxFailures) {
                long seconds = 1L << Math.min(30, failures - clientMaxFailures - 1);
                Duration backoff = Duration.ofSeconds(seconds);
                until = now.plus(backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff);
            }
            m.updateClient(clientAddress, failures, now, until);
            return Optional.ofNullable(until);
        });
    }

    Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
