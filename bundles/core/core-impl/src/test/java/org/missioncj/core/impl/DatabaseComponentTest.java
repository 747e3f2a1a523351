package org.missioncj.core.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.core.api.persistence.PersistenceException;

class DatabaseComponentTest {
    private DataSource dataSource;
    private DatabaseComponent db;

    @BeforeEach
    void setUp() {
        dataSource = InMemoryDerby.create();
        db = new DatabaseComponent(dataSource);
    }

    @Test
    void recognisesDerby() {
        assertEquals("derby", db.databaseId());
        assertTrue(db.isReachable());
        assertEquals("postgresql", DatabaseComponent.databaseIdOf("PostgreSQL"));
        assertThrows(PersistenceException.class, () -> DatabaseComponent.databaseIdOf("MySQL"));
    }

    @Test
    void migrationsApplyOnceAndInOrder() throws Exception {
        ClassLoader cl = getClass().getClassLoader();
        assertEquals(1, db.migrate("testmod", cl, "db/testmod"));
        assertEquals(0, db.migrate("testmod", cl, "db/testmod"));
        assertEquals(1, count("SELECT COUNT(*) FROM test_thing"));
        assertEquals(1, count("SELECT COUNT(*) FROM core_schema_version WHERE module = 'testmod'"));
    }

