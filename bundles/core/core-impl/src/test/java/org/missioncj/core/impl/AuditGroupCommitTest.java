package org.missioncj.core.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.core.api.persistence.PersistenceException;

class AuditGroupCommitTest {
    private final ExecutorService callers = Executors.newFixedThreadPool(8);
    private final List<List<AuditRecord>> committed = Collections.synchronizedList(new ArrayList<>());
    private AuditGroupCommit group;

    @AfterEach
    void tearDown() {
        callers.shutdownNow();
        if (group != null) {
            group.close();
        }
    }

    private static AuditRecord record(String id) {
        AuditRecord r = new AuditRecord();
        r.resourceId = id;
        return r;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "timed out in the test's own hand-off");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the queue holds {@code n} requests (the writer is held, so it cannot drain them meanwhile). */
    private void untilWaiting(int n) {
        for (int i = 0; i < 1000 && group.waiting() < n; i++) {
            java.util.concurrent.locks.LockSupport.parkNanos(100_000);
        }
        assertEquals(n, group.waiting());
    }

    @Test
    void requestsWaitingTogetherShareOneCommitAndReturnOnlyOnceItIsDone() throws Exception {
        CountDownLatch firstInWriter = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        group = new AuditGroupCommit("t", 100, 1000, 10_000, records -> {
            if (committed.isEmpty()) {
                firstInWriter.countDown();
                await(release);
            }
            committed.add(List.copyOf(records));
        });
        Future<?> first = callers.submit(() -> group.append(List.of(record("first"))));
        await(firstInWriter);
        List<Future<?>> others = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String id = "r" + i;
            others.add(callers.submit(() -> group.append(List.of(record(id), record(id + "b")))));
        }
        untilWaiting(7);
        assertTrue(others.stream().noneMatch(Future::isDone), "nobody returns before the commit of their records");
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> f : others) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertEquals(2, committed.size(), "the seven requests that waited together went in one transaction");
        assertEquals(14, committed.get(1).size());
    }

    @Test
    void aFullQueueMakesCallersWaitAndNeverDropsARecord() throws Exception {
        CountDownLatch firstInWriter = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        group = new AuditGroupCommit("t", 2, 1000, 300, records -> {
            if (committed.isEmpty()) {
                firstInWriter.countDown();
                await(release);
            }
            committed.add(List.copyOf(records));
        });
        Future<?> first = callers.submit(() -> group.append(List.of(record("held"))));
        await(firstInWriter);
        Future<?> a = callers.submit(() -> group.append(List.of(record("a"))));
        Future<?> b = callers.submit(() -> group.append(List.of(record("b"))));
        untilWaiting(2);
        // the queue is full: the next caller waits for room, and is refused when none comes in time
        PersistenceException refused = assertThrows(PersistenceException.class, () -> group.append(List.of(record("late"))));
        assertTrue(refused.getMessage().contains("not keeping up"), refused.getMessage());
        release.countDown();
        // the three may have timed out waiting (300 ms) while the writer was held; their records are written all the same
        for (Future<?> f : List.of(first, a, b)) {
            try {
                f.get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                assertTrue(e.getCause() instanceof PersistenceException);
            }
        }
        group.close();
        List<String> ids = new ArrayList<>();
        committed.forEach(batch -> batch.forEach(r -> ids.add(r.resourceId)));
        Collections.sort(ids); // a and b were queued by two threads at once: in either order
        assertEquals(List.of("a", "b", "held"), ids, "every queued record was committed, the refused one never queued");
    }

    @Test
    void aRecordThatCannotBeWrittenFailsAloneAndABusyDatabaseIsTriedAgain() throws Exception {
        AtomicInteger busy = new AtomicInteger(2);
        CountDownLatch firstInWriter = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Consumer<List<AuditRecord>> writer = records -> {
            if (calls.getAndIncrement() == 0) {
                firstInWriter.countDown();
                await(release);
            }
            if (records.stream().anyMatch(r -> "bad".equals(r.resourceId))) {
                throw new IllegalStateException("column too long");
            }
            if (busy.getAndDecrement() > 0) {
                throw new DatabaseFailures.Busy(new SQLException("lock timeout", "40XL1"));
            }
            committed.add(List.copyOf(records));
        };
        group = new AuditGroupCommit("t", 100, 1000, 10_000, writer);
        Future<?> held = callers.submit(() -> group.append(List.of(record("held"))));
        await(firstInWriter);
        Future<?> good = callers.submit(() -> group.append(List.of(record("good"))));
        Future<?> bad = callers.submit(() -> group.append(List.of(record("bad"))));
        untilWaiting(2);
        release.countDown();
        held.get(10, TimeUnit.SECONDS); // busy twice, then written: the third try
        good.get(10, TimeUnit.SECONDS);
        java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> bad.get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof PersistenceException);
        assertTrue(!(e.getCause() instanceof DatabaseFailures.Busy), "the caller's committed work is not run again");
        List<String> ids = new ArrayList<>();
        committed.forEach(batch -> batch.forEach(r -> ids.add(r.resourceId)));
        assertEquals(List.of("held", "good"), ids);
    }

    @Test
    void closingWritesWhatWaitsAndRefusesLaterCallers() {
        group = new AuditGroupCommit("t", 100, 1000, 10_000, records -> committed.add(List.copyOf(records)));
        group.append(List.of(record("x")));
        group.close();
        assertEquals(1, committed.size());
        assertThrows(PersistenceException.class, () -> group.append(List.of(record("y"))));
    }
}
