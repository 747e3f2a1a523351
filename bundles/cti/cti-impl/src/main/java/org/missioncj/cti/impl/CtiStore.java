package org.missioncj.cti.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.session.SqlSessionFactory;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.SiteClock;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.audit.AuditedWork;
import org.missioncj.core.api.persistence.Database;
import org.missioncj.core.api.persistence.Transaction;
import org.missioncj.core.api.persistence.TransactionWork;
import org.missioncj.cti.api.dto.DueContact;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What the CTI services share: the site's phase plan and time zone, the schema, the mappers, the
 * audit trail and events posted after commit. A changed plan reactivates the module; schedules are
 * then rebuilt for their future part as enrollments change.
 */
@Component(service = CtiStore.class, configurationPid = "org.missioncj.cti")
@Designate(ocd = CtiStore.Config.class)
public class CtiStore {
    static final String COMPONENT = "cti";
    static final Actor SYSTEM = Actor.system(COMPONENT);

    @ObjectClassDefinition(name = "MISSION-CJ Critical Time Intervention",
            description = "The CTI phase plan of the site (its time zone is core's, org.missioncj.core.site). Lengths are for the reference enrollment "
                    + "(their sum, 12 months in MISSION-CJ); shorter enrollments scale them in proportion.")
    public @interface Config {
        @AttributeDefinition(name = "Phase names", description = "Comma-separated, one name per phase, in order.")
        String phaseNames() default "Transition to community, Try-out, Transfer of care";

        @AttributeDefinition(name = "Phase lengths (months)",
                description = "Comma-separated months of each phase in the reference plan. Classic CTI: 3, 3, 3.")
        String phaseMonths() default "4, 5, 3";

        @AttributeDefinition(name = "Contact intervals",
                description = "Comma-separated ISO-8601 period between due contacts in each phase: P7D weekly, "
                        + "P14D every two weeks, P1M monthly.")
        String contactIntervals() default "P7D, P14D, P1M";
    }

    final Database database;
    final AuditService audit;
    final PhasePlan plan;
    final SqlSessionFactory sessions;
    private final EventAdmin events;
    private final SiteClock clock;

    @Activate
    public CtiStore(@Reference Database database, @Reference AuditService audit, @Reference EventAdmin events,
            @Reference SiteClock clock, Config config) {
        this(database, audit, events, PhasePlan.parse(config.phaseNames(), config.phaseMonths(), config.contactIntervals()),
                clock);
    }

    CtiStore(Database database, AuditService audit, EventAdmin events, PhasePlan plan, SiteClock clock) {
        this.database = database;
        this.audit = audit;
        this.events = events;
        this.plan = plan;
        this.clock = clock;
        database.migrate(COMPONENT, CtiStore.class.getClassLoader(), "db/cti");
        this.sessions = database.sessionFactory(CtiMapper.class);
    }

    ZoneId zone() {
        return clock.zone();
    }

    LocalDate today() {
        return clock.today();
    }

    Instant now() {
        return clock.now();
    }

    CtiMapper mapper(Transaction tx) {
        return tx.mapper(sessions, CtiMapper.class);
    }

    <T> T audited(AuditEntry entry, TransactionWork<T> work) {
        return AuditedWork.run(database, audit, entry, work);
    }

    void postAfterCommit(Transaction tx, String topic, Map<String, Object> properties) {
        tx.afterCommit(() -> events.postEvent(new Event(topic, properties)));
    }

    /**
     * Writes the enrollment's due contacts from the plan. The first time, all of them; later only
     * from today on, so what was due (and logged) before today stays as it was, and the window
     * open today is cut where the new plan's next one begins.
     */
    void rebuildDue(CtiMapper m, CtiMapper.EnrollmentRow e) {
        LocalDate today = today();
        List<DueContact> existing = m.due(e.enrollmentId);
        boolean open = "ENROLLED".equals(e.status) || "ACTIVE".equals(e.status);
        LocalDate from = existing.isEmpty() ? LocalDate.MIN : today;
        if (!existing.isEmpty()) {
            m.deleteDueFrom(e.enrollmentId, today);
        }
        if (!open) {
            return;
        }
        LocalDate firstNew = null;
        for (DueContact d : plan.dueContacts(e.anchor(), e.programMonths)) {
            if (!d.dueDate.isBefore(from)) {
                m.insertDue(e.enrollmentId, d);
                if (firstNew == null) {
                    firstNew = d.dueDate;
                }
            }
        }
        if (firstNew != null && !existing.isEmpty()) {
            m.clipWindows(e.enrollmentId, today, firstNew);
        }
    }
}