    @Test
    void editedMigrationIsRefused() {
        ClassLoader cl = getClass().getClassLoader();
        db.migrate("testmod", cl, "db/testmod");
        ClassLoader edited = new ClassLoader(cl) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (name.endsWith("V1__things.sql")) {
                    return new java.io.ByteArrayInputStream("CREATE TABLE other (id INTEGER);".getBytes());
                }
                return super.getResourceAsStream(name);
            }
        };
        PersistenceException e = assertThrows(PersistenceException.class, () -> db.migrate("testmod", edited, "db/testmod"));
        assertTrue(e.getMessage().contains("was changed after it was applied"), e.getMessage());
    }

    @Test
    void databaseSpecificScriptReplacesCommonOne() throws Exception {
        ClassLoader cl = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (name.equals("db/x/migrations.idx")) {
                    return new java.io.ByteArrayInputStream("V1__a.sql\n".getBytes());
                }
                if (name.equals("db/x/derby/V1__a.sql")) {
                    return new java.io.ByteArrayInputStream("CREATE TABLE derby_only (id INTEGER);".getBytes());
                }
                if (name.equals("db/x/V1__a.sql")) {
                    return new java.io.ByteArrayInputStream("CREATE TABLE common_one (id INTEGER);".getBytes());
                }
                return null;
            }

            @Override
            public URL getResource(String name) {
                return null;
            }
        };
        db.migrate("x", cl, "db/x");
        assertEquals(0, count("SELECT COUNT(*) FROM derby_only"));
        assertThrows(Exception.class, () -> count("SELECT COUNT(*) FROM common_one"));
    }

    @Test
    void failedWorkRollsBackAndSkipsAfterCommit() throws Exception {
        db.migrate("testmod", getClass().getClassLoader(), "db/testmod");
        List<String> ran = new ArrayList<>();
        assertThrows(ConflictException.class, () -> db.inTransaction(tx -> {
            try (Statement s = tx.connection().createStatement()) {
                s.executeUpdate("INSERT INTO test_thing (id, name) VALUES (2, 'two')");
            }
            tx.afterCommit(() -> ran.add("after"));
            throw new ConflictException("refused");
        }));
        assertEquals(1, count("SELECT COUNT(*) FROM test_thing"));
        assertTrue(ran.isEmpty());
    }

    @Test
    void nestedWorkJoinsTheOuterTransaction() throws Exception {
        db.migrate("testmod", getClass().getClassLoader(), "db/testmod");
        List<String> ran = new ArrayList<>();
        db.inTransaction(outer -> db.inTransaction(inner -> {
            assertTrue(outer == inner);
            inner.afterCommit(() -> ran.add("after"));
            return null;
        }));
        assertEquals(List.of("after"), ran);
        assertFalse(db.currentTransaction().isPresent());
    }

    @Test
    void newTransactionSurvivesOuterRollback() throws Exception {
        db.migrate("testmod", getClass().getClassLoader(), "db/testmod");
        assertThrows(IllegalStateException.class, () -> db.inTransaction(outer -> {
            db.inNewTransaction(inner -> {
                try (Statement s = inner.connection().createStatement()) {
                    s.executeUpdate("INSERT INTO test_thing (id, name) VALUES (3, 'kept')");
                }
                return null;
            });
            assertTrue(db.currentTransaction().get() == outer);
            throw new IllegalStateException("outer fails");
        }));
        assertEquals(2, count("SELECT COUNT(*) FROM test_thing"));
    }

    /** Counts what the audit trail is asked to do with a transaction's records. */
    private static final class Sink implements DatabaseComponent.AuditSink {
        final List<String> calls = new ArrayList<>();

        @Override
        public void write(org.missioncj.core.api.persistence.Transaction tx, List<AuditRecord> records) {
            calls.add("in the transaction: " + records.size());
        }

        @Override
        public void durable(List<AuditRecord> records) {
            assertFalse(db().currentTransaction().isPresent(), "after the transaction, not in it");
            calls.add("after it: " + records.size());
        }

        DatabaseComponentTest owner;

        DatabaseComponent db() {
            return owner.db;
        }
    }

    @Test
    void aReadsAuditRecordsAreMadeDurableAfterItAndAWritesInIt() throws Exception {
        Sink sink = new Sink();
        sink.owner = this;
        SqlSessionFactory f = db.sessionFactory(AuditMapper.class);
        db.inTransaction(tx -> {
            DatabaseComponent.mapper(tx, f, AuditMapper.class).chainState();
            db.current().audit(sink, List.of(new AuditRecord()));
            return null;
        });
        assertEquals(List.of("after it: 1"), sink.calls, "a transaction that only read");
        sink.calls.clear();
        db.inTransaction(tx -> {
            db.current().audit(sink, List.of(new AuditRecord(), new AuditRecord()));
            DatabaseComponent.mapper(tx, f, AuditMapper.class).lockSeal(java.time.Instant.now());
            return null;
        });
        assertEquals(List.of("in the transaction: 2"), sink.calls, "a transaction that wrote, even after the record");
        sink.calls.clear();
        assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
            db.current().audit(sink, List.of(new AuditRecord()));
            throw new IllegalStateException("refused");
        }));
        assertTrue(sink.calls.isEmpty(), "a rolled-back transaction's records are dropped (AuditedWork records the refusal)");
    }

    @Test
    void aBusyDatabaseIsTriedOnceMoreThenAnsweredAsUnavailable() {
        AtomicInteger runs = new AtomicInteger();
        String result = db.inTransaction(tx -> {
            if (runs.incrementAndGet() == 1) {
                throw new org.apache.ibatis.exceptions.PersistenceException(
                        new SQLException("A lock could not be obtained within the time requested", "40XL1"));
            }
            return "second run";
        });
        assertEquals("second run", result);
        assertEquals(2, runs.get());
        runs.set(0);
        PersistenceException busy = assertThrows(PersistenceException.class, () -> db.inTransaction(tx -> {
            runs.incrementAndGet();
            throw new SQLException("deadlock detected", "40P01");
        }));
        assertEquals(2, runs.get(), "once more, not forever");
        assertTrue(busy.getMessage().contains("busy"), busy.getMessage());
        // nested work is not run again on its own: the outermost transaction runs the whole once more
        runs.set(0);
        assertThrows(PersistenceException.class, () -> db.inTransaction(outer -> db.inTransaction(inner -> {
            runs.incrementAndGet();
            throw new SQLException("lock timeout", "55P03");
        })));
        assertEquals(2, runs.get());
    }

    @Test
    void anUnreachableDatabaseIsUnavailableAndADuplicateKeyAConflict() throws Exception {
        db.migrate("testmod", getClass().getClassLoader(), "db/testmod");
        AtomicInteger runs = new AtomicInteger();
        assertThrows(PersistenceException.class, () -> db.inTransaction(tx -> {
            runs.incrementAndGet();
            throw new org.apache.ibatis.exceptions.PersistenceException(new java.sql.SQLNonTransientConnectionException(
                    "connection closed", "08003"));
        }));
        assertEquals(1, runs.get(), "a lost connection is not retried: the work may have reached the database");
        ConflictException dup = assertThrows(ConflictException.class, () -> db.inTransaction(tx -> {
            try (Statement s = tx.connection().createStatement()) {
                s.executeUpdate("INSERT INTO test_thing (id, name) VALUES (1, 'again')");
            }
            return null;
        }));
        assertFalse(dup.getMessage().contains("test_thing") || dup.getMessage().toUpperCase().contains("TEST_THING"),
                "no table or constraint names in what the client reads");
        // a defect is not dressed up as the database's state
        assertThrows(org.apache.ibatis.exceptions.PersistenceException.class, () -> db.inTransaction(tx -> {
            throw new org.apache.ibatis.exceptions.PersistenceException(new SQLException("syntax error", "42X01"));
        }));
    }

    @Test
    void scriptsSplitAtLineEndSemicolons() {
        List<String> s = DatabaseComponent.splitStatements("-- comment\nCREATE TABLE a (\n x INT\n);\n\nINSERT INTO a VALUES (1);\n");
        assertEquals(2, s.size());
        assertTrue(s.get(0).startsWith("CREATE TABLE a ("));
        assertEquals("INSERT INTO a VALUES (1)", s.get(1));
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
