package org.missioncj.core.api.audit;

import java.util.List;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The audit trail of every access to participant data. */
@ProviderType
public interface AuditService {
    /**
     * Records the entry in the transaction bound to the thread (so it commits or rolls back with the
     * write it describes), or in a transaction of its own when there is none.
     */
    void record(AuditEntry entry);

    /** Records several entries at once (a list read that returned several participants). */
    void recordAll(List<AuditEntry> entries);

    /**
     * Records the entry in a transaction of its own, whatever the thread is doing: for refusals and
     * failures, whose surrounding transaction is about to roll back.
     */
    void recordIndependently(AuditEntry entry);

    /**
     * Searches the trail, newest first; the search is itself recorded. Program admins and privacy
     * officers search all of it; clinical supervisors one participant of their site at a time.
     */
    Page<AuditRecord> query(Actor actor, AuditQuery query, PageRequest page);

    /**
     * Seals what is pending, then walks the chain from its start and reports the first broken link
     * (a changed, removed or inserted record, a block changed, missing or not the one the witness
     * saw). Supervisors, admins and privacy officers; itself recorded.
     */
    AuditVerification verify(Actor actor);

    /**
     * Adds a new key to the chain's key file and seals with it from now on (older blocks keep theirs).
     * Program admins (the console's operators); recorded. Returns the new key's id.
     */
    String rotateSealKey(Actor actor);
}
