package org.missioncj.core.api.audit;

import java.time.Instant;

/** The result of walking the audit chain. */
public class AuditVerification {
    public boolean intact;
    /** Sealed records checked. */
    public long checked;
    /** Records not sealed yet (they become part of the chain within seconds). */
    public long unsealed;
    /** The first broken link, if any: its position in the chain and its record id (null when deleted). */
    public Long brokenAtSeq;
    public Long brokenRecordId;
    public String reason;
    public Instant verifiedAt;
}
