package org.missioncj.core.api.persistence;

import java.sql.Connection;

import org.apache.ibatis.session.SqlSessionFactory;
import org.osgi.annotation.versioning.ProviderType;

/** A unit of work on one connection; see {@link Database#inTransaction}. */
@ProviderType
public interface Transaction {
    Connection connection();

    /** A mapper of the factory bound to this transaction's connection. */
    <M> M mapper(SqlSessionFactory factory, Class<M> type);

    /** Runs after a successful commit (events are posted only for what was stored). */
    void afterCommit(Runnable action);
}
