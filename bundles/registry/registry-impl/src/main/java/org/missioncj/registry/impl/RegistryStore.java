package org.missioncj.registry.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.apache.ibatis.session.SqlSessionFactory;
import org.missioncj.core.api.SiteClock;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.audit.AuditedWork;
import org.missioncj.core.api.persistence.Database;
import org.missioncj.core.api.persistence.Transaction;
import org.missioncj.core.api.persistence.TransactionWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What the registry's services share: its schema (migrated at start), its MyBatis mappers, its
 * site configuration, the audit trail and events posted after commit.
 */
@Component(service = RegistryStore.class, configurationPid = "org.missioncj.registry")
@Designate(ocd = RegistryStore.Config.class)
public class RegistryStore {
    static final String COMPONENT = "registry";

    @ObjectClassDefinition(name = "MISSION-CJ participant registry",
            description = "Caseload limits. The site's time zone is core's (org.missioncj.core.site).")
    public @interface Config {
        @AttributeDefinition(name = "Default caseload limit",
                description = "Most participants (ENROLLED or ACTIVE) a team may carry when the team sets no limit of its own. "
                        + "The MISSION model allows at most 25 per team.")
        int defaultCaseloadLimit() default 25;
    }

    final Database database;
    final AuditService audit;
    final SqlSessionFactory sessions;
    final int defaultCaseloadLimit;
    private final EventAdmin events;
    private final SiteClock clock;

    @Activate
    public RegistryStore(@Reference Database database, @Reference AuditService audit, @Reference EventAdmin events,
            @Reference SiteClock clock, Config config) {
        this(database, audit, events, config.defaultCaseloadLimit(), clock);
    }

    /**
     * For tests and embedding: a fixed caseload limit and clock. A factory rather than a second public
     * constructor of the same arity, which SCR would try (and log an error for) at every start.
     */
    public static RegistryStore standalone(Database database, AuditService audit, EventAdmin events,
            int defaultCaseloadLimit, SiteClock clock) {
        return new RegistryStore(database, audit, events, defaultCaseloadLimit, clock);
    }

    private RegistryStore(Database database, AuditService audit, EventAdmin events, int defaultCaseloadLimit,
            SiteClock clock) {
        this.database = database;
        this.audit = audit;
        this.events = events;
        this.defaultCaseloadLimit = defaultCaseloadLimit;
        this.clock = clock;
        database.migrate(COMPONENT, RegistryStore.class.getClassLoader(), "db/registry");
        this.sessions = database.sessionFactory(ParticipantMapper.class, StaffMapper.class, TeamMapper.class,
                EnrollmentMapper.class, AccessMapper.class);
    }

    ZoneId zone() {
        return clock.zone();
    }

    LocalDate today() {
        return clock.today();
    }

    /** Millisecond precision, which both databases store exactly. */
    Instant now() {
        return clock.now();
    }

    <M> M mapper(Transaction tx, Class<M> type) {
        return tx.mapper(sessions, type);
    }

    /** Runs audited work in a transaction: see {@link AuditedWork}. */
    <T> T audited(AuditEntry entry, TransactionWork<T> work) {
        return AuditedWork.run(database, audit, entry, work);
    }

    /** Posts the event once the transaction has committed. */
    void postAfterCommit(Transaction tx, String topic, Map<String, Object> properties) {
        tx.afterCommit(() -> events.postEvent(new Event(topic, properties)));
    }
}
