package org.missioncj.core.impl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.core.api.audit.AuditVerification;

/**
 * The audit chain as seal blocks: records are never updated once written. A block holds a
 * contiguous range of record ids (the next one starts where it ends): the offset and a 64-bit
 * HMAC digest of each record the range holds, and an HMAC over all of that, the block's key id
 * and the previous block's hash. The keys are kept outside the database ({@link AuditKeys}), so
 * whoever can change the database can neither change a record, remove or insert one, nor rebuild
 * the chain after doing so, without verification naming the record. Ids missing from a range are
 * gaps (an insert that rolled back uses up its id); they are counted, not errors.
 *
 * <p>A block seals only records older than a horizon, so that no transaction still open can commit
 * a record into a range already sealed: on PostgreSQL (where uncommitted rows are invisible) the
 * horizon is before the oldest open writing transaction; on Derby the sealer's read waits for an
 * uncommitted record instead. The sealer and the writers never wait for each other otherwise: the
 * sealer only reads records and inserts blocks.
 */
final class AuditBlocks {
    /** Records per block at most: keeps {@code records} well under its column's 32,000 characters. */
    static final int BLOCK_SIZE = 1000;
    /** How old the record after a missing id must be, by default, before a block may seal past the gap. */
    static final long GAP_GRACE_MILLIS = 5000;
    static final String ZERO = "0".repeat(64);
    private static final int DIGEST_HEX = 16;

    private AuditBlocks() {
    }

    /**
     * Seals the next block, in the caller's transaction: the records of at most {@link #BLOCK_SIZE} ids from the
     * first unsealed one. Returns how many records it sealed (0: nothing older than the horizon is unsealed).
     */
    static int sealBlock(AuditMapper m, AuditKeys keys, Instant horizon, Instant gapHorizon, Instant now) {
        m.lockSeal(now);
        AuditMapper.ChainState st = state(m);
        AuditMapper.Block head = m.lastBlock();
        long afterId = head == null ? baseLastId(st) : head.lastId;
        if (head == null && baseSeq(st) == 0 && m.countUnsealed(afterId) > 0) {
            return 0; // the first block continues the old chain: it waits until that has sealed what it holds
        }
        Instant limit = horizon;
        Instant oldestOpen = m.oldestWriteTransaction();
        if (oldestOpen != null && !oldestOpen.isAfter(limit)) {
            limit = oldestOpen.minusMillis(1); // nothing that transaction may still commit
        }
        Long first = m.firstAfter(afterId);
        if (first == null) {
            return 0;
        }
        // at most BLOCK_SIZE ids from the first record on (ids an insert used up and rolled back are not records)
        List<AuditRecord> candidates = m.range(first, first + BLOCK_SIZE - 1);
        List<AuditRecord> sealed = new ArrayList<>();
        long expected = afterId + 1;
        for (AuditRecord r : candidates) {
            if (r.occurredAt.isAfter(limit)) {
                break;
            }
            if (r.id != expected && r.occurredAt.isAfter(gapHorizon)) {
                // an id before this record is missing: an insert may have drawn it and not yet stored it (the two are
                // not one step), so a block sealed now would find it "inserted after" later. Wait until the record
                // after the gap is old enough that the gap can only be an insert that rolled back.
                break;
            }
            sealed.add(r);
            expected = r.id + 1;
        }
        if (sealed.isEmpty()) {
            return 0;
        }
        AuditMapper.Block b = new AuditMapper.Block();
        b.seq = head == null ? baseSeq(st) + 1 : head.seq + 1;
        b.prevHash = head == null ? baseHash(st) : head.blockHash;
        b.firstId = afterId + 1;
        b.lastId = sealed.get(sealed.size() - 1).id;
        b.recordCount = sealed.size();
        b.keyId = keys.activeId();
        byte[] key = keys.key(b.keyId);
        StringBuilder records = new StringBuilder(sealed.size() * 20);
        Instant lastAt = sealed.get(0).occurredAt;
        for (AuditRecord r : sealed) {
            if (records.length() > 0) {
                records.append(',');
            }
            records.append(Long.toString(r.id - b.firstId, 36)).append(':').append(digest(key, r));
            if (r.occurredAt.isAfter(lastAt)) {
                lastAt = r.occurredAt;
            }
        }
        b.records = records.toString();
        b.lastAt = lastAt;
        b.sealedAt = now;
        b.blockHash = blockHash(key, b);
        m.insertBlock(b);
        return sealed.size();
    }

