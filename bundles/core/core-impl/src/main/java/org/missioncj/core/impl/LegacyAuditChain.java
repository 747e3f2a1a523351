package org.missioncj.core.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.core.api.audit.AuditVerification;

/**
 * The audit chain of the records written before seal blocks ({@link AuditBlocks}): each record
 * carries its sequence number, the hash of the record before it and its own unkeyed SHA-256.
 * Nothing adds to it any more, except once, at the first start of the version with seal blocks,
 * the records that were written before it and not yet sealed. It is verified as before; the first
 * block continues from its last hash, so the keyed blocks vouch for it too.
 */
final class LegacyAuditChain {
    static final int BATCH = 1000;

    private LegacyAuditChain() {
    }

    /**
     * Seals at most {@link #BATCH} committed records written before the seal blocks (ids up to
     * {@code through}), in the caller's transaction. The sealer calls it
     * in a transaction per batch, so it never holds more than a batch of row locks: on Derby a
     * transaction holding thousands of them is escalated to a table lock, which stalled every audit
     * insert under sustained load until the lock timeout (seen in the HTTP benchmark).
     *
     * @return the number of records sealed; {@link #BATCH} means more may be waiting
     */
    static int sealBatch(AuditMapper m, AuditMapper updates, Runnable flush, Instant now, long through) {
        m.lockSeal(now);
        AuditMapper.SealState state = m.sealState();
        long seq = state.lastSeq;
        String prev = state.lastHash;
        List<AuditRecord> batch = m.unsealed(through, BATCH);
        for (AuditRecord r : batch) {
            seq++;
            String hash = hash(prev, r);
            updates.seal(r.id, seq, prev, hash);
            prev = hash;
        }
        flush.run();
        if (!batch.isEmpty()) {
            m.advance(seq, prev);
        }
        return batch.size();
    }

    /** Walks the sealed chain from its start; the first broken link ends the walk. */
    static AuditVerification verify(AuditMapper m, Instant now, long through) {
        AuditVerification v = new AuditVerification();
        v.verifiedAt = now;
        AuditMapper.SealState state = m.sealState();
        long expectedSeq = state.baseSeq + 1;
        String prev = state.baseHash;
        List<AuditMapper.Sealed> batch;
        long after = state.baseSeq;
        do {
            batch = m.sealedAfter(after, BATCH);
            for (AuditMapper.Sealed r : batch) {
                if (r.sealSeq != expectedSeq) {
                    return broken(v, expectedSeq, null, "record " + expectedSeq + " of the chain is missing");
                }
                if (!prev.equals(r.prevHash)) {
                    return broken(v, r.sealSeq, r.id, "record " + r.id + " does not follow the record before it");
                }
                String hash = hash(prev, r);
                if (!hash.equals(r.recordHash)) {
                    return broken(v, r.sealSeq, r.id, "record " + r.id + " was changed after it was sealed");
                }
                prev = hash;
                expectedSeq++;
                v.checked++;
                after = r.sealSeq;
            }
        } while (batch.size() == BATCH);
        if (v.checked > 0 || state.lastSeq > state.baseSeq) {
            if (expectedSeq - 1 != state.lastSeq || !prev.equals(state.lastHash)) {
                return broken(v, expectedSeq, null, "the chain ends before its last sealed record " + state.lastSeq);
            }
        }
        v.unsealed = m.countUnsealed(through);
        v.intact = true;
        return v;
    }

    private static AuditVerification broken(AuditVerification v, long seq, Long id, String reason) {
        v.intact = false;
        v.brokenAtSeq = seq;
        v.brokenRecordId = id;
        v.reason = reason;
        return v;
    }

    /** SHA-256 over the previous hash and every field, each length-prefixed so fields cannot shift. */
    static String hash(String prev, AuditRecord r) {
        StringBuilder sb = new StringBuilder(prev);
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
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // the same encoding as AuditBlocks' today, kept as its own copy on purpose: the records of this
    // chain were hashed with it, so it must not change when the blocks' format does
    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("|-1:");
        } else {
            sb.append('|').append(value.length()).append(':').append(value);
        }
    }

    /**
     * Removes sealed records older than the cutoff from the start of the chain, and moves the
     * chain's start past them, so what remains still verifies. Returns how many were removed.
     */
    static int purgeBefore(AuditMapper m, AuditKeys keys, Instant cutoff, Instant now) {
        m.lockSeal(now);
        Long through = m.lastSeqBefore(cutoff);
        if (through == null) {
            return 0;
        }
        String baseHash = m.hashAt(through);
        int removed = m.purgeThrough(through);
        m.rebase(through, baseHash);
        AuditBlocks.signBase(m, keys);
        return removed;
    }
}
