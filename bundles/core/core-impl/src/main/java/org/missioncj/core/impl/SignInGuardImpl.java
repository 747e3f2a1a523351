package org.missioncj.core.impl;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.apache.ibatis.session.SqlSessionFactory;
import org.missioncj.core.api.persistence.Database;
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
    }

    private final Database database;
    private final SqlSessionFactory sessions;
    private final int maxFailures;
    private final Duration lock;
    private final Duration window;

    @Activate
    public SignInGuardImpl(@Reference Database database, Config config) {
        this(database, config.maxFailures(), config.lockMinutes(), config.windowMinutes());
    }

    SignInGuardImpl(Database database, int maxFailures, int lockMinutes, int windowMinutes) {
        this.database = database;
        this.maxFailures = Math.max(1, maxFailures);
        this.lock = Duration.ofMinutes(Math.max(MIN_LOCK_MINUTES, lockMinutes));
        this.window = Duration.ofMinutes(Math.max(1, windowMinutes));
        this.sessions = database.sessionFactory(SignInMapper.class);
    }

    @Override
    public Optional<Instant> lockedUntil(String username) {
        Instant now = now();
        return database.inTransaction(tx -> {
            SignInMapper.Row r = tx.mapper(sessions, SignInMapper.class).find(username);
            return r != null && r.lockedUntil != null && r.lockedUntil.isAfter(now) ? Optional.of(r.lockedUntil)
                    : Optional.<Instant>empty();
        });
    }

    @Override
    public Optional<Instant> failed(String username) {
        Instant now = now();
        return database.inTransaction(tx -> {
            SignInMapper m = tx.mapper(sessions, SignInMapper.class);
            SignInMapper.Row r = m.find(username);
            if (r == null) {
                m.first(username, now);
                return maxFailures == 1 ? lockNow(m, username, 1, now) : Optional.<Instant>empty();
            }
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

    @Override
    public void succeeded(String username) {
        database.inTransaction(tx -> {
            tx.mapper(sessions, SignInMapper.class).clear(username);
            return null;
        });
    }

    Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
