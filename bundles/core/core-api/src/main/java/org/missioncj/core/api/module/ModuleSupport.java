package org.missioncj.core.api.module;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.audit.AuditEntry;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One mission module, as core runs it: registered (with {@value #PROPERTY}) once the module's schema
 * is migrated. Everything a module's service does with its data goes through {@link #audited} (reads
 * and writes of participant data) or {@link #work} (the module's own bookkeeping: syncing from events,
 * report sections, which the report's disclosure audits).
 */
@ProviderType
public interface ModuleSupport {
    /** The service property naming the module: {@code (mission.module=cti)} selects CTI's. */
    String PROPERTY = "mission.module";

    /** e.g. {@code cti}; also the component of its audit records. */
    String name();

    /** The version of the module's implementation bundle. */
    String version();

    /**
     * An audit entry of this module: {@code component} is the module's name.
     *
     * @param action READ, SEARCH, CREATE, UPDATE or the module's own verb
     */
    AuditEntry entry(Actor actor, String action, String resourceType);

    /**
     * Runs the work in a transaction with its audit record: both commit together; a refusal or failure
     * is recorded with its outcome in a transaction of its own and thrown on (nothing half-written
     * remains). The work may fill in the entry (its resource, participant, detail) as it learns them.
     */
    <T> T audited(AuditEntry entry, Work<T> work);

    /** Runs the work in a transaction, without an audit record of its own (joining the thread's, if any). */
    <T> T work(Work<T> work);

    /**
     * Runs the work in a transaction of its own, even when the thread is in one (suspended meanwhile):
     * for work whose failure must not spoil the caller's transaction, such as catching up with another
     * module's write that a concurrent event may be catching up with too.
     */
    <T> T workAlone(Work<T> work);

    /** Today in the site's time zone. */
    LocalDate today();

    /** Now, to the millisecond. */
    Instant now();

    ZoneId zone();
}
