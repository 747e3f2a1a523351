package org.missioncj.core.impl;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.audit.AuditVerification;
import org.missioncj.core.api.persistence.Database;
import org.missioncj.core.api.persistence.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {
    private static final Logger LOG = LoggerFactory.getLogger(AuditServiceImpl.class);
    private static final int DETAIL_MAX = 1000;

    private final Database database;
    private final SqlSessionFactory sessions;

    @Activate
    public AuditServiceImpl(@Reference Database database) {
        this.database = database;
        this.sessions = database.sessionFactory(AuditMapper.class);
    }

    @Override
    public void record(AuditEntry entry) {
        database.inTransaction(tx -> {
            insert(tx, entry);
            return null;
        });
    }

    @Override
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        database.inTransaction(tx -> {
            for (AuditEntry e : entries) {
                insert(tx, e);
            }
            return null;
        });
    }

    @Override
    public void recordIndependently(AuditEntry entry) {
        try {
            database.inNewTransaction(tx -> {
                insert(tx, entry);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("Could not write an audit record for {} {} by {}", entry.action, entry.resourceType,
                    entry.actor.username(), e);
        }
    }

    private void insert(Transaction tx, AuditEntry e) {
        AuditRecord r = new AuditRecord();
        r.occurredAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        r.actor = e.actor.username();
        r.roles = e.actor.rolesAsString();
        r.component = e.component;
        r.action = e.action;
        r.resourceType = e.resourceType;
        r.resourceId = e.resourceId;
        r.participantId = e.participantId;
        r.outcome = e.outcome;
        r.purpose = e.actor.purpose();
        r.detail = e.detail == null || e.detail.length() <= DETAIL_MAX ? e.detail : e.detail.substring(0, DETAIL_MAX);
        tx.mapper(sessions, AuditMapper.class).insert(r);
    }

    @Override
    public Page<AuditRecord> query(Actor actor, AuditQuery query, PageRequest page) {
        AuditEntry self = AuditEntry.of(actor, "core", "AUDIT_READ", "audit")
                .participant(query.participantId)
                .detail(describe(query));
        if (!actor.hasAnyRole(Role.AUDIT_READERS)) {
            recordIndependently(self.outcome(AuditOutcome.DENIED));
            actor.requireAnyRole(Role.AUDIT_READERS, "read the audit log");
        }
        return database.inTransaction(tx -> {
            AuditMapper m = tx.mapper(sessions, AuditMapper.class);
            long total = m.count(query);
            List<AuditRecord> items = m.find(query, page.offset(), page.size());
            insert(tx, self);
            return new Page<>(items, page, total);
        });
    }

    @Override
    public AuditVerification verify(Actor actor) {
        AuditEntry self = AuditEntry.of(actor, "core", "AUDIT_VERIFY", "audit");
        if (!actor.hasAnyRole(Role.AUDIT_READERS)) {
            recordIndependently(self.outcome(AuditOutcome.DENIED));
            actor.requireAnyRole(Role.AUDIT_READERS, "verify the audit log");
        }
        sealPending();
        AuditVerification v = database.inTransaction(tx -> AuditChain.verify(tx.mapper(sessions, AuditMapper.class),
                Instant.now()));
        recordIndependently(self.detail(v.intact ? "intact, " + v.checked + " records"
                : "BROKEN at " + v.brokenAtSeq + ": " + v.reason).outcome(AuditOutcome.SUCCESS));
        if (!v.intact) {
            LOG.error("The audit chain is broken at {}: {}", v.brokenAtSeq, v.reason);
        }
        return v;
    }

    /** Seals committed records into the chain (the sealer calls this every few seconds). */
    int sealPending() {
        int total = 0;
        int sealed;
        do {
            sealed = database.inNewTransaction(tx -> {
                // JDBC batches for the seal updates: one round of statements per batch of records
                try (SqlSession batch = sessions.openSession(ExecutorType.BATCH, tx.connection())) {
                    return AuditChain.sealBatch(tx.mapper(sessions, AuditMapper.class), batch.getMapper(AuditMapper.class),
                            batch::flushStatements, Instant.now());
                }
            });
            total += sealed;
        } while (sealed == AuditChain.BATCH);
        return total;
    }

    /** Removes sealed records older than the cutoff; the removal is itself recorded. */
    int purgeBefore(Instant cutoff) {
        int removed = database.inTransaction(tx -> AuditChain.purgeBefore(tx.mapper(sessions, AuditMapper.class), cutoff,
                Instant.now()));
        if (removed > 0) {
            record(AuditEntry.of(Actor.system("audit-retention"), "core", "AUDIT_PURGE", "audit")
                    .detail(removed + " records older than " + cutoff + " removed by the retention policy"));
        }
        return removed;
    }

    private static String describe(AuditQuery q) {
        StringBuilder sb = new StringBuilder("query");
        append(sb, "participantId", q.participantId);
        append(sb, "actor", q.actor);
        append(sb, "action", q.action);
        append(sb, "component", q.component);
        append(sb, "outcome", q.outcome);
        append(sb, "from", q.from);
        append(sb, "to", q.to);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, Object value) {
        if (value != null) {
            sb.append(' ').append(name).append('=').append(value);
        }
    }
}
