package org.missioncj.core.api.audit;

import java.time.Instant;
import java.util.List;

/** The result of walking the audit chain. */
public class AuditVerification {
    public boolean intact;
    /** Sealed records checked. */
    public long checked;
    /** Seal blocks checked (records written before seal blocks are chained one by one). */
    public long blocks;
    /** Records not sealed yet (they become part of the chain within seconds). */
    public long unsealed;
    /**
     * Record ids within sealed ranges that no record has: an insert that rolled back uses up its id.
     * Counted for review, not a break: a removed record is named as such.
     */
    public long gaps;
    /** The first of those ids (at most 20). */
    public List<Long> gapSample;
    /**
     * The first broken link, if any: the block (or, for records written before seal blocks, the
     * position in their chain) and the record id (null when it is a block or was removed).
     */
    public Long brokenAtSeq;
    public Long brokenRecordId;
    public String reason;
    /** What the chain was compared with outside the database, and how that went. */
    public String witness;
    public Instant verifiedAt;
}
