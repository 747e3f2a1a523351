package org.missioncj.core.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInGuardImplTest {
    private Instant clock = Instant.parse("2026-03-15T15:00:00Z");
    private SignInGuardImpl guard;

    @BeforeEach
    void setUp() {
        // asks for a 1-minute lock: the guard still locks for the CJIS minimum of 10
        guard = new SignInGuardImpl(new DatabaseComponent(InMemoryDerby.create()), 5, 1, 15, 3) {
            @Override
            Instant now() {
                return clock;
            }
        };
    }

    @Test
    void fiveFailuresLockForAtLeastTenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertFalse(guard.failed("cm.test").isPresent());
            clock = clock.plusSeconds(10);
        }
        assertFalse(guard.lockedUntil("cm.test").isPresent());
        Optional<Instant> locked = guard.failed("cm.test");
        assertEquals(clock.plus(Duration.ofMinutes(10)), locked.get());
        clock = clock.plus(Duration.ofMinutes(9));
        assertTrue(guard.lockedUntil("cm.test").isPresent());
        assertFalse(guard.lockedUntil("someone.else").isPresent());
        clock = clock.plus(Duration.ofMinutes(2));
        assertFalse(guard.lockedUntil("cm.test").isPresent());
    }

    @Test
    void failuresAtTheSameMomentAreEachCountedAndASuccessKeepsALockInForce() throws Exception {
        // the attack's finding: parallel failures read the same count and wrote it back, so 12 guesses counted as few
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.List<java.util.concurrent.Future<Optional<Instant>>> user = new java.util.ArrayList<>();
        java.util.List<java.util.concurrent.Future<Optional<Instant>>> client = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            user.add(pool.submit(() -> guard.failed("cm.parallel")));
            client.add(pool.submit(() -> guard.clientFailed("203.0.113.99")));
        }
        int locks = 0;
        for (java.util.concurrent.Future<Optional<Instant>> f : user) {
            locks += f.get().isPresent() ? 1 : 0;
        }
        java.util.List<Instant> blocks = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Optional<Instant>> f : client) {
            f.get().ifPresent(blocks::add);
        }
        pool.shutdown();
        assertTrue(locks >= 1, "the fifth failure locks the name");
        assertTrue(guard.lockedUntil("cm.parallel").isPresent());
        // 12 failures against a limit of 3: the 4th to the 12th block for 1, 2, 4 ... 256 s, each counted once
        assertEquals(9, blocks.size(), blocks.toString());
        assertEquals(clock.plusSeconds(256), blocks.stream().max(Instant::compareTo).get());
        guard.succeeded("cm.parallel");
        assertTrue(guard.lockedUntil("cm.parallel").isPresent(), "a right password does not lift a lock in force");
    }

    @Test
    void aClientFoundNotBlockedIsAskedAgainAfterItsNextFailure() {
        for (int i = 0; i < 3; i++) {
            assertFalse(guard.clientBlockedUntil("198.51.100.7").isPresent()); // remembered for a second
            guard.clientFailed("198.51.100.7");
        }
        assertFalse(guard.clientBlockedUntil("198.51.100.7").isPresent());
        assertTrue(guard.clientFailed("198.51.100.7").isPresent());
        assertTrue(guard.clientBlockedUntil("198.51.100.7").isPresent(), "the remembered answer is void after a failure");
    }

    @Test
    void successAndTimeStartTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            guard.failed("pss.test");
        }
        guard.succeeded("pss.test");
        for (int i = 0; i < 4; i++) {
            assertFalse(guard.failed("pss.test").isPresent());
        }
        clock = clock.plus(Duration.ofMinutes(20));
        assertFalse(guard.failed("pss.test").isPresent(), "failures 20 minutes apart do not add up");
    }

    @Test
    void aClientThatKeepsFailingIsBlockedForLongerAndLongerWhateverNamesItTries() {
        for (int i = 0; i < 3; i++) {
            assertFalse(guard.clientFailed("203.0.113.7").isPresent(), "three failures are allowed");
        }
        assertEquals(clock.plusSeconds(1), guard.clientFailed("203.0.113.7").get());
        assertEquals(clock.plusSeconds(2), guard.clientFailed("203.0.113.7").get());
        assertEquals(clock.plusSeconds(4), guard.clientFailed("203.0.113.7").get());
        assertTrue(guard.clientBlockedUntil("203.0.113.7").isPresent());
        assertFalse(guard.clientBlockedUntil("198.51.100.1").isPresent(), "other clients are not slowed down");
        for (int i = 0; i < 30; i++) {
            guard.clientFailed("203.0.113.7");
        }
        assertEquals(clock.plus(SignInGuardImpl.MAX_BACKOFF), guard.clientBlockedUntil("203.0.113.7").get(),
                "never longer than 15 minutes");
        clock = clock.plus(Duration.ofMinutes(31));
        assertFalse(guard.clientBlockedUntil("203.0.113.7").isPresent());
        assertFalse(guard.clientFailed("203.0.113.7").isPresent(), "after a quiet window the count starts again");
    }
}
