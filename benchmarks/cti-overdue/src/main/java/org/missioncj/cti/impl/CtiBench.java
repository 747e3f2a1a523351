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
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.persistence.Database;
import org.missioncj.core.impl.ModuleRuntime;
import org.missioncj.cti.api.ScheduleService;
import org.missioncj.cti.api.dto.DueContact;
import org.missioncj.cti.api.dto.OverdueParticipant;
import org.missioncj.registry.impl.CaseloadAccessImpl;
import org.missioncj.registry.impl.EnrollmentServiceImpl;
import org.missioncj.registry.impl.RegistrySettings;
import org.missioncj.registry.impl.StaffServiceImpl;
import org.missioncj.registry.impl.TeamServiceImpl;
import org.missioncj.testkit.TestPlatform;

/**
 * The registry and CTI services on the test kit's platform (as {@code CtiFixture} wires them in
 * cti-impl's unit tests), on the benchmark's DataSource. It lives in {@code org.missioncj.cti.impl} only
 * to reach the package-private {@link PhasePlan}, settings and mapper; outside OSGi nothing stops that.
 * Registry events go nowhere: the benchmark writes CTI's tables directly.
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
    private final ModuleSupport cti;
    private final PhasePlan plan;

    public CtiBench(DataSource dataSource, Clock clock) {
        TestPlatform platform = new TestPlatform(dataSource, clock);
        ModuleSupport registry = platform.module(RegistrySettings.class);
        RegistrySettings registrySettings = new RegistrySettings(25);
        this.database = platform.database;
        this.staff = new StaffServiceImpl(registry);
        CaseloadAccessImpl caseloads = new CaseloadAccessImpl(registry, staff, 240);
        this.teams = new TeamServiceImpl(registry, caseloads, registrySettings);
        EnrollmentServiceImpl enrollments = new EnrollmentServiceImpl(registry, caseloads, staff, registrySettings);
        this.plan = PhasePlan.parse(PHASE_NAMES, PHASE_MONTHS, CONTACT_INTERVALS);
        CtiSettings settings = new CtiSettings(plan);
        this.cti = platform.module(CtiSettings.class);
        EnrollmentSync sync = new EnrollmentSync(cti, settings, enrollments, teams);
        this.schedules = new ScheduleServiceImpl(cti, settings, caseloads, sync);
    }

    /** The service's "today" (the site clock). */
    public LocalDate today() {
        return cti.today();
    }

    /** Every due contact of a {@code programMonths} enrollment anchored on {@code anchor}, from the MISSION plan. */
    public List<DueContact> dueContacts(LocalDate anchor, int programMonths) {
        return plan.dueContacts(anchor, programMonths);
    }

    /**
     * A': the mapper's two queries in one transaction, as {@link ScheduleServiceImpl#overdue} runs
     * them, without the access check, the audit rows and the days-late arithmetic.
     */
    public Page<OverdueParticipant> mapperOverdue(String teamId, LocalDate today, PageRequest page) {
        return cti.work(tx -> {
            CtiMapper m = tx.mapper(CtiMapper.class);
            return Page.read(page, () -> m.countOverdue(teamId, today),
                    () -> m.overdue(teamId, today, page.offset(), page.size()));
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
        MappedStatement ms = ((ModuleRuntime) cti).configuration().getMappedStatement(CtiMapper.class.getName() + "." + method);
        BoundSql b = ms.getBoundSql(params);
        return b.getSql();
    }
}
