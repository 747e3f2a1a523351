package org.missioncj.core.impl;

import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** A fresh in-memory Derby database per test class: the real SQL, no files. */
public final class InMemoryDerby {
    private InMemoryDerby() {
    }

    public static DataSource create() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:mission-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        return ds;
    }
}
