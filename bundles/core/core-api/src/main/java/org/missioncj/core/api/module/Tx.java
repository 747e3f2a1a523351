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