    /**
     * Walks the blocks from the chain's start, checking each against its key and every record of its
     * range against the block; then compares the chain with what the witness saw. The first problem
     * ends the walk. {@code legacyHead} is the last hash of the chain before blocks, which the first
     * block continues; {@code retentionCutoff} (null: records are kept forever) tells retention from
     * blocks removed too early.
     */
    static AuditVerification verify(AuditMapper m, AuditKeys keys, AuditWitness witness, Instant now,
            Instant retentionCutoff, AuditVerification v) {
        // what the witness saw is read before the chain: a block sealed (and witnessed) during the walk is then not
        // taken for one the chain lost (found by concurrent verifications in PlatformIT)
        List<AuditWitness.Head> heads = witness.heads();
        AuditMapper.ChainState st = state(m);
        String baseProblem = baseProblem(m, keys, st, heads);
        if (baseProblem != null) {
            return broken(v, baseSeq(st), null, baseProblem);
        }
        long expectedSeq = baseSeq(st) + 1;
        long expectedFirst = baseLastId(st) + 1;
        String prev = baseHash(st);
        if (baseSeq(st) > 0 && retentionCutoff != null && st.blockBaseLastAt != null
                && st.blockBaseLastAt.isAfter(retentionCutoff)) {
            return broken(v, baseSeq(st), null, "blocks up to " + baseSeq(st) + " were removed, though their records (up to "
                    + st.blockBaseLastAt + ") are younger than the retention period");
        }
        Map<Long, String> hashes = new HashMap<>();
        List<Long> gapSample = new ArrayList<>();
        List<AuditMapper.Block> page;
        long after = baseSeq(st);
        do {
            page = m.blocksAfter(after, 100);
            for (AuditMapper.Block b : page) {
                if (b.seq != expectedSeq) {
                    return broken(v, expectedSeq, null, "block " + expectedSeq + " of the chain is missing");
                }
                if (b.firstId != expectedFirst || b.lastId < b.firstId) {
                    return broken(v, b.seq, null, "block " + b.seq + " does not cover the records after block "
                            + (b.seq - 1) + " (it starts at record " + b.firstId + ", not " + expectedFirst + ")");
                }
                if (!prev.equals(b.prevHash)) {
                    return broken(v, b.seq, null, "block " + b.seq + " does not follow the block before it");
                }
                byte[] key = keys.key(b.keyId);
                if (key == null) {
                    return broken(v, b.seq, null, "block " + b.seq + " was sealed with key " + b.keyId
                            + ", which the audit key file no longer holds");
                }
                if (!blockHash(key, b).equals(b.blockHash)) {
                    return broken(v, b.seq, null, "block " + b.seq + " was changed after it was sealed");
                }
                Map<Long, String> listed = decode(b);
                if (listed == null || listed.size() != b.recordCount) {
                    return broken(v, b.seq, null, "block " + b.seq + " does not list the records it counts");
                }
                for (AuditRecord r : m.between(b.firstId, b.lastId)) {
                    String d = listed.remove(r.id);
                    if (d == null) {
                        return broken(v, b.seq, r.id, "record " + r.id + " was inserted after block " + b.seq
                                + " sealed its range");
                    }
                    if (!d.equals(digest(key, r))) {
                        return broken(v, b.seq, r.id, "record " + r.id + " was changed after it was sealed");
                    }
                    v.checked++;
                }
                if (!listed.isEmpty()) {
                    long removed = listed.keySet().stream().mapToLong(Long::longValue).min().getAsLong();
                    return broken(v, b.seq, removed, "record " + removed + " (sealed in block " + b.seq + ") was removed");
                }
                long gaps = b.lastId - b.firstId + 1 - b.recordCount;
                if (gaps > 0 && gapSample.size() < 20) {
                    Map<Long, String> all = decode(b);
                    for (long id = b.firstId; id <= b.lastId && gapSample.size() < 20; id++) {
                        if (!all.containsKey(id)) {
                            gapSample.add(id);
                        }
                    }
                }
                v.gaps += gaps;
                v.blocks++;
                hashes.put(b.seq, b.blockHash);
                prev = b.blockHash;
                expectedSeq++;
                expectedFirst = b.lastId + 1;
                after = b.seq;
            }
        } while (page.size() == 100);
        // blocks are read by ranges of seq: one further on means the ones between are missing (the very next one was
        // sealed during the walk)
        Long further = m.firstBlockAfter(expectedSeq - 1);
        if (further != null && further > expectedSeq) {
            return broken(v, expectedSeq, null, "block " + expectedSeq + " of the chain is missing");
        }
        v.gapSample = gapSample;
        long lastSeq = expectedSeq - 1;
        if (heads == null) {
            v.witness = witness.describe() + ": not compared";
        } else {
            int compared = 0;
            for (AuditWitness.Head h : heads) {
                if (h.seq <= baseSeq(st)) {
                    continue;
                }
                if (h.seq > lastSeq) {
                    return broken(v, h.seq, null, "the witness saw block " + h.seq + " at " + h.at + ", but the chain ends at "
                            + "block " + lastSeq + ": the newest blocks were removed");
                }
                if (!h.hash.equals(hashes.get(h.seq))) {
                    return broken(v, h.seq, null, "block " + h.seq + " is not the block the witness saw at " + h.at
                            + ": the chain was rebuilt from there");
                }
                compared++;
            }
            v.witness = witness.describe() + ": " + compared + " heads match";
        }
        v.unsealed += m.countAfter(expectedFirst - 1);
        v.intact = true;
        return v;
    }

