package org.missioncj.core.impl;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.CoreAccess;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.audit.AuditVerification;
import org.missioncj.core.api.persistence.PersistenceException;
import org.missioncj.core.api.persistence.Transaction;
import org.missioncj.core.spi.ParticipantScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail: records inserted and never updated, sealed into keyed blocks shortly after
 * ({@link AuditBlocks}), the chain's head written to a witness outside the database. Search is
 * for clinical supervisors (one participant of their site at a time), program admins and privacy
 * officers (all of it).
 */
@Component(service = AuditService.class, configurationPid = "org.missioncj.core.audit")
public class AuditServiceImpl implements AuditService, DatabaseComponent.AuditSink {
    private static final Logger LOG = LoggerFactory.getLogger(AuditServiceImpl.class);
    /** Column sizes of core_audit: longer values are cut, so an audit insert never fails on them. */
    static final int DETAIL_MAX = 1000;
    static final int ID_MAX = 64;
    static final int ACTOR_MAX = 128;
    static final int ROLES_MAX = 256;
    static final int MAX_BLOCKS_PER_PASS = 100;

    private final DatabaseComponent database;
    private final SqlSessionFactory sessions;
    private final AuditKeys keys;
    private final AuditWitness witness;
    private final long graceMillis;
    private final int retentionYears;
    private final long witnessIntervalMillis;
    private volatile long lastWitnessed;
    private volatile String lastWitnessedHash;
    private volatile String latestHash;
    private final AuditGroupCommit group;
    /** See {@link AuditBlocks#GAP_GRACE_MILLIS}; tests that seal past a gap at once set it to 0. */
    long gapGraceMillis = AuditBlocks.GAP_GRACE_MILLIS;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ParticipantScope participantScope;

    @Activate
    public AuditServiceImpl(@Reference DatabaseComponent database, AuditSealer.Config config) {
        this(database, AuditKeys.file(path(config.keyFile(), "karaf.etc", "mission-audit.keys")),
                AuditWitness.of(config.witness(), path(config.witnessFile(), "karaf.home", "audit/witness.log").toString()),
                config.sealGraceSeconds(), config.retentionYears(), config.witnessIntervalSeconds(),
                config.groupCommitQueue(), config.groupCommitBatch(), config.groupCommitWaitSeconds());
    }

    /** For tests and embedding: keys in memory, no witness, records sealed as soon as they are there. */
    public AuditServiceImpl(DatabaseComponent database) {
        this(database, AuditKeys.inMemory(), new AuditWitness.None(), 0, 0, 0);
    }

    AuditServiceImpl(DatabaseComponent database, AuditKeys keys, AuditWitness witness, int graceSeconds, int retentionYears,
            int witnessIntervalSeconds) {
        this(database, keys, witness, graceSeconds, retentionYears, witnessIntervalSeconds, 2000, 1000, 10);
    }

    AuditServiceImpl(DatabaseComponent database, AuditKeys keys, AuditWitness witness, int graceSeconds, int retentionYears,
            int witnessIntervalSeconds, int queue, int batch, int waitSeconds) {
        this.database = database;
        this.sessions = database.sessionFactory(AuditMapper.class);
        this.keys = keys;
        this.witness = witness;
        this.graceMillis = Math.max(0, graceSeconds) * 1000L;
        this.retentionYears = retentionYears;
        this.witnessIntervalMillis = Math.max(0, witnessIntervalSeconds) * 1000L;
        this.group = new AuditGroupCommit("mission-audit-group-commit", queue, batch, Math.max(1, waitSeconds) * 1000L,
                this::commitBatch);
    }

