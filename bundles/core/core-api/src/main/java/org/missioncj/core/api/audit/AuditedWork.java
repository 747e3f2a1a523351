package org.missioncj.core.api.audit;

import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.MissionException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.persistence.Database;
import org.missioncj.core.api.persistence.TransactionWork;

/**
 * The pattern every module follows for an operation on participant data: the work and its audit
 * record commit together; a refusal or failure is recorded with its outcome in a transaction of its
 * own (the work's transaction rolls back, so nothing half-written remains).
 */
public final class AuditedWork {
    private AuditedWork() {
    }

    /**
     * Runs the work in a transaction and records the entry in it. The work may fill in the entry's
     * resource and participant ids (after a create, say) before it returns.
     */
    public static <T> T run(Database database, AuditService audit, AuditEntry entry, TransactionWork<T> work) {
        try {
            return database.inTransaction(tx -> {
                T result = work.run(tx);
                audit.record(entry);
                return result;
            });
        } catch (RuntimeException e) {
            audit.recordIndependently(entry.outcome(outcomeOf(e)).detail(detailOf(entry, e)));
            throw e;
        }
    }

    static AuditOutcome outcomeOf(RuntimeException e) {
        if (e instanceof ForbiddenException) {
            return AuditOutcome.DENIED;
        }
        if (e instanceof NotFoundException) {
            return AuditOutcome.NOT_FOUND;
        }
        if (e instanceof MissionException || e instanceof ConflictException) {
            return AuditOutcome.REJECTED;
        }
        return AuditOutcome.ERROR;
    }

    private static String detailOf(AuditEntry entry, RuntimeException e) {
        String reason = e instanceof MissionException ? e.getMessage() : e.getClass().getSimpleName();
        return entry.detail == null ? reason : entry.detail + "; " + reason;
    }
}
