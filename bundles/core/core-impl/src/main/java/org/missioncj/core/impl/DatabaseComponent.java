package org.missioncj.core.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.managed.ManagedTransactionFactory;
import org.apache.ibatis.type.JdbcType;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.core.api.persistence.Database;
import org.missioncj.core.api.persistence.PersistenceException;
import org.missioncj.core.api.persistence.Transaction;
import org.missioncj.core.api.persistence.TransactionWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Database} service over the pax-jdbc {@code DataSource} named {@code mission}
 * (retarget with the {@code dataSource.target} property of PID {@code org.missioncj.core.database}).
 * Schema migrations run on {@code migrationDataSource} (by default the same one): a site whose
 * application role may not change the audit tables points it at a DataSource of the tables' owner.
 */
@Component(service = {Database.class, DatabaseComponent.class}, configurationPid = "org.missioncj.core.database")
public class DatabaseComponent implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseComponent.class);
    static final String VERSION_TABLE = "CORE_SCHEMA_VERSION";

    private final DataSource dataSource;
    private final DataSource migrationDataSource;
    private final String databaseId;
    private final String productDescription;
    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    @Activate
    public DatabaseComponent(
            @Reference(name = "dataSource", target = "(osgi.jndi.service.name=mission)") DataSource dataSource,
            @Reference(name = "migrationDataSource", target = "(osgi.jndi.service.name=mission)")
                    DataSource migrationDataSource) {
        this.dataSource = dataSource;
        this.migrationDataSource = migrationDataSource;
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            this.productDescription = md.getDatabaseProductName() + " " + md.getDatabaseProductVersion();
            this.databaseId = databaseIdOf(md.getDatabaseProductName());
        } catch (SQLException e) {
            throw new PersistenceException("Cannot open the mission database: " + e.getMessage(), e);
        }
        try (Connection c = migrationDataSource.getConnection()) {
            ensureVersionTable(c);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot open the mission database: " + e.getMessage(), e);
        }
        LOG.info("Mission database: {} (databaseId {})", productDescription, databaseId);
        // Core's own tables (audit, sign-ins) exist before any component that uses them starts.
        migrate("core", DatabaseComponent.class.getClassLoader(), "db/core");
    }

    /** For tests and embedding: one DataSource for everything. */
    public DatabaseComponent(DataSource dataSource) {
        this(dataSource, dataSource);
    }

    static String databaseIdOf(String productName) {
        String p = productName.toLowerCase();
        if (p.contains("derby")) {
            return "derby";
        }
        if (p.contains("postgres")) {
            return "postgresql";
        }
        throw new PersistenceException("Unsupported database " + productName
                + ": the mission platform runs on Apache Derby or PostgreSQL", null);
    }

    @Override
    public String databaseId() {
        return databaseId;
    }

    @Override
    public String productDescription() {
        return productDescription;
    }

    @Override
    public boolean isReachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * A MyBatis factory for annotation mappers (their SQL next to them), with this database's
     * {@code databaseId}; sessions come from {@link #mapper}. Core's own and the module kit's.
     */
    public SqlSessionFactory sessionFactory(Class<?>... mappers) {
        // Connections come from our transactions; MyBatis must neither commit nor close them.
        ManagedTransactionFactory tf = new ManagedTransactionFactory();
        Properties p = new Properties();
        p.setProperty("closeConnection", "false");
        tf.setProperties(p);
        Configuration cfg = new TrackingConfiguration(new Environment("mission", tf, dataSource));
        cfg.setDatabaseId(databaseId);
        cfg.setMapUnderscoreToCamelCase(true);
        cfg.setLocalCacheScope(LocalCacheScope.STATEMENT);
        cfg.setCacheEnabled(false);
        cfg.setJdbcTypeForNull("derby".equals(databaseId) ? JdbcType.VARCHAR : JdbcType.OTHER);
        PortableTypes.register(cfg.getTypeHandlerRegistry());
        cfg.setDefaultEnumTypeHandler(PortableTypes.EnumHandler.class);
        // Annotation mappers load with their own bundle's class loader, so no scanning is needed.
        for (Class<?> m : mappers) {
            cfg.addMapper(m);
        }
        return new SqlSessionFactoryBuilder().build(cfg);
    }

    /** A mapper of the factory on the transaction's connection (a transaction of this component). */
    public static <M> M mapper(Transaction tx, SqlSessionFactory factory, Class<M> type) {
        return ((Tx) tx).mapper(factory, type);
    }

    /** The mapper on the transaction's batching session of that factory (a module's bulk writes). */
    public static <M> M batchMapper(Transaction tx, SqlSessionFactory factory, Class<M> type) {
        return ((Tx) tx).batchMapper(factory, type);
    }

    /** Sends the statements the transaction's batching sessions hold. */
    public static void flush(Transaction tx) {
        ((Tx) tx).flushBatches();
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        if (current.get() != null) {
            return runChecked(work, current.get());
        }
        try {
            return outermost(work);
        } catch (DatabaseFailures.Busy e) {
            // the database rolled the work back (a lock wait timed out, a deadlock): run it once more, after a pause
            // that keeps two requests from meeting again at the same moment; a second refusal goes to the caller (503)
            LOG.info("The database was busy ({}); running the transaction once more", e.getCause().getMessage());
            pause(ThreadLocalRandom.current().nextLong(50, 500));
            return outermost(work);
        }
    }

    private <T> T outermost(TransactionWork<T> work) {
        Tx tx;
        try {
            tx = new Tx(dataSource.getConnection());
        } catch (SQLException e) {
            throw DatabaseFailures.translate(e, new DatabaseFailures.Unreachable("The mission database is not reachable: "
                    + e.getMessage(), e));
        }
        current.set(tx);
        boolean committed = false;
        T result;
        try {
            result = runChecked(work, tx);
            tx.commit();
            committed = true;
        } finally {
            current.remove();
            if (!committed) {
                tx.rollbackQuietly();
            }
            tx.close();
        }
        try {
            tx.makeAuditDurable();
        } finally {
            tx.runAfterCommit();
        }
        return result;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PersistenceException("Interrupted while the database was busy", e);
        }
    }

    @Override
    public <T> T inNewTransaction(TransactionWork<T> work) {
        Tx suspended = current.get();
        current.remove();
        try {
            return inTransaction(work);
        } finally {
            if (suspended != null) {
                current.set(suspended);
            }
        }
    }

    private static <T> T runChecked(TransactionWork<T> work, Tx tx) {
        try {
            return work.run(tx);
        } catch (RuntimeException e) {
            throw DatabaseFailures.translate(e);
        } catch (SQLException e) {
            throw DatabaseFailures.translate(e, new PersistenceException("Database error: " + e.getMessage(), e));
        } catch (Exception e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<Transaction> currentTransaction() {
        return Optional.ofNullable(current.get());
    }

    // ---- migrations ----------------------------------------------------------------------------

    private void ensureVersionTable(Connection c) throws SQLException {
        if (tableExists(c, VERSION_TABLE)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE core_schema_version (module VARCHAR(64) NOT NULL, script VARCHAR(200) NOT NULL, "
                    + "checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL, PRIMARY KEY (module, script))");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            // Another node created it at the same moment: fine, as long as it is there now.
            if (!tableExists(c, VERSION_TABLE)) {
                throw e;
            }
        }
    }

    private static boolean tableExists(Connection c, String upperName) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String name : new String[] {upperName, upperName.toLowerCase()}) {
            try (ResultSet rs = md.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public int migrate(String module, ClassLoader loader, String location) {
        List<String> scripts = readIndex(module, loader, location);
        if (migrationDataSource != dataSource) {
            // on the owner's connection, outside the application's transactions
            try (Connection c = migrationDataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    int n = migrateOn(c, module, loader, location, scripts);
                    c.commit();
                    return n;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new PersistenceException("Migrating " + module + " failed: " + e.getMessage(), e);
            }
        }
        return inTransaction(tx -> migrateOn(tx.connection(), module, loader, location, scripts));
    }

    private int migrateOn(Connection c, String module, ClassLoader loader, String location, List<String> scripts)
            throws SQLException {
        {
            try (Statement s = c.createStatement()) {
                // Serializes migrations of all nodes that start at once on one PostgreSQL.
                s.execute("LOCK TABLE core_schema_version IN EXCLUSIVE MODE");
            }
            Map<String, String> applied = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT script, checksum FROM core_schema_version WHERE module = ?")) {
                ps.setString(1, module);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        applied.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            int count = 0;
            for (String script : scripts) {
                String sql = readScript(loader, location, script);
                String checksum = sha256(sql);
                String known = applied.get(script);
                if (known != null) {
                    if (!known.equals(checksum)) {
                        throw new PersistenceException("Migration " + module + "/" + script
                                + " was changed after it was applied; released migrations must never be edited."
                                + " Add a new script instead.", null);
                    }
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    for (String stmt : splitStatements(sql)) {
                        s.execute(stmt);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO core_schema_version (module, script, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, module);
                    ps.setString(2, script);
                    ps.setString(3, checksum);
                    ps.setTimestamp(4, Timestamp.from(Instant.now()));
                    ps.executeUpdate();
                }
                LOG.info("Applied migration {}/{}", module, script);
                count++;
            }
            return count;
        }
    }

    private List<String> readIndex(String module, ClassLoader loader, String location) {
        String text = readResource(loader, location + "/migrations.idx");
        if (text == null) {
            throw new PersistenceException("Module " + module + " has no " + location + "/migrations.idx", null);
        }
        List<String> scripts = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.trim();
            if (!l.isEmpty() && !l.startsWith("#")) {
                scripts.add(l);
            }
        }
        return scripts;
    }

    private String readScript(ClassLoader loader, String location, String script) {
        String specific = readResource(loader, location + "/" + databaseId + "/" + script);
        if (specific != null) {
            return specific;
        }
        String common = readResource(loader, location + "/" + script);
        if (common == null) {
            throw new PersistenceException("Migration script " + location + "/" + script + " is missing", null);
        }
        return common;
    }

    private static String readResource(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PersistenceException("Cannot read " + path, e);
        }
    }

    /**
     * Splits a script at semicolons that end a line; drops {@code --} comment lines. Inside a
     * {@code $$}-quoted body (a PostgreSQL function) nothing is split.
     */
    static List<String> splitStatements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (String line : sql.split("\\R")) {
            String t = line.trim();
            if (t.isEmpty() || (!quoted && t.startsWith("--"))) {
                continue;
            }
            if ((t.split("\\$\\$", -1).length - 1) % 2 == 1) {
                quoted = !quoted;
            }
            if (!quoted && t.endsWith(";")) {
                cur.append(t, 0, t.length() - 1);
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(t).append('\n');
            }
        }
        if (cur.toString().trim().length() > 0) {
            out.add(cur.toString().trim());
        }
        return out;
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Audit records of a transaction: written in it when it wrote something, so they commit or roll back with
     * that; after it, and durable before the caller goes on, when it only read.
     */
    interface AuditSink {
        /** Writes the records in the transaction, before it commits. */
        void write(Transaction tx, List<AuditRecord> records);

        /** Makes the records durable after the transaction committed; returns once they are, or throws. */
        void durable(List<AuditRecord> records);
    }

    /** The transaction bound to this thread, for the audit trail (which defers a read's records to its commit). */
    Tx current() {
        return current.get();
    }

    /**
     * MyBatis' configuration with one change: every executor marks the thread's transaction as one that wrote, for
     * each insert, update and delete a mapper sends (a plain delegate: an interceptor plugin would put a reflective
     * proxy in front of every statement of every request).
     */
    private final class TrackingConfiguration extends Configuration {
        TrackingConfiguration(Environment environment) {
            super(environment);
        }

        @Override
        public Executor newExecutor(org.apache.ibatis.transaction.Transaction transaction, ExecutorType executorType) {
            return new WriteMarkingExecutor(super.newExecutor(transaction, executorType));
        }
    }

    private final class WriteMarkingExecutor implements Executor {
        private final Executor delegate;

        WriteMarkingExecutor(Executor delegate) {
            this.delegate = delegate;
        }

        @Override
        public int update(MappedStatement ms, Object parameter) throws SQLException {
            Tx tx = current.get();
            if (tx != null) {
                tx.wrote = true;
            }
            return delegate.update(ms, parameter);
        }

        @Override
        public <E> List<E> query(MappedStatement ms, Object parameter, RowBounds rowBounds, ResultHandler resultHandler,
                CacheKey cacheKey, BoundSql boundSql) throws SQLException {
            return delegate.query(ms, parameter, rowBounds, resultHandler, cacheKey, boundSql);
        }

        @Override
        public <E> List<E> query(MappedStatement ms, Object parameter, RowBounds rowBounds, ResultHandler resultHandler)
                throws SQLException {
            return delegate.query(ms, parameter, rowBounds, resultHandler);
        }

        @Override
        public <E> Cursor<E> queryCursor(MappedStatement ms, Object parameter, RowBounds rowBounds) throws SQLException {
            return delegate.queryCursor(ms, parameter, rowBounds);
        }

        @Override
        public List<BatchResult> flushStatements() throws SQLException {
            return delegate.flushStatements();
        }

        @Override
        public void commit(boolean required) throws SQLException {
            delegate.commit(required);
        }

        @Override
        public void rollback(boolean required) throws SQLException {
            delegate.rollback(required);
        }

        @Override
        public CacheKey createCacheKey(MappedStatement ms, Object parameterObject, RowBounds rowBounds, BoundSql boundSql) {
            return delegate.createCacheKey(ms, parameterObject, rowBounds, boundSql);
        }

        @Override
        public boolean isCached(MappedStatement ms, CacheKey key) {
            return delegate.isCached(ms, key);
        }

        @Override
        public void clearLocalCache() {
            delegate.clearLocalCache();
        }

        @Override
        public void deferLoad(MappedStatement ms, MetaObject resultObject, String property, CacheKey key, Class<?> targetType) {
            delegate.deferLoad(ms, resultObject, property, key, targetType);
        }

        @Override
        public org.apache.ibatis.transaction.Transaction getTransaction() {
            return delegate.getTransaction();
        }

        @Override
        public void close(boolean forceRollback) {
            delegate.close(forceRollback);
        }

        @Override
        public boolean isClosed() {
            return delegate.isClosed();
        }

        @Override
        public void setExecutorWrapper(Executor executor) {
            delegate.setExecutorWrapper(executor);
        }
    }

    /** A transaction: one connection with auto-commit off and the sessions opened on it. */
    static final class Tx implements Transaction {
        private final Connection connection;
        private final Map<SqlSessionFactory, SqlSession> sessions = new HashMap<>();
        private final Map<SqlSessionFactory, SqlSession> batches = new HashMap<>();
        private final List<Runnable> afterCommit = new ArrayList<>();
        private final List<AuditRecord> audit = new ArrayList<>();
        private AuditSink auditSink;
        private boolean wrote;

        Tx(Connection connection) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
        }

        /** The connection itself: what is done with it is not seen, so the transaction counts as one that wrote. */
        @Override
        public Connection connection() {
            wrote = true;
            return connection;
        }

        <M> M mapper(SqlSessionFactory factory, Class<M> type) {
            return sessions.computeIfAbsent(factory, f -> f.openSession(connection)).getMapper(type);
        }

        <M> M batchMapper(SqlSessionFactory factory, Class<M> type) {
            return batches.computeIfAbsent(factory, f -> f.openSession(ExecutorType.BATCH, connection)).getMapper(type);
        }

        void flushBatches() {
            try {
                for (SqlSession s : batches.values()) {
                    s.flushStatements();
                }
            } catch (RuntimeException e) {
                throw DatabaseFailures.translate(e);
            }
        }

        @Override
        public void afterCommit(Runnable action) {
            afterCommit.add(action);
        }

        /** Adds audit records to the transaction (see {@link AuditSink}); they are dropped if it rolls back. */
        void audit(AuditSink sink, List<AuditRecord> records) {
            auditSink = sink;
            audit.addAll(records);
        }

        void commit() {
            try {
                for (SqlSession s : sessions.values()) {
                    s.flushStatements();
                }
                for (SqlSession s : batches.values()) {
                    s.flushStatements();
                }
                if (wrote && !audit.isEmpty()) {
                    auditSink.write(this, audit);
                    audit.clear();
                }
                connection.commit();
            } catch (SQLException e) {
                throw DatabaseFailures.translate(e, new PersistenceException("Commit failed: " + e.getMessage(), e));
            } catch (RuntimeException e) {
                throw DatabaseFailures.translate(e);
            }
        }

        void makeAuditDurable() {
            if (!audit.isEmpty()) {
                auditSink.durable(audit);
            }
        }

        void rollbackQuietly() {
            try {
                connection.rollback();
            } catch (SQLException e) {
                LOG.warn("Rollback failed", e);
            }
        }

        void close() {
            for (SqlSession s : batches.values()) {
                try {
                    s.close();
                } catch (RuntimeException e) {
                    LOG.debug("Closing a batch session", e);
                }
            }
            for (SqlSession s : sessions.values()) {
                try {
                    s.close();
                } catch (RuntimeException e) {
                    LOG.debug("Closing a session", e);
                }
            }
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                LOG.debug("Resetting auto-commit", e);
            }
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Closing a connection", e);
            }
        }

        void runAfterCommit() {
            for (Runnable r : afterCommit) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.warn("After-commit action failed", e);
                }
            }
        }
    }
}