    private static Path path(String configured, String baseProperty, String relative) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        String base = System.getProperty(baseProperty);
        return base == null ? Path.of(relative) : Path.of(base, relative);
    }

    /** For tests and embedding, where no OSGi service registry binds it. */
    public void setParticipantScope(ParticipantScope scope) {
        this.participantScope = scope;
    }

    // ---- writing --------------------------------------------------------------------------------

    /**
     * In the thread's transaction: written in it if it writes anything, so the record commits or rolls back with the
     * change it describes; if it only reads, made durable by the group commit once it has committed, before the
     * caller goes on. Without a transaction, through the group commit at once.
     */
    @Override
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    @Override
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<AuditRecord> records = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            records.add(toRecord(e));
        }
        DatabaseComponent.Tx tx = database.current();
        if (tx != null) {
            tx.audit(this, records);
        } else {
            group.append(records);
        }
    }

    /**
     * A refusal or failure is recorded on its own (through the group commit), whatever the thread's transaction
     * does. If even that fails, the request must not end as if it had been recorded: the failure goes up (the
     * caller answers 503).
     */
    @Override
    public void recordIndependently(AuditEntry entry) {
        try {
            group.append(List.of(toRecord(entry)));
        } catch (RuntimeException e) {
            LOG.error("Could not write an audit record for {} {} by {}; the request is refused", entry.action,
                    entry.resourceType, cut(entry.actor.username(), ACTOR_MAX), e);
            throw e instanceof PersistenceException ? e
                    : new PersistenceException("The audit trail could not record the request", e);
        }
    }

    /**
     * The records as one JDBC batch, in the transaction. Their time is the moment they are written (a read's record
     * may have waited for the group commit a little): the sealer's grace counts from it.
     */
    @Override
    public void write(Transaction tx, List<AuditRecord> records) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (SqlSession batch = sessions.openSession(ExecutorType.BATCH, tx.connection())) {
            AuditMapper m = batch.getMapper(AuditMapper.class);
            for (AuditRecord r : records) {
                r.occurredAt = now;
                m.insert(r);
            }
            batch.flushStatements();
        }
    }

    @Override
    public void durable(List<AuditRecord> records) {
        group.append(records);
    }

    /** The group commit's one transaction for a batch (on its own thread, in no other transaction). */
    private void commitBatch(List<AuditRecord> records) {
        database.inTransaction(tx -> {
            write(tx, records);
            return null;
        });
    }

    /** Writes what waits for the group commit, then stops it. */
    @Deactivate
    public void close() {
        group.close();
    }

    private static AuditRecord toRecord(AuditEntry e) {
        AuditRecord r = new AuditRecord();
        r.occurredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        r.actor = cut(e.actor.username(), ACTOR_MAX);
        r.roles = cut(e.actor.rolesAsString(), ROLES_MAX);
        r.component = cut(e.component, ID_MAX);
        r.action = cut(e.action, ID_MAX);
        r.resourceType = cut(e.resourceType, ID_MAX);
        r.resourceId = cut(e.resourceId, ID_MAX);
        r.participantId = cut(e.participantId, ID_MAX);
        r.outcome = e.outcome;
        r.purpose = cut(e.actor.purpose(), ID_MAX);
        r.detail = cut(e.detail, DETAIL_MAX);
        r.clientAddress = cut(e.actor.clientAddress(), ID_MAX);
        return r;
    }

    /** At most {@code max} characters, and nothing that could break a log line or a report. */
    static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        String v = value.length() > max ? value.substring(0, max) : value;
        StringBuilder sb = null;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isISOControl(c)) {
                if (sb == null) {
                    sb = new StringBuilder(v.substring(0, i));
                }
                sb.append('?');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? v : sb.toString();
    }

    // ---- reading ----------------------------------------------------------------------------------

    @Override
    public Page<AuditRecord> query(Actor actor, AuditQuery given, PageRequest page) {
        AuditQuery query = trimmed(given);
        AuditEntry self = AuditEntry.of(actor, "core", "AUDIT_READ", "audit")
                .participant(query.participantId)
                .detail(describe(query));
        if (!CoreAccess.SEARCH_AUDIT.allows(actor)) {
            refuse(self, "Your roles " + actor.roles() + " do not allow you to read the audit log.");
        }
        if (!CoreAccess.SEARCH_AUDIT.isUnscoped(actor)) {
            // a supervisor's scope is their site: one participant of it at a time
            ParticipantScope scope = participantScope;
            if (query.participantId == null || query.participantId.isBlank() || scope == null
                    || !scope.mayAccess(actor, query.participantId)) {
                refuse(self, "As a clinical supervisor you read the audit trail of one participant of your site at a time: "
                        + "give the participantId of a participant whose record you may open. Program admins and privacy "
                        + "officers read all of it.");
            }
        }
        return database.inTransaction(tx -> {
            AuditMapper m = DatabaseComponent.mapper(tx, sessions, AuditMapper.class);
            AuditRecord after = page.after() == null ? null : position(m, query, page.after());
            Page<AuditRecord> result = Page.keyed(page, () -> m.count(query, null),
                    () -> m.find(query, after, page.offset(), page.size()), r -> String.valueOf(r.id));
            record(self);
            return result;
        });
    }

    /**
     * The filters without surrounding spaces, a blank one as none: Derby compares 'id ' equal to 'id' (and would let
     * such an id through a supervisor's scope check), PostgreSQL does not.
     */
    private static AuditQuery trimmed(AuditQuery q) {
        AuditQuery t = new AuditQuery();
        if (q != null) {
            t.participantId = strip(q.participantId);
            t.actor = strip(q.actor);
            t.action = strip(q.action);
            t.component = strip(q.component);
            t.outcome = q.outcome;
            t.from = q.from;
            t.to = q.to;
        }
        return t;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The record a page by key starts after: {@code after} is a previous page's {@code next}, a record id. */
    private static AuditRecord position(AuditMapper m, AuditQuery query, String after) {
        AuditRecord r = null;
        try {
            r = m.position(query, Long.parseLong(after));
        } catch (NumberFormatException e) {
            // not an id
        }
        if (r == null) {
            throw new ValidationException("after", "must be the next of a previous page of the audit search");
        }
        return r;
    }

    private void refuse(AuditEntry entry, String why) {
        recordIndependently(entry.outcome(AuditOutcome.DENIED));
        throw new ForbiddenException(why);
    }

    @Override
    public AuditVerification verify(Actor actor) {
        AuditEntry self = AuditEntry.of(actor, "core", "AUDIT_VERIFY", "audit");
        if (!CoreAccess.VERIFY_AUDIT.allows(actor)) {
            refuse(self, "Your roles " + actor.roles() + " do not allow you to verify the audit log.");
        }
        try {
            sealPending();
        } catch (AuditBlocks.StateMissing e) {
            // the verification below reports it
        }
        Instant now = Instant.now();
        Instant cutoff = retentionYears > 0 ? ZonedDateTime.now(ZoneOffset.UTC).minusYears(retentionYears).toInstant() : null;
        AuditVerification v = database.inTransaction(tx -> {
            AuditMapper m = DatabaseComponent.mapper(tx, sessions, AuditMapper.class);
            AuditMapper.ChainState st = m.chainState();
            if (st == null) {
                AuditVerification gone = new AuditVerification();
                gone.intact = false;
                gone.brokenAtSeq = 0L;
                gone.reason = AuditBlocks.STATE_MISSING;
                return gone;
            }
            long before = st.blockBaseLastId == null ? 0 : st.blockBaseLastId;
            AuditVerification legacy = LegacyAuditChain.verify(m, now, before);
            if (!legacy.intact) {
                legacy.reason = "in the records written before seal blocks: " + legacy.reason;
                return legacy;
            }
            if (legacy.unsealed > 0) {
                legacy.intact = false;
                legacy.reason = legacy.unsealed + " records older than the chain's start are in no chain: they were "
                        + "inserted behind the server's back";
                return legacy;
            }
            legacy.unsealed = 0;
            return AuditBlocks.verify(m, keys, witness, now, cutoff, legacy);
        });
        v.verifiedAt = now;
        recordIndependently(self.detail(v.intact ? "intact, " + v.checked + " records in " + v.blocks + " blocks"
                : "BROKEN at " + v.brokenAtSeq + ": " + v.reason).outcome(AuditOutcome.SUCCESS));
        if (!v.intact) {
            LOG.error("The audit chain is broken at {}: {}", v.brokenAtSeq, v.reason);
        }
        return v;
    }

    // ---- sealing and retention (the sealer calls these every few seconds) ---------------------------

    /** Seals committed records into blocks; returns how many were sealed. */
    int sealPending() {
        int total = sealLegacy();
        signStart();
        int sealed;
        int blocks = 0;
        do {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Instant horizon = now.minusMillis(graceMillis);
            Instant gapHorizon = now.minusMillis(Math.max(graceMillis, gapGraceMillis));
            sealed = database.inNewTransaction(tx -> AuditBlocks.sealBlock(DatabaseComponent.mapper(tx, sessions, AuditMapper.class), keys,
                    horizon, gapHorizon, now));
            total += sealed;
            // ids rolled back leave blocks short of BLOCK_SIZE: go on while any record was sealed, and write the head
            // down for the witness at least every MAX_BLOCKS_PER_PASS blocks
        } while (sealed > 0 && ++blocks < MAX_BLOCKS_PER_PASS);
        witnessHead(false);
        return total;
    }

    /**
     * Signs the chain's start the first time (a new install, or one from before starts were signed), when
     * nothing says it was moved: every witnessed block is still there. Otherwise it stays unsigned, and
     * verification says why.
     */
    private void signStart() {
        database.inNewTransaction(tx -> {
            AuditMapper m = DatabaseComponent.mapper(tx, sessions, AuditMapper.class);
            AuditMapper.ChainState st = AuditBlocks.state(m);
            if (st.baseMac == null) {
                m.lockSeal(Instant.now());
                String problem = AuditBlocks.baseProblem(m, keys, st, witness.heads());
                if (problem == null) {
                    AuditBlocks.signBase(m, keys);
                } else {
                    LOG.error("AUDIT CHAIN CHANGED: {}", problem);
                }
            }
            return null;
        });
    }

    /**
     * The records written before this version and not sealed then are sealed the old way, once, so the
     * old chain covers every record before the blocks begin.
     */
    private int sealLegacy() {
        long through = database.inTransaction(tx -> {
            AuditMapper m = DatabaseComponent.mapper(tx, sessions, AuditMapper.class);
            AuditMapper.ChainState st = AuditBlocks.state(m);
            long base = st.blockBaseLastId == null ? 0 : st.blockBaseLastId;
            return (st.blockBaseSeq == null || st.blockBaseSeq == 0) && m.countUnsealed(base) > 0 ? base : -1L;
        });
        if (through < 0) {
            return 0;
        }
        int total = 0;
        int sealed;
        do {
            sealed = database.inNewTransaction(tx -> {
                try (SqlSession batch = sessions.openSession(ExecutorType.BATCH, tx.connection())) {
                    return LegacyAuditChain.sealBatch(DatabaseComponent.mapper(tx, sessions, AuditMapper.class), batch.getMapper(AuditMapper.class),
                            batch::flushStatements, Instant.now(), through);
                }
            });
            total += sealed;
        } while (sealed == LegacyAuditChain.BATCH);
        return total;
    }

    /**
     * Tells the witness the newest head after every seal that moved it, and appends it to the witness's
     * record at the witness interval (or now, when {@code force}: the sealer is stopping).
     */
    void witnessHead(boolean force) {
        long now = System.currentTimeMillis();
        AuditWitness.Head head = database.inTransaction(tx -> AuditBlocks.head(DatabaseComponent.mapper(tx, sessions, AuditMapper.class),
                Instant.now()));
        if (head == null) {
            return;
        }
        AuditWitness.Head seen = head.hash.equals(latestHash) ? null : witness.newest();
        if (seen != null && !holds(seen)) {
            // the chain was cut back or rebuilt behind the server's back: the witness keeps what it saw
            LOG.error("AUDIT CHAIN CHANGED: block {} is no longer the block the witness saw at {}; the witness is not "
                    + "updated, and GET /audit/verify reports the chain broken", seen.seq, seen.at);
            return;
        }
        if (!head.hash.equals(latestHash)) {
            witness.latest(head);
            latestHash = head.hash;
        }
        if ((force || now - lastWitnessed >= witnessIntervalMillis) && !head.hash.equals(lastWitnessedHash)) {
            witness.record(head);
            lastWitnessedHash = head.hash;
            lastWitnessed = now;
        }
    }

    /** Whether the chain still holds the witnessed block (or retention removed it since). */
    private boolean holds(AuditWitness.Head seen) {
        return database.inTransaction(tx -> {
            AuditMapper m = DatabaseComponent.mapper(tx, sessions, AuditMapper.class);
            AuditMapper.ChainState st = m.chainState();
            if (st != null && st.blockBaseSeq != null && seen.seq <= st.blockBaseSeq) {
                return true;
            }
            List<AuditMapper.Block> b = m.blocksAfter(seen.seq - 1, 1);
            return !b.isEmpty() && b.get(0).seq == seen.seq && b.get(0).blockHash.equals(seen.hash);
        });
    }

    @Override
    public String rotateSealKey(Actor actor) {
        AuditEntry self = AuditEntry.of(actor, "core", "AUDIT_KEY_ROTATE", "audit");
        if (!actor.hasRole(Role.PROGRAM_ADMIN)) {
            refuse(self, "Only program admins rotate the audit chain's key.");
        }
        String id = keys.rotate();
        record(self.detail("blocks are sealed with key " + id + " from now on"));
        LOG.info("The audit chain is sealed with key {} from now on", id);
        return id;
    }

    /** Removes records older than the cutoff (whole blocks, and the old chain's records); the removal is recorded. */
    int purgeBefore(Instant cutoff) {
        int byFunction = database.inNewTransaction(tx -> {
            AuditMapper m = DatabaseComponent.mapper(tx, sessions, AuditMapper.class);
            int n = m.purgeByFunction(cutoff);
            if (n > 0) {
                AuditBlocks.signBase(m, keys); // the owner's function moved the start: sign where it is now
            }
            return n;
        });
        if (byFunction >= 0) {
            if (byFunction > 0) {
                record(AuditEntry.of(Actor.system("audit-retention"), "core", "AUDIT_PURGE", "audit")
                        .detail(byFunction + " records older than " + cutoff + " removed by the retention policy"));
            }
            return byFunction;
        }
        int removed = database.inNewTransaction(tx -> LegacyAuditChain.purgeBefore(DatabaseComponent.mapper(tx, sessions, AuditMapper.class),
                keys, cutoff, Instant.now()));
        int blocks = 0;
        int n;
        do {
            n = database.inNewTransaction(tx -> AuditBlocks.purgeOldestBlock(DatabaseComponent.mapper(tx, sessions, AuditMapper.class), keys,
                    cutoff, Instant.now()));
            removed += n;
            blocks += n > 0 ? 1 : 0;
        } while (n > 0);
        if (removed > 0) {
            record(AuditEntry.of(Actor.system("audit-retention"), "core", "AUDIT_PURGE", "audit")
                    .detail(removed + " records older than " + cutoff + " removed by the retention policy ("
                            + blocks + " seal blocks)"));
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
