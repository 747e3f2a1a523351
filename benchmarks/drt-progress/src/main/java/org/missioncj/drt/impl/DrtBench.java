package org.missioncj.drt.impl;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.Configuration;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.persistence.Database;
import org.missioncj.core.impl.ModuleRuntime;
import org.missioncj.curriculum.api.CatalogService;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.curriculum.api.dto.Curriculum;
import org.missioncj.curriculum.impl.CurriculumSettings;
import org.missioncj.curriculum.impl.catalog.CatalogServiceImpl;
import org.missioncj.drt.api.DrtAccess;
import org.missioncj.drt.api.DrtProgressService;
import org.missioncj.drt.api.dto.DrtProgress;
import org.missioncj.drt.api.dto.SessionGap;
import org.missioncj.registry.impl.CaseloadAccessImpl;
import org.missioncj.registry.impl.EnrollmentServiceImpl;
import org.missioncj.registry.impl.RegistrySettings;
import org.missioncj.registry.impl.StaffServiceImpl;
import org.missioncj.registry.impl.TeamServiceImpl;
import org.missioncj.testkit.TestPlatform;

/**
 * The registry, the curriculum module's catalog and DRT's services on the test kit's platform, wired as
 * {@code DrtFixture} wires them in drt-impl's unit tests, on the benchmark's DataSource. It lives in
 * {@code org.missioncj.drt.impl} only to reach the package-private {@link CatalogProgress}, the settings and the
 * mapper; outside OSGi nothing stops that. Registry events go nowhere and the enrollment copy's catch-up is never
 * started: the benchmark writes DRT's tables directly.
 */
public final class DrtBench {
    public final Database database;
    public final StaffServiceImpl staff;
    public final TeamServiceImpl teams;
    public final CatalogService catalog;
    public final DrtProgressService progress;
    private final ModuleSupport drt;
    private final CaseloadAccessImpl access;
    private final DrtSettings settings = new DrtSettings();

    public DrtBench(DataSource dataSource, Clock clock) {
        TestPlatform platform = new TestPlatform(dataSource, clock);
        ModuleSupport registry = platform.module(RegistrySettings.class);
        RegistrySettings registrySettings = new RegistrySettings(25);
        this.database = platform.database;
        this.staff = new StaffServiceImpl(registry);
        this.access = new CaseloadAccessImpl(registry, staff, 240);
        platform.audit.setParticipantScope(access);
        this.teams = new TeamServiceImpl(registry, access, registrySettings);
        EnrollmentServiceImpl enrollments = new EnrollmentServiceImpl(registry, access, staff, registrySettings);
        // the curriculum module as Karaf starts it (its migrations ship the 13 DRT sessions), and its catalog component
        this.catalog = new CatalogServiceImpl(platform.module(CurriculumSettings.class));
        this.drt = platform.module(DrtSettings.class);
        DrtEnrollmentSync sync = new DrtEnrollmentSync(drt, enrollments, teams);
        this.progress = new DrtProgressServiceImpl(drt, settings, access, catalog, sync);
    }

    /** The service's "today" (the site clock). */
    public LocalDate today() {
        return drt.today();
    }

    /** The site view's default period (DrtSettings' gapDays). */
    public int gapDays() {
        return settings.gapDays();
    }

    /** The DRT catalog in use, in the order progress counts it (what the service reads once per request). */
    public List<CatalogSession> currentCatalog(Actor actor) {
        return catalog.current(actor, Curriculum.DRT);
    }

    /** What progress counts, from a catalog read once (A' does not re-read the catalog per call). */
    public static final class Counted {
        final CatalogProgress progress;

        Counted(CatalogProgress progress) {
            this.progress = progress;
        }

        /** The bits the mapper's aggregate is given (empty when the catalog is longer than a mask). */
        public int bits() {
            return progress.bits().size();
        }
    }

    public Counted counted(List<CatalogSession> current) {
        return new Counted(new CatalogProgress(current));
    }

