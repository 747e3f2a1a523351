package org.missioncj.core.api.persistence;

import java.sql.Connection;

import org.osgi.annotation.versioning.ProviderType;

/** A unit of work on one connection; see {@link Database#inTransaction}. */
@ProviderType
public interface Transaction {
    Connection connection();

    /** Runs after a successful commit (events are posted only for what was stored). */
    void afterCommit(Runnable action);
}