    /**
     * Removes the oldest block when every record in it is older than the cutoff, with its records, and
     * moves the chain's start past it; returns the records removed (0: nothing to remove). One block
     * per transaction, so the delete never holds more row locks than a block (Derby escalates a
     * transaction with thousands of them to a table lock, which would stall every writer).
     */
    static int purgeOldestBlock(AuditMapper m, AuditKeys keys, Instant cutoff, Instant now) {
        m.lockSeal(now);
        AuditMapper.Block b = m.firstBlock();
        if (b == null || !b.lastAt.isBefore(cutoff)) {
            return 0;
        }
        int removed = m.deleteBetween(b.firstId, b.lastId);
        m.deleteBlock(b.seq);
        m.rebaseBlocks(b);
        signBase(m, keys);
        return Math.max(removed, 1);
    }

    /**
     * The HMAC over what the seal row says about the chain's start: where the blocks begin after
     * retention (block_base_*) and the old chain's state (its head, and its own start). Whoever moves the
     * start to drop records, or to pass records off as the old, unkeyed chain's, cannot make it again.
     */
    static String baseMac(AuditKeys keys, String keyId, AuditMapper.ChainState st) {
        byte[] key = keys.key(keyId);
        if (key == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder("s1");
        field(sb, st.blockBaseSeq == null ? null : Long.toString(st.blockBaseSeq));
        field(sb, st.blockBaseHash);
        field(sb, st.blockBaseLastId == null ? null : Long.toString(st.blockBaseLastId));
        field(sb, st.blockBaseLastAt == null ? null : Long.toString(st.blockBaseLastAt.toEpochMilli()));
        field(sb, Long.toString(st.lastSeq));
        field(sb, st.lastHash);
        field(sb, Long.toString(st.baseSeq));
        field(sb, st.baseHash);
        return keyId + ":" + AuditKeys.hmac(key, sb.toString());
    }

    /** Signs the seal row's start as it stands now (after a rebase the server made, in its transaction). */
    static void signBase(AuditMapper m, AuditKeys keys) {
        m.signBase(baseMac(keys, keys.activeId(), state(m)));
    }

    /**
     * Why the seal row's start cannot be trusted, or null. A signed start must carry its HMAC. An unsigned
     * one (an install from before signing, or a new one) is trusted only while every head the witness saw
     * is still a block of the chain with that hash: then nothing was cut from the start yet.
     */
    static String baseProblem(AuditMapper m, AuditKeys keys, AuditMapper.ChainState st, List<AuditWitness.Head> heads) {
        if (st.baseMac != null) {
            int colon = st.baseMac.indexOf(':');
            String keyId = colon < 0 ? "" : st.baseMac.substring(0, colon);
            if (keys.key(keyId) == null) {
                return "the chain's start was sealed with key " + keyId + ", which the audit key file no longer holds";
            }
            String expected = baseMac(keys, keyId, st);
            return st.baseMac.equals(expected) ? null
                    : "the chain's start in core_audit_seal was changed behind the server's back (its seal does not match)";
        }
        if (heads != null) {
            for (AuditWitness.Head h : heads) {
                List<AuditMapper.Block> b = m.blocksAfter(h.seq - 1, 1);
                if (b.isEmpty() || b.get(0).seq != h.seq || !b.get(0).blockHash.equals(h.hash)) {
                    return "the chain's start in core_audit_seal is not sealed, and block " + h.seq + " that the witness "
                            + "saw at " + h.at + " is gone: the start was moved behind the server's back";
                }
            }
        }
        return null;
    }

    /** The head of the chain now, for the witness; null when no block was sealed yet. */
    static AuditWitness.Head head(AuditMapper m, Instant now) {
        AuditMapper.Block b = m.lastBlock();
        return b == null ? null : new AuditWitness.Head(now, b.seq, b.lastId, b.blockHash);
    }

    /** The digest of one record: a truncated HMAC over every field, each length-prefixed so fields cannot shift. */
    static String digest(byte[] key, AuditRecord r) {
        StringBuilder sb = new StringBuilder("r1");
        field(sb, Long.toString(r.id));
        field(sb, r.occurredAt == null ? null : Long.toString(r.occurredAt.toEpochMilli()));
        field(sb, r.actor);
        field(sb, r.roles);
        field(sb, r.component);
        field(sb, r.action);
        field(sb, r.resourceType);
        field(sb, r.resourceId);
        field(sb, r.participantId);
        field(sb, r.outcome == null ? null : r.outcome.name());
        field(sb, r.purpose);
        field(sb, r.detail);
        field(sb, r.clientAddress);
        return AuditKeys.hmac(key, sb.toString()).substring(0, DIGEST_HEX);
    }

    static String blockHash(byte[] key, AuditMapper.Block b) {
        StringBuilder sb = new StringBuilder("b1");
        field(sb, Long.toString(b.seq));
        field(sb, Long.toString(b.firstId));
        field(sb, Long.toString(b.lastId));
        field(sb, Integer.toString(b.recordCount));
        field(sb, Long.toString(b.lastAt.toEpochMilli()));
        field(sb, b.keyId);
        field(sb, b.prevHash);
        field(sb, b.records);
        return AuditKeys.hmac(key, sb.toString());
    }

    /** Record id to digest, as the block lists them; null when the list cannot be read. */
    static Map<Long, String> decode(AuditMapper.Block b) {
        Map<Long, String> out = new HashMap<>(b.recordCount * 2);
        if (b.records.isEmpty()) {
            return out;
        }
        try {
            for (String entry : b.records.split(",")) {
                int colon = entry.indexOf(':');
                out.put(b.firstId + Long.parseLong(entry.substring(0, colon), 36), entry.substring(colon + 1));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return out;
    }

    /** The seal row someone removed from the database: nothing is sealed until an operator restores it. */
    static final class StateMissing extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        StateMissing() {
            super(STATE_MISSING);
        }
    }

    static final String STATE_MISSING = "the audit chain's state row (core_audit_seal) was removed from the database: no "
            + "record is sealed until an operator restores it from a backup";

    /** The chain's state; {@link StateMissing} when its row is gone. */
    static AuditMapper.ChainState state(AuditMapper m) {
        AuditMapper.ChainState st = m.chainState();
        if (st == null) {
            throw new StateMissing();
        }
        return st;
    }

    /** The chain of blocks starts after the old chain (seq 0, continuing its last hash) or after the blocks retention removed. */
    private static long baseSeq(AuditMapper.ChainState st) {
        return st.blockBaseSeq == null ? 0 : st.blockBaseSeq;
    }

    private static long baseLastId(AuditMapper.ChainState st) {
        return st.blockBaseLastId == null ? 0 : st.blockBaseLastId;
    }

    private static String baseHash(AuditMapper.ChainState st) {
        if (baseSeq(st) == 0 || st.blockBaseHash == null) {
            return st.lastHash == null ? ZERO : st.lastHash;
        }
        return st.blockBaseHash;
    }

    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("|-1:");
        } else {
            sb.append('|').append(value.length()).append(':').append(value);
        }
    }

    private static AuditVerification broken(AuditVerification v, long seq, Long id, String reason) {
        v.intact = false;
        v.brokenAtSeq = seq;
        v.brokenRecordId = id;
        v.reason = reason;
        return v;
    }
}
