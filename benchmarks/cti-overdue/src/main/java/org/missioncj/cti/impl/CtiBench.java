package org.missioncj.cti.impl;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.persistence.Database;
import org.missioncj.core.impl.AuditServiceImpl;
import org.missioncj.core.impl.DatabaseComponent;
import org.missioncj.cti.api.ScheduleService;
import org.missioncj.cti.api.dto.DueContact;
import org.missioncj.cti.api.dto.OverdueParticipant;
import org.missioncj.registry.impl.CaseloadAccessImpl;
import org.missioncj.registry.impl.RegistryStore;
import org.missioncj.registry.impl.StaffServiceImpl;
import org.missioncj.registry.impl.TeamServiceImpl;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The registry and CTI services wired by hand, as {@code CtiFixture} does in cti-impl's unit tests,
 * on the benchmark's DataSource. It lives in {@code org.missioncj.cti.impl} only to reach the
 * package-private test constructors of {@link CtiStore} and {@link PhasePlan} and the mapper; outside
 * OSGi nothing stops that. Registry events go nowhere: the benchmark writes CTI's tables directly.
 */
public final class CtiBench {
    /** The MISSION-CJ plan, as etc/org.missioncj.cti.cfg ships it. */
    public static final String PHASE_NAMES = "Transition to community, Try-out, Transfer of care";
    public static final String PHASE_MONTHS = "4, 5, 3";
    public static final String CONTACT_INTERVALS = "P7D, P14D, P1M";

    public final Database database;
    public final StaffServiceImpl staff;
    public final TeamServiceImpl teams;
    public final ScheduleService schedules;
    private final CtiStore store;

    public CtiBench(DataSource dataSource, Clock clock) {
        EventAdmin nowhere = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
            }

            @Override
            public void sendEvent(Event event) {
            }
        };
        DatabaseComponent db = new DatabaseComponent(dataSource);
        AuditServiceImpl audit = new AuditServiceImpl(db);
        RegistryStore registry = RegistryStore.standalone(db, audit, nowhere, 25, org.missioncj.core.api.SiteClock.of(clock));
        this.database = db;
        this.staff = new StaffServiceImpl(registry);
        CaseloadAccessImpl caseloads = CaseloadAccessImpl.standalone(registry, staff, 240);
        this.teams = new TeamServiceImpl(registry, caseloads);
        PhasePlan plan = PhasePlan.parse(PHASE_NAMES, PHASE_MONTHS, CONTACT_INTERVALS);
        this.store = new CtiStore(db, audit, nowhere, plan, org.missioncj.core.api.SiteClock.of(clock));
        TeamAccess access = new TeamAccess(caseloads, staff, teams);
        this.schedules = new ScheduleServiceImpl(store, access);
    }

    /** The service's "today" (the site clock). */
    public LocalDate today() {
        return store.today();
    }

    /** Every due contact of a {@code programMonths} enrollment anchored on {@code anchor}, from the MISSION plan. */
    public List<DueContact> dueContacts(LocalDate anchor, int programMonths) {
        return store.plan.dueContacts(anchor, programMonths);
    }

    /**
     * A': the mapper's two queries in one transaction, as {@link ScheduleServiceImpl#overdue} runs
     * them, without the access check, the audit rows and the days-late arithmetic.
     */
    public Page<OverdueParticipant> mapperOverdue(String teamId, LocalDate today, PageRequest page) {
        return database.inTransaction(tx -> {
            CtiMapper m = store.mapper(tx);
            long total = m.countOverdue(teamId, today);
            List<OverdueParticipant> items = m.overdue(teamId, today, page.offset(), page.size());
            return new Page<>(items, page, total);
        });
    }

    /** The SQL text MyBatis sends for the mapper's {@code overdue} page query (placeholders: team, today, offset, limit). */
    public String overduePageSql() {
        Map<String, Object> p = new HashMap<>();
        p.put("team", "t");
        p.put("today", LocalDate.now());
        p.put("offset", 0L);
        p.put("limit", 25);
        return boundSql("overdue", p);
    }

    /** The SQL text MyBatis sends for the mapper's {@code countOverdue} (placeholders: team, today). */
    public String overdueCountSql() {
        Map<String, Object> p = new HashMap<>();
        p.put("team", "t");
        p.put("today", LocalDate.now());
        return boundSql("countOverdue", p);
    }

    private String boundSql(String method, Map<String, Object> params) {
        MappedStatement ms = store.sessions.getConfiguration().getMappedStatement(CtiMapper.class.getName() + "." + method);
        BoundSql b = ms.getBoundSql(params);
        return b.getSql();
    }
}
