package org.missioncj.core.api.module;

import java.util.List;
import java.util.Map;

import org.missioncj.core.api.audit.AuditEntry;
import org.osgi.annotation.versioning.ProviderType;

/** The transaction a module's {@link Work} runs in. */
@ProviderType
public interface Tx {
    /** One of the module's mappers (those its {@code Mission-Module} header names), on this transaction. */
    <M> M mapper(Class<M> type);

    /**
     * One of the module's mappers on a batching session of this transaction, for bulk writes (a directory import):
     * its inserts, updates and deletes go to the database as JDBC batches, sent before the commit, before a read
     * through a batch mapper, and on {@link #flush}. A read through {@link #mapper} does not see what is still
     * waiting in a batch: call {@link #flush} first. Update counts are not returned (a batched statement answers
     * none); a failure in a batch rolls the whole transaction back, as any other. Send each statement's rows
     * together (all the inserts of one table, then the next): a batch reuses its prepared statement only while the
     * same statement repeats, and rows of several statements interleaved open one statement per change, until the
     * pool's limit of open statements refuses the next.
     */
    <M> M batchMapper(Class<M> type);

    /** Sends what the batch mappers hold to the database now (its failure is the statement's). */
    void flush();

    /**
     * Posts the Event Admin event once the transaction has committed (never for work that rolled back).
     * Properties are copied.
     */
    void post(String topic, Map<String, ?> properties);

    /** Runs after a successful commit. */
    void afterCommit(Runnable action);

    /**
     * Records more audit entries in this transaction: one READ per participant a list showed
     * ({@link AuditEntry#readsOf}), written as one batch.
     */
    void record(List<AuditEntry> entries);
}
