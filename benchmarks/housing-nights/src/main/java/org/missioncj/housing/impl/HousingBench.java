package org.missioncj.housing.impl;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.Configuration;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.persistence.Database;
import org.missioncj.core.api.timeline.DaySpan;
import org.missioncj.core.impl.ModuleRuntime;
import org.missioncj.housing.api.HousingAccess;
import org.missioncj.housing.api.dto.Nights;
import org.missioncj.registry.impl.CaseloadAccessImpl;
import org.missioncj.registry.impl.EnrollmentServiceImpl;
import org.missioncj.registry.impl.RegistrySettings;
import org.missioncj.registry.impl.StaffServiceImpl;
import org.missioncj.registry.impl.TeamServiceImpl;
import org.missioncj.testkit.TestPlatform;

/**
 * The registry and the housing module's {@link TimelineServiceImpl} on the test kit's platform, wired as housing-impl's
 * {@code HousingServicesTest} wires them, on the benchmark's DataSource; each module started from its own
 * {@code Mission-Module} header (migrations and mappers as Karaf runs them). It lives in
 * {@code org.missioncj.housing.impl} to reach the mapper's statements for the plans and for A'; outside OSGi nothing
 * stops that. The enrollment copy ({@link HousingEnrollments}) is never started: the benchmark writes hs_enrollment
 * directly, as the copy would have written it.
 */
public final class HousingBench {
    public final Database database;
    public final StaffServiceImpl staff;
    public final TeamServiceImpl teams;
    public final TimelineServiceImpl timeline;
    private final ModuleSupport housing;
    private final CaseloadAccessImpl access;

    public HousingBench(DataSource dataSource, Clock clock) {
        TestPlatform platform = new TestPlatform(dataSource, clock);
        ModuleSupport registry = platform.module(RegistrySettings.class);
        RegistrySettings registrySettings = new RegistrySettings(25);
        this.database = platform.database;
        this.staff = new StaffServiceImpl(registry);
        this.access = new CaseloadAccessImpl(registry, staff, 240);
        platform.audit.setParticipantScope(access);
        this.teams = new TeamServiceImpl(registry, access, registrySettings);
        this.housing = platform.module(HousingSettings.class);
        EnrollmentServiceImpl enrollments = new EnrollmentServiceImpl(registry, access, staff, registrySettings);
        this.timeline = new TimelineServiceImpl(housing, access, staff, new HousingEnrollments(housing, enrollments, teams));
    }

    /** The service's "today" (the site clock). */
    public LocalDate today() {
        return housing.today();
    }

    /**
     * A': {@link HousingMapper#siteNights} and {@link HousingMapper#sitePlaced} in one transaction, turned into
     * {@link Nights} as {@link TimelineServiceImpl#siteNights} does, without the access check and the audit record.
     */
    public Nights mapperSiteNights(String site, LocalDate from, LocalDate to) {
        return housing.work(tx -> {
            HousingMapper m = tx.mapper(HousingMapper.class);
            Nights n = new Nights();
            n.site = site;
            n.from = from;
            n.to = to;
            long until = DaySpan.untilDay(to, housing.today());
            long days = Math.max(0, until - from.toEpochDay());
            if (days > 0) {
                for (HousingMapper.KindNights r : m.siteNights(site, from.toEpochDay(), until)) {
                    switch (r.kind) {
                        case "HOUSED" -> n.housed += r.nights;
                        case "HOMELESS" -> n.homeless += r.nights;
                        case "INCARCERATED" -> n.incarcerated += r.nights;
                        default -> n.institution += r.nights;
                    }
                }
                n.unknown = Math.max(0, days * m.sitePlaced(site) - n.housed - n.homeless - n.incarcerated
                        - n.institution);
            }
            return n;
        });
    }

    /** R: the service's check alone (role, the actor's staff record at the site), in a transaction of its own. */
    public void requireSite(Actor actor, String site) {
        housing.work(tx -> {
            access.requireSite(actor, HousingAccess.GET_SITE_NIGHTS, site);
            return null;
        });
    }

    // ---- the SQL the mapper sends, for the plans and M ---------------------------------------------------

    /** A statement as MyBatis sends it, with its parameters bound by the module's own type handlers. */
    public final class Statement {
        public final String sql;
        private final MappedStatement ms;
        private final Map<String, Object> params;
        private final BoundSql bound;

        Statement(String method, Map<String, Object> params) {
            Configuration conf = ((ModuleRuntime) housing).configuration();
            this.ms = conf.getMappedStatement(HousingMapper.class.getName() + "." + method);
            this.params = params;
            this.bound = ms.getBoundSql(params);
            this.sql = bound.getSql();
        }

        private Statement(Statement of, String sql) {
            this.ms = of.ms;
            this.params = of.params;
            this.bound = of.bound;
            this.sql = sql;
        }

        /**
         * The same statement with a piece of its text replaced by another that binds no parameter (so the module's
         * parameter handler binds it as it binds this one): a proposed change of the mapper, tried over JDBC.
         */
        public Statement replacing(String piece, String by) {
            if (!sql.contains(piece)) {
                throw new IllegalStateException("the statement has no " + piece + ": " + sql);
            }
            return new Statement(this, sql.replace(piece, by));
        }

        public void bind(PreparedStatement ps) throws SQLException {
            ms.getConfiguration().newParameterHandler(ms, params, bound).setParameters(ps);
        }
    }

    public Statement siteNightsSql(String site, long from, long until) {
        Map<String, Object> p = new HashMap<>();
        p.put("site", site);
        p.put("from", from);
        p.put("until", until);
        return new Statement("siteNights", p);
    }

    public Statement sitePlacedSql(String site) {
        Map<String, Object> p = new HashMap<>();
        p.put("site", site);
        return new Statement("sitePlaced", p);
    }

    /** The caseload rule as the mapper's site statements spell it (EnrollmentStatements' three pieces). */
    public static final String PLACING = HousingMapper.PLACING;
}
