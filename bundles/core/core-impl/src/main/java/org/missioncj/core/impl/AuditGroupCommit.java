package org.missioncj.core.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.core.api.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The group commit of audit records that need a transaction of their own (a read's, a refusal's): one writer thread
 * takes every request waiting at that moment and inserts their records as one JDBC batch in one transaction, so
 * concurrent requests share one commit and one log force. Each caller returns only once its records are committed,
 * so nothing a client was answered for is held only in memory: after a crash, every answer that left has its record.
 * <p>
 * Bounded: at most {@code capacity} requests wait; when the queue is full a caller waits for room, never dropping a
 * record, and after {@code waitMillis} in all it gets a {@link PersistenceException} (HTTP 503 with
 * {@code Retry-After}) instead of its answer. A batch that fails for a busy database is tried again twice; a batch
 * that fails otherwise is written again request by request, so one bad request fails alone.
 */
final class AuditGroupCommit implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditGroupCommit.class);
    private static final long[] BUSY_PAUSES_MILLIS = {25, 100};

    private final BlockingQueue<Pending> queue;
    private final int maxBatch;
    private final long waitMillis;
    private final Consumer<List<AuditRecord>> writer;
    private final Thread thread;
    private volatile boolean open = true;

    private static final class Pending {
        final List<AuditRecord> records;
        final CompletableFuture<Void> done = new CompletableFuture<>();

        Pending(List<AuditRecord> records) {
            this.records = records;
        }
    }

    /**
     * @param writer inserts the records in one transaction and commits it (throws when it could not)
     */
    AuditGroupCommit(String name, int capacity, int maxBatch, long waitMillis, Consumer<List<AuditRecord>> writer) {
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
        this.maxBatch = Math.max(1, maxBatch);
        this.waitMillis = Math.max(1, waitMillis);
        this.writer = writer;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Returns once the records are committed; throws {@link PersistenceException} when they could not be. */
    void append(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        Pending p = new Pending(List.copyOf(records));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        try {
            if (!open || !queue.offer(p, waitMillis, TimeUnit.MILLISECONDS)) {
                throw new PersistenceException(open ? "The audit trail is not keeping up; the request was not answered"
                        : "The audit trail is stopping", null);
            }
            if (!open && queue.remove(p)) {
                throw new PersistenceException("The audit trail is stopping", null);
            }
            p.done.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PersistenceException("Interrupted while the audit record was written", e);
        } catch (TimeoutException e) {
            // the record may still be written: the caller is refused all the same, so no answer leaves without it
            throw new PersistenceException("The audit trail did not confirm the record in time", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof PersistenceException pe ? pe : new PersistenceException("The audit record could not be written", c);
        }
    }

    /** How many requests wait now (for the readiness check and tests). */
    int waiting() {
        return queue.size();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (open || !queue.isEmpty()) {
            Pending first;
            try {
                first = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                if (!open) {
                    continue;
                }
                Thread.currentThread().interrupt();
                break;
            }
            if (first == null) {
                continue;
            }
            batch.add(first);
            int records = first.records.size();
            Pending next;
            while (records < maxBatch && (next = queue.peek()) != null && records + next.records.size() <= maxBatch) {
                batch.add(queue.poll());
                records += next.records.size();
            }
            write(batch);
            batch.clear();
        }
        for (Pending p; (p = queue.poll()) != null;) {
            p.done.completeExceptionally(new PersistenceException("The audit trail stopped", null));
        }
    }

    private void write(List<Pending> batch) {
        List<AuditRecord> all = new ArrayList<>();
        for (Pending p : batch) {
            all.addAll(p.records);
        }
        RuntimeException failure = null;
        for (int attempt = 0; attempt <= BUSY_PAUSES_MILLIS.length; attempt++) {
            try {
                writer.accept(all);
                batch.forEach(p -> p.done.complete(null));
                return;
            } catch (DatabaseFailures.Busy e) {
                failure = e;
                if (attempt < BUSY_PAUSES_MILLIS.length) {
                    sleep(BUSY_PAUSES_MILLIS[attempt]);
                }
            } catch (RuntimeException e) {
                failure = e;
                break;
            }
        }
        if (batch.size() > 1 && !(failure instanceof DatabaseFailures.Busy)) {
            // one request's records may be what failed: each on its own, so the others are not refused for it
            for (Pending p : batch) {
                write(List.of(p));
            }
            return;
        }
        LOG.warn("Audit records of {} requests could not be written; they are refused: {}", batch.size(),
                failure.getMessage());
        // not the database's own Busy: the caller's transaction has committed and must not be run again for it
        PersistenceException refused = new PersistenceException("The audit trail could not record the request", failure);
        batch.forEach(p -> p.done.completeExceptionally(refused));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what waits, then stops; a caller that comes later is refused. */
    @Override
    public void close() {
        open = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }
}
