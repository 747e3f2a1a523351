package org.missioncj.core.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.ibatis.session.SqlSessionFactory;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.SiteClock;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.audit.AuditedWork;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.core.api.module.Work;
import org.missioncj.core.api.persistence.Transaction;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A module as core runs it (see {@link ModuleSupport}): its schema migrated from its own bundle, its mappers
 * on the platform's transactions, audit and events. {@link ModuleExtender} makes one for each bundle
 * that names itself in a {@code Mission-Module} header; tests make one with {@link #open}.
 */
public final class ModuleRuntime implements ModuleSupport {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRuntime.class);

    private final String name;
    private final String version;
    private final DatabaseComponent database;
    private final AuditService audit;
    private final SiteClock clock;
    private final Supplier<EventAdmin> events;
    private final SqlSessionFactory sessions;

    private ModuleRuntime(String name, String version, DatabaseComponent database, AuditService audit, SiteClock clock,
            Supplier<EventAdmin> events, SqlSessionFactory sessions) {
        this.name = name;
        this.version = version;
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.sessions = sessions;
    }

    /**
     * Migrates the module's schema ({@code migrations}/migrations.idx, read with {@code loader}) and
     * builds its mappers: the module, ready to use. For tests and embedding; in Karaf the extender does it.
     */
    public static ModuleRuntime open(DatabaseComponent database, AuditService audit, SiteClock clock, EventAdmin events,
            String name, ClassLoader loader, String migrations, List<Class<?>> mappers) {
        return open(database, audit, clock, () -> events, name, "0.0.0", loader, migrations, mappers);
    }

    /**
     * The module a {@code Mission-Module} header describes, its classes and migrations loaded with
     * {@code loader}: what the extender does in Karaf, for the test kit to do on a plain class path.
     */
    public static ModuleRuntime fromHeader(DatabaseComponent database, AuditService audit, SiteClock clock,
            EventAdmin events, String header, ClassLoader loader) throws ClassNotFoundException {
        ModuleExtender.ModuleHeader h = ModuleExtender.ModuleHeader.parse(header);
        List<Class<?>> mappers = new java.util.ArrayList<>();
        for (String m : h.mappers) {
            mappers.add(Class.forName(m, true, loader));
        }
        return open(database, audit, clock, () -> events, h.name, "0.0.0", loader, h.migrations, mappers);
    }

    static ModuleRuntime open(DatabaseComponent database, AuditService audit, SiteClock clock, Supplier<EventAdmin> events,
            String name, String version, ClassLoader loader, String migrations, List<Class<?>> mappers) {
        if (migrations != null) {
            database.migrate(name, loader, migrations);
        }
        SqlSessionFactory sessions = database.sessionFactory(mappers.toArray(new Class<?>[0]));
        return new ModuleRuntime(name, version, database, audit, clock, events, sessions);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public AuditEntry entry(Actor actor, String action, String resourceType) {
        return AuditEntry.of(actor, name, action, resourceType);
    }

    @Override
    public <T> T audited(AuditEntry entry, Work<T> work) {
        return AuditedWork.run(database, audit, entry, tx -> work.run(new ModuleTx(tx)));
    }

    @Override
    public <T> T work(Work<T> work) {
        return database.inTransaction(tx -> work.run(new ModuleTx(tx)));
    }

    @Override
    public <T> T workAlone(Work<T> work) {
        return database.inNewTransaction(tx -> work.run(new ModuleTx(tx)));
    }

    @Override
    public LocalDate today() {
        return clock.today();
    }

    @Override
    public Instant now() {
        return clock.now();
    }

    @Override
    public ZoneId zone() {
        return clock.zone();
    }

    /** The module's MyBatis configuration, for tools that show the SQL a mapper sends (benchmarks). */
    public org.apache.ibatis.session.Configuration configuration() {
        return sessions.getConfiguration();
    }

    @Override
    public String toString() {
        return "module " + name + " " + version;
    }

    /** The module's view of a platform transaction. */
    private final class ModuleTx implements Tx {
        private final Transaction tx;

        ModuleTx(Transaction tx) {
            this.tx = tx;
        }

        @Override
        public <M> M mapper(Class<M> type) {
            return DatabaseComponent.mapper(tx, sessions, type);
        }

        @Override
        public <M> M batchMapper(Class<M> type) {
            return DatabaseComponent.batchMapper(tx, sessions, type);
        }

        @Override
        public void flush() {
            DatabaseComponent.flush(tx);
        }

        @Override
        public void post(String topic, Map<String, ?> properties) {
            Map<String, Object> copy = new HashMap<>(properties);
            tx.afterCommit(() -> {
                EventAdmin e = events.get();
                if (e == null) {
                    LOG.warn("No Event Admin: module {} could not post {}", name, topic);
                } else {
                    e.postEvent(new Event(topic, copy));
                }
            });
        }

        @Override
        public void afterCommit(Runnable action) {
            tx.afterCommit(action);
        }

        @Override
        public void record(List<AuditEntry> entries) {
            audit.recordAll(entries);
        }
    }
}
