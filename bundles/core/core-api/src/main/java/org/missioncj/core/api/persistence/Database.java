package org.missioncj.core.api.persistence;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's one database: the pax-jdbc {@code DataSource}, transactions bound to the calling
 * thread, and per-module schema migrations. Modules do not use it directly: the module kit
 * ({@link org.missioncj.core.api.module.ModuleSupport}) runs their work and their MyBatis mappers.
 */
@ProviderType
public interface Database {
    /** {@code derby} or {@code postgresql}: the MyBatis {@code databaseId} of this database. */
    String databaseId();

    /** Product name and version as the JDBC driver reports them. */
    String productDescription();

    /** Whether a connection can be opened and a trivial query answered now. */
    boolean isReachable();

    /**
     * Runs the work in a transaction on one connection: commits when it returns, rolls back when it
     * throws. Called inside another transaction, it joins that one.
     */
    <T> T inTransaction(TransactionWork<T> work);

    /**
     * Runs the work in a transaction of its own even when the thread is in one (which is suspended
     * meanwhile): for records that must survive the caller's rollback, such as a refused access.
     */
    <T> T inNewTransaction(TransactionWork<T> work);

    /** The transaction bound to this thread, if any. */
    Optional<Transaction> currentTransaction();

    /**
     * Applies a module's schema migrations that this database has not seen yet. The scripts are
     * resources of the module's bundle: {@code <location>/migrations.idx} lists them in order, one
     * file name a line; a script {@code <location>/<databaseId>/<name>} replaces the common one for
     * that database. A script that was applied once must never change: its checksum is kept.
     *
     * @return the number of scripts applied now
     */
    int migrate(String module, ClassLoader loader, String location);
}