    /**
     * A' team view: the mapper's statements in one transaction, as {@link DrtProgressServiceImpl#team} runs them
     * (the page's aggregate, then the count unless a first page that is not full is its own count, the rows turned
     * into progress by the same Java), without the access check, the catalog read and the audit rows.
     */
    public Page<DrtProgress> mapperTeam(Counted counted, String teamId, PageRequest page) {
        LocalDate today = drt.today();
        return drt.work(tx -> {
            DrtMapper m = tx.mapper(DrtMapper.class);
            List<DrtMapper.ProgressRow> rows = m.team(teamId, counted.progress.bits(), null, page.offset(), page.size());
            long total = page.offset() == 0 && rows.size() < page.size() ? rows.size() : m.countTeam(teamId);
            return new Page<>(counted.progress.of(rows, m, null, today), page, total);
        });
    }

    /**
     * A' site view: {@link DrtMapper#countWithoutRecent} and {@link DrtMapper#withoutRecent} in one transaction,
     * as {@link DrtProgressServiceImpl#withoutRecentSession} runs them for a page by number, without the checks,
     * the days-since arithmetic and the audit rows.
     */
    public Page<SessionGap> mapperWithoutRecent(String site, int days, PageRequest page) {
        LocalDate since = drt.today().minusDays(days);
        return drt.work(tx -> {
            DrtMapper m = tx.mapper(DrtMapper.class);
            return Page.keyed(page, () -> m.countWithoutRecent(site, since),
                    () -> m.withoutRecent(site, since, null, null, page.offset(), page.size()), g -> g.participantId);
        });
    }

    /** R team: the service's access check alone (DrtAccess.LIST_TEAM_PROGRESS, a team read and the actor's staff record). */
    public void requireTeam(Actor actor, String teamId) {
        drt.work(tx -> {
            access.requireTeam(actor, DrtAccess.LIST_TEAM_PROGRESS, teamId);
            return null;
        });
    }

    /** R site: the service's checks alone (role, the site's validation, the actor's staff record at the site). */
    public void requireSite(Actor actor, String site) {
        drt.work(tx -> {
            DrtAccess.LIST_WITHOUT_RECENT_SESSION.requireRole(actor);
            access.requireSite(actor, DrtAccess.LIST_WITHOUT_RECENT_SESSION, site);
            return null;
        });
    }

    // ---- the SQL the mapper sends, for the plans ----------------------------------------------------------

    /** A statement as MyBatis sends it, with its parameters bound by the module's own type handlers. */
    public final class Statement {
        public final String sql;
        private final MappedStatement ms;
        private final Map<String, Object> params;
        private final BoundSql bound;

        Statement(String method, Map<String, Object> params) {
            Configuration conf = ((ModuleRuntime) drt).configuration();
            this.ms = conf.getMappedStatement(DrtMapper.class.getName() + "." + method);
            this.params = params;
            this.bound = ms.getBoundSql(params);
            this.sql = bound.getSql();
        }

        public void bind(PreparedStatement ps) throws SQLException {
            ms.getConfiguration().newParameterHandler(ms, params, bound).setParameters(ps);
        }
    }

    public Statement teamSql(Counted counted, String teamId, long offset, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("team", teamId);
        p.put("bits", counted.progress.bits());
        p.put("until", null);
        p.put("offset", offset);
        p.put("limit", limit);
        return new Statement("team", p);
    }

    public Statement countTeamSql(String teamId) {
        Map<String, Object> p = new HashMap<>();
        p.put("team", teamId);
        return new Statement("countTeam", p);
    }

    public Statement countWithoutRecentSql(String site, LocalDate since) {
        Map<String, Object> p = new HashMap<>();
        p.put("site", site);
        p.put("since", since);
        return new Statement("countWithoutRecent", p);
    }

    public Statement withoutRecentSql(String site, LocalDate since, long offset, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("site", site);
        p.put("since", since);
        p.put("afterStart", null);
        p.put("afterId", null);
        p.put("offset", offset);
        p.put("limit", limit);
        return new Statement("withoutRecent", p);
    }
}
