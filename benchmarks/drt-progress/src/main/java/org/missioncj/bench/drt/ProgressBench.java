package org.missioncj.bench.drt;

import org.missioncj.bench.jdbc.Plans;
import org.missioncj.bench.jdbc.Report;
import org.missioncj.bench.jdbc.TinyPool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.drt.api.dto.DrtProgress;
import org.missioncj.drt.api.dto.SessionGap;
import org.missioncj.drt.impl.DrtBench;
import org.missioncj.registry.api.dto.Team;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * DRT's team progress view and its site view "without a recent session" on 10 000 participants with open
 * enrollments and 500 000 DRT sessions: (A) DrtProgressService as the platform runs it (access check, the catalog
 * in use read, the mapper's statements, the audit rows), (A') the mapper's statements alone in one transaction,
 * (B) hand-written JDBC aggregates of the same rows ({@link HandSql}), and for reference (M) the mapper's own SQL
 * text over plain JDBC, (R) the access check alone and (K) the catalog read alone. Seeds once ({@link Seeder}), checks that every variant and a Java {@link Oracle} agree on every team
 * and every page of every site, writes the executed plans, then times the variants interleaved.
 *
 * <pre>
 * java -jar bench-drt-progress.jar [derby|postgresql] [--warmup=SECONDS] [--measure=SECONDS] [--teams=N]
 *      [--derby-dir=DIR] [--pg-url=JDBC_URL] [--pg-user=USER] [--out=FILE] [--plans=FILE]
 * </pre>
 * The PostgreSQL password is read from the environment variable BENCH_PG_PASSWORD. Exit code 3 when the variants
 * disagree.
 */
public final class ProgressBench {
    static final ZoneId SITE_ZONE = ZoneId.of("America/New_York");
    static final Actor ADMIN = new Actor("bench.admin", EnumSet.of(Role.PROGRAM_ADMIN), null);
    static final int PAGE_SIZE = 25;
    /** The site view is timed once every this many team ticks (it is the slower view, and has more variants). */
    static final int SITE_EVERY = 2;
    /** B2 (the GROUP BY over the whole site) is timed once every this many site rounds: it is many times slower. */
    static final int SLOW_EVERY = 4;

    private final Report report = new Report();

    public static void main(String[] args) throws Exception {
        int rc;
        try {
            rc = new ProgressBench().run(args);
        } catch (VerificationFailed e) {
            Report.error("VERIFICATION FAILED: " + e.getMessage());
            rc = 3;
        }
        System.exit(rc);
    }

    static final class VerificationFailed extends Exception {
        VerificationFailed(String message) {
            super(message);
        }
    }

    private void out(String line) {
        report.line(line);
    }

    int run(String[] args) throws Exception {
        String db = "derby";
        int warmup = 30;
        int measure = 60;
        int teamCount = 20;
        String derbyDir = "target/derby/mission";
        String pgUrl = "jdbc:postgresql://127.0.0.1:5432/mission_bench_drt";
        String pgUser = "mission_it";
        Path outFile = null;
        Path plansFile = null;
        for (String a : args) {
            if (a.equals("derby") || a.equals("postgresql")) {
                db = a;
            } else if (a.startsWith("--warmup=")) {
                warmup = Integer.parseInt(a.substring(9));
            } else if (a.startsWith("--measure=")) {
                measure = Integer.parseInt(a.substring(10));
            } else if (a.startsWith("--teams=")) {
                teamCount = Integer.parseInt(a.substring(8));
            } else if (a.startsWith("--derby-dir=")) {
                derbyDir = a.substring(12);
            } else if (a.startsWith("--pg-url=")) {
                pgUrl = a.substring(9);
            } else if (a.startsWith("--pg-user=")) {
                pgUser = a.substring(10);
            } else if (a.startsWith("--out=")) {
                outFile = Path.of(a.substring(6));
            } else if (a.startsWith("--plans=")) {
                plansFile = Path.of(a.substring(8));
            } else {
                Report.error("unknown argument " + a);
                return 2;
            }
        }

        DataSource raw;
        if (db.equals("derby")) {
            Path dir = Path.of(derbyDir).toAbsolutePath();
            Files.createDirectories(dir.getParent());
            if (System.getProperty("derby.stream.error.file") == null) {
                System.setProperty("derby.stream.error.file", dir.getParent().resolve("derby.log").toString());
            }
            EmbeddedDataSource ds = new EmbeddedDataSource();
            ds.setDatabaseName(dir.toString());
            ds.setCreateDatabase("create");
            raw = ds;
        } else {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(pgUrl);
            ds.setUser(pgUser);
            String pw = System.getenv("BENCH_PG_PASSWORD");
            if (pw != null) {
                ds.setPassword(pw);
            }
            raw = ds;
        }
        TinyPool pool = new TinyPool(raw, 16);
        try {
            return measure(db, raw, pool, warmup, measure, teamCount, outFile, plansFile);
        } finally {
            pool.close();
            if (db.equals("derby")) {
                try {
                    DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
                } catch (SQLException expected) {
                    // XJ015: Derby shut down
                }
            }
        }
    }

    private int measure(String db, DataSource raw, TinyPool pool, int warmup, int measure, int teamCount, Path outFile,
            Path plansFile) throws Exception {
        long start = System.nanoTime();
        out("# DRT progress views benchmark - " + db);
        out("started " + LocalDateTime.now().withNano(0) + ", Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, load average " + loadAverage());

        Seeder seeder = new Seeder(pool, db, this::out);
        Optional<Seeder.Marker> marker = seeder.marker();
        LocalDate today = marker.map(m -> m.seededOn).orElse(LocalDate.now(SITE_ZONE));
        Clock clock = Clock.fixed(today.atTime(LocalTime.NOON).atZone(SITE_ZONE).toInstant(), SITE_ZONE);
        DrtBench bench = new DrtBench(pool, clock);
        out("database: " + bench.database.productDescription() + " (" + bench.database.databaseId() + ")"
                + (db.equals("derby") ? ", embedded, " + ((EmbeddedDataSource) raw).getDatabaseName()
                        : ", " + ((PGSimpleDataSource) raw).getServerNames()[0] + ":" + ((PGSimpleDataSource) raw).getPortNumbers()[0]
                                + "/" + ((PGSimpleDataSource) raw).getDatabaseName()));
        out("connections: TinyPool (one idle physical connection reused per call, like a warm dbcp2 pool)");
        List<CatalogSession> catalog = bench.currentCatalog(ADMIN);
        StringBuilder ids = new StringBuilder();
        catalog.forEach(c -> ids.append(ids.length() == 0 ? "" : ", ").append(c.number).append('=').append(c.id));
        out("catalog in use (curriculum module, DRT): " + catalog.size() + " sessions: " + ids);

        Seeder.Marker m;
        if (marker.isPresent()) {
            m = marker.get();
            out(String.format("seed: present (seeded on %s in %.1f s), not reseeded", m.seededOn, m.millis / 1000.0));
        } else {
            out("seed: none yet, seeding (today = " + today + ", zone " + SITE_ZONE + ")");
            m = seeder.seed(bench, catalog, today, SITE_ZONE);
            out(String.format("seed: %d enrollments + %d sessions in %.1f s (teams and staff included)", m.enrollments,
                    m.sessions, m.millis / 1000.0));
        }
        int days = bench.gapDays();
        LocalDate since = today.minusDays(days);
        out("today (site clock, fixed to the seed day): " + today + "; site view period: " + days
                + " days (DrtSettings default), a session on or after " + since + " is recent");

        // ---- row counts --------------------------------------------------------------------------
        out(String.format("rows: drt_enrollment %d (open: %d), drt_session %d (delivered: %d), reg_team %d, reg_staff %d, "
                + "core_audit %d (before this run)",
                count(pool, "SELECT COUNT(*) FROM drt_enrollment"),
                count(pool, "SELECT COUNT(*) FROM drt_enrollment WHERE status IN " + HandSql.ON_CASELOAD),
                count(pool, "SELECT COUNT(*) FROM drt_session"),
                count(pool, "SELECT COUNT(*) FROM drt_session WHERE attendance IN " + HandSql.DELIVERED),
                count(pool, "SELECT COUNT(*) FROM reg_team"), count(pool, "SELECT COUNT(*) FROM reg_staff"),
                count(pool, "SELECT COUNT(*) FROM core_audit")));

        List<Team> all = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        for (int s = 1; s <= Seeder.SITES; s++) {
            sites.add(Seeder.site(s));
            all.addAll(Seeder.list(bench, Seeder.site(s)));
        }
        all.sort(Comparator.comparing(t -> t.name));
        if (all.size() < teamCount) {
            throw new IllegalStateException("only " + all.size() + " bench teams");
        }
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < teamCount; i++) {
            teams.add(all.get(i * all.size() / teamCount));
        }
        // the team view as the team's Case Manager, the site view as the site's Clinical Supervisor (a site lead)
        Map<String, Actor> caseManagers = new HashMap<>();
        for (Team t : all) {
            int n = Integer.parseInt(t.name.substring(t.name.length() - 3));
            caseManagers.put(t.id, new Actor(Seeder.caseManager(n), EnumSet.of(Role.CASE_MANAGER), null));
        }
        Map<String, Actor> leads = new HashMap<>();
        for (int s = 1; s <= Seeder.SITES; s++) {
            leads.put(Seeder.site(s), new Actor(Seeder.supervisor(s), EnumSet.of(Role.CLINICAL_SUPERVISOR), null));
        }

        // ---- what is timed ---------------------------------------------------------------------------
        HandSql hand = new HandSql(pool, catalog);
        DrtBench.Counted counted = bench.counted(catalog);
        PageRequest firstPage = PageRequest.of(0, PAGE_SIZE);
        List<Variant<HandSql.TeamRow>> teamVariants = List.of(
                new Variant<>("A", "A  team: DrtProgressService.team",
                        (team, page) -> teamResult(bench.progress.team(caseManagers.get(team), team, page))),
                new Variant<>("A'", "A' team: mapper team (+count), 1 tx",
                        (team, page) -> teamResult(bench.mapperTeam(counted, team, page))),
                new Variant<>("B", "B  team: hand GROUP BY, JDBC",
                        (team, page) -> hand.team(team, today, page.offset(), page.size())));
        // M: the mapper's own SQL text (as MyBatis sends it, bound by its parameter handler) over plain JDBC in one
        // transaction, no MyBatis session or mapping: A' - M is MyBatis and the module's Java, M - B the SQL itself
        Map<String, DrtBench.Statement[]> teamSql = new HashMap<>();
        for (Team t : teams) {
            teamSql.put(t.id, new DrtBench.Statement[] {bench.teamSql(counted, t.id, 0, PAGE_SIZE),
                bench.countTeamSql(t.id)});
        }
        Map<String, DrtBench.Statement[]> siteSql = new HashMap<>();
        for (String site : sites) {
            siteSql.put(site, new DrtBench.Statement[] {bench.countWithoutRecentSql(site, since),
                bench.withoutRecentSql(site, since, 0, PAGE_SIZE)});
        }
        Variant<Void> teamJdbc = new Variant<>("M", "M  team: mapper's SQL via JDBC", (team, page) -> {
            DrtBench.Statement[] st = teamSql.get(team);
            return jdbc(pool, st[0], st[1]);
        });
        Variant<Void> siteJdbc = new Variant<>("M", "M  site: mapper's SQL via JDBC", (site, page) -> {
            DrtBench.Statement[] st = siteSql.get(site);
            return jdbc(pool, st[0], st[1]);
        });
        List<Variant<HandSql.GapRow>> siteVariants = new ArrayList<>(List.of(
                new Variant<>("A", "A  site: withoutRecentSession",
                        (site, page) -> gapResult(bench.progress.withoutRecentSession(leads.get(site), site, days, page),
                                today, false)),
                new Variant<>("A'", "A' site: mapper count + page, 1 tx",
                        (site, page) -> gapResult(bench.mapperWithoutRecent(site, days, page), today, true)),
                new Variant<>("B1", "B1 site: hand NOT EXISTS, JDBC",
                        (site, page) -> hand.site(HandSql.NOT_EXISTS, site, since, today, page.offset(), page.size())),
                new Variant<>("B2", "B2 site: hand GROUP BY/HAVING, JDBC", SLOW_EVERY,
                        (site, page) -> hand.site(HandSql.GROUP_BY, site, since, today, page.offset(), page.size())),
                new Variant<>("B3", "B3 site: hand NOT EXISTS, page first",
                        (site, page) -> hand.site(HandSql.NOT_EXISTS_PAGED, site, since, today, page.offset(),
                                page.size()))));
        if (db.equals("postgresql")) {
            siteVariants.add(new Variant<>("B4", "B4 site: hand NOT EXISTS + COUNT OVER()",
                    (site, page) -> hand.site(HandSql.WINDOW_COUNT, site, since, today, page.offset(), page.size())));
        }
        Variant<Void> catalogRead = new Variant<>("K", "K  catalog.current(DRT) alone",
                (x, page) -> new HandSql.Result<>(bench.currentCatalog(ADMIN).size(), List.of()));

        // ---- correctness before timing ------------------------------------------------------------
        long v0 = System.nanoTime();
        Oracle oracle = Oracle.read(pool, catalog, today, since);
        long teamChecks = 0;
        for (Team t : all) {
            List<HandSql.TeamRow> expectedAll = oracle.teams.getOrDefault(t.id, List.of());
            List<PageRequest> pages = new ArrayList<>(List.of(firstPage));
            if (teams.contains(t)) {
                pages.add(PageRequest.of(1, 10));
                pages.add(PageRequest.of(2, 10));
                pages.add(PageRequest.of(3, 10));
            }
            for (PageRequest p : pages) {
                HandSql.Result<HandSql.TeamRow> expected = Oracle.page(expectedAll, p.offset(), p.size());
                for (Variant<HandSql.TeamRow> v : teamVariants) {
                    check(v.call.run(t.id, p), expected, "team " + t.name + " (" + t.id + "), page " + p.page() + " of "
                            + p.size() + ": " + v.label.trim());
                    teamChecks++;
                }
            }
        }
        long siteChecks = 0;
        for (String site : sites) {
            List<HandSql.GapRow> expectedAll = oracle.sites.getOrDefault(site, List.of());
            for (int page = 0; page <= expectedAll.size() / PAGE_SIZE + 1; page++) {
                PageRequest p = PageRequest.of(page, PAGE_SIZE);
                HandSql.Result<HandSql.GapRow> expected = Oracle.page(expectedAll, p.offset(), p.size());
                for (Variant<HandSql.GapRow> v : siteVariants) {
                    if (v.key.equals("A") && page > 0 && !site.equals(sites.get(0))) {
                        continue; // the service: every page of the first site, page 0 of the others
                    }
                    if (v.key.equals("B2") && page > 0 && page < expectedAll.size() / PAGE_SIZE) {
                        continue; // the slow GROUP BY: page 0, the last page and the one after it
                    }
                    check(v.call.run(site, p), expected, site + ", page " + page + " of " + PAGE_SIZE + ": "
                            + v.label.trim());
                    siteChecks++;
                }
            }
        }
        // the service's paging by key, through the whole first site
        List<HandSql.GapRow> keyed = new ArrayList<>();
        String after = null;
        int keyedPages = 0;
        do {
            Page<SessionGap> p = bench.progress.withoutRecentSession(leads.get(sites.get(0)), sites.get(0), days,
                    PageRequest.of(null, PAGE_SIZE, after));
            keyed.addAll(gapResult(p, today, false).rows());
            after = p.next;
            keyedPages++;
        } while (after != null && keyedPages < 1_000);
        List<HandSql.GapRow> expectedFirst = oracle.sites.getOrDefault(sites.get(0), List.of());
        if (!keyed.equals(expectedFirst)) {
            throw new VerificationFailed(sites.get(0) + " paged by key (" + keyedPages + " pages): the service returns "
                    + keyed.size() + " rows, the Java oracle " + expectedFirst.size() + first(keyed, expectedFirst));
        }
        out(String.format("verified against the Java oracle (all rows and totals): team view A, A', B for all %d teams "
                + "(page 0 of %d, and pages 1-3 of 10 for the %d timed teams), %d calls; site view A', B1, B3 for every page "
                + "of %d of every site, A for every page of %s and page 0 of the others, %d calls; A paged by key "
                + "through %s (%d pages); B2 on page 0 and the last two only (%.1f s)", all.size(), PAGE_SIZE, teams.size(),
                teamChecks, PAGE_SIZE,
                sites.get(0), siteChecks, sites.get(0), keyedPages, (System.nanoTime() - v0) / 1e9));
        StringBuilder gaps = new StringBuilder();
        long gapTotal = 0;
        for (String site : sites) {
            int n = oracle.sites.getOrDefault(site, List.of()).size();
            gapTotal += n;
            gaps.append(gaps.length() == 0 ? "" : ", ").append(site).append(' ').append(n);
        }
        int[] doneHistogram = new int[catalog.size() + 1];
        long never = 0;
        for (List<HandSql.TeamRow> rows : oracle.teams.values()) {
            for (HandSql.TeamRow r : rows) {
                doneHistogram[r.done()]++;
                never += r.lastDate() == null ? 1 : 0;
            }
        }
        out(String.format("open enrollments %d; without a session delivered in %d days: %d (%.1f %%; %s); never one: %d; "
                + "sessions done of %d (count of enrollments by 0..%d): %s", oracle.openEnrollments, days, gapTotal,
                100.0 * gapTotal / oracle.openEnrollments, gaps, never, catalog.size(), catalog.size(),
                Arrays.toString(doneHistogram)));
        out("timed teams: " + teams.size() + " (every " + (all.size() / teams.size()) + "th by name, "
                + teams.get(0).name + " .. " + teams.get(teams.size() - 1).name + "), page 0 of " + PAGE_SIZE
                + " as the team's Case Manager; timed sites: all " + sites.size() + ", page 0 of " + PAGE_SIZE
                + " as the site's Clinical Supervisor");

        // ---- plans --------------------------------------------------------------------------------
        if (plansFile != null) {
            String team = teams.get(0).id;
            String site = sites.get(0);
            StringBuilder p = new StringBuilder("# Executed plans, " + db + ", team " + teams.get(0).name + " (" + team
                    + "), site " + site + ", since " + since + ", today " + today + "\n\n");
            DrtBench.Statement mt = bench.teamSql(counted, team, 0, PAGE_SIZE);
            p.append(Plans.explain(raw, db, "A' mapper: team (page 0 of 25)", mt.sql, mt::bind));
            DrtBench.Statement mc = bench.countTeamSql(team);
            p.append(Plans.explain(raw, db, "A' mapper: countTeam", mc.sql, mc::bind));
            p.append(Plans.explain(raw, db, "B hand: team page", hand.teamPage,
                    ps -> hand.bindTeamPage(ps, team, 0, PAGE_SIZE)));
            p.append(Plans.explain(raw, db, "B hand: team count", hand.teamCount, ps -> ps.setString(1, team)));
            DrtBench.Statement sc = bench.countWithoutRecentSql(site, since);
            p.append(Plans.explain(raw, db, "A' mapper: countWithoutRecent", sc.sql, sc::bind));
            DrtBench.Statement sp = bench.withoutRecentSql(site, since, 0, PAGE_SIZE);
            p.append(Plans.explain(raw, db, "A' mapper: withoutRecent (page 0 of 25)", sp.sql, sp::bind));
            List<HandSql.SiteQuery> queries = new ArrayList<>(List.of(HandSql.NOT_EXISTS, HandSql.NOT_EXISTS_PAGED,
                    HandSql.GROUP_BY));
            if (db.equals("postgresql")) {
                queries.add(HandSql.WINDOW_COUNT);
            }
            for (HandSql.SiteQuery q : queries) {
                if (q == HandSql.NOT_EXISTS_PAGED || q.count() == null) {
                    p.append(Plans.explain(raw, db, "B hand " + q.name() + ": site page", q.page(),
                            ps -> HandSql.bindSitePage(ps, site, since, 0, PAGE_SIZE)));
                    continue; // its count is not-exists', or none
                }
                p.append(Plans.explain(raw, db, "B hand " + q.name() + ": site count", q.count(),
                        ps -> HandSql.bindSiteCount(ps, site, since)));
                p.append(Plans.explain(raw, db, "B hand " + q.name() + ": site page", q.page(),
                        ps -> HandSql.bindSitePage(ps, site, since, 0, PAGE_SIZE)));
            }
            Files.createDirectories(plansFile.toAbsolutePath().getParent());
            Files.writeString(plansFile, p.toString(), StandardCharsets.UTF_8);
            out("plans: " + plansFile);
        }

        // ---- timing -------------------------------------------------------------------------------
        long auditBefore = count(pool, "SELECT COUNT(*) FROM core_audit");
        out(String.format("warm-up %d s, then measure %d s: per timed team, one call of each team variant "
                + "and K, shuffled; every %d teams, one call of each site variant (sites in turn, B2 every %d times), shuffled; "
                + "page 0 of size %d", warmup, measure, SITE_EVERY, SLOW_EVERY, PAGE_SIZE));
        out("load average before timing: " + loadAverage());
        long w0 = System.nanoTime();
        // R: the access check alone, in a transaction of its own: A - A' - K - R is about the audit rows and commit
        Variant<Void> teamAccess = new Variant<>("R", "R  team: access check alone", (team, page) -> {
            bench.requireTeam(caseManagers.get(team), team);
            return new HandSql.Result<>(1, List.of());
        });
        Variant<Void> siteAccess = new Variant<>("R", "R  site: access check alone", (site, page) -> {
            bench.requireSite(leads.get(site), site);
            return new HandSql.Result<>(1, List.of());
        });
        List<Variant<?>> teamTimed = new ArrayList<>(teamVariants);
        teamTimed.add(teamJdbc);
        teamTimed.add(teamAccess);
        List<Variant<?>> siteTimed = new ArrayList<>(siteVariants);
        siteTimed.add(siteJdbc);
        siteTimed.add(siteAccess);
        int warmCalls = loop(teamTimed, siteTimed, catalogRead, teams, sites, firstPage,
                w0 + warmup * 1_000_000_000L, false);
        long w1 = System.nanoTime();
        out(String.format("warm-up: %d team ticks in %.1f s", warmCalls, (w1 - w0) / 1e9));
        int calls = loop(teamTimed, siteTimed, catalogRead, teams, sites, firstPage,
                w1 + measure * 1_000_000_000L, true);
        long w2 = System.nanoTime();
        long auditAfter = count(pool, "SELECT COUNT(*) FROM core_audit");
        out(String.format("measured: %d team ticks in %.1f s; A wrote %d audit rows (warm-up included); load average "
                + "after: %s", calls, (w2 - w1) / 1e9, auditAfter - auditBefore, loadAverage()));
        out("");
        out(String.format("%-40s %7s %8s %8s %8s %8s %8s", "per call (ms), " + db, "n", "mean", "p50", "p90", "p99", "max"));
        for (Variant<?> v : teamTimed) {
            out(v.samples.line(v.label));
        }
        for (Variant<?> v : siteTimed) {
            out(v.samples.line(v.label));
        }
        out(catalogRead.samples.line(catalogRead.label));
        Samples ta = teamVariants.get(0).samples;
        Samples ta1 = teamVariants.get(1).samples;
        Samples tb = teamVariants.get(2).samples;
        Variant<HandSql.GapRow> sb = siteVariants.get(2);
        StringBuilder others = new StringBuilder();
        for (Variant<HandSql.GapRow> v : siteVariants.subList(2, siteVariants.size())) {
            if (v.samples.mean() < sb.samples.mean()) {
                sb = v;
            }
        }
        Samples sa = siteVariants.get(0).samples;
        Samples sa1 = siteVariants.get(1).samples;
        for (Variant<HandSql.GapRow> v : siteVariants.subList(2, siteVariants.size())) {
            others.append(others.length() == 0 ? "" : ", ").append(String.format("A/%s = %.2f, A'/%s = %.2f", v.key,
                    sa.mean() / v.samples.mean(), v.key, sa1.mean() / v.samples.mean()));
        }
        out(String.format("team view: A/B = %.2f, A'/B = %.2f (means); p50s: A/B = %.2f, A'/B = %.2f", ta.mean() / tb.mean(),
                ta1.mean() / tb.mean(), ta.pct(50) / tb.pct(50), ta1.pct(50) / tb.pct(50)));
        out(String.format("site view (B = the fastest hand query, %s): A/B = %.2f, A'/B = %.2f (means); p50s: A/B = %.2f, "
                + "A'/B = %.2f; each (means): %s", sb.key, sa.mean() / sb.samples.mean(), sa1.mean() / sb.samples.mean(),
                sa.pct(50) / sb.samples.pct(50), sa1.pct(50) / sb.samples.pct(50), others));
        out(String.format("A - A' (access check, catalog read, audit rows, commit): team %.3f ms, site %.3f ms; of which "
                + "K (catalog read) %.3f ms, R (access check) team %.3f ms, site %.3f ms; the rest (audit rows: one SEARCH "
                + "and one READ per row shown, their group commit) team %.3f ms, site %.3f ms",
                ta.mean() - ta1.mean(), sa.mean() - sa1.mean(), catalogRead.samples.mean(), teamAccess.samples.mean(),
                siteAccess.samples.mean(), ta.mean() - ta1.mean() - catalogRead.samples.mean() - teamAccess.samples.mean(),
                sa.mean() - sa1.mean() - siteAccess.samples.mean()));
        out(String.format("the mapper's SQL over JDBC (M): team M/B = %.2f, A'/M = %.2f; site M/B = %.2f, A'/M = %.2f "
                + "(A' - M: MyBatis session, mapping and the module's Java; M - B: the SQL)",
                teamJdbc.samples.mean() / tb.mean(), ta1.mean() / teamJdbc.samples.mean(),
                siteJdbc.samples.mean() / sb.samples.mean(), sa1.mean() / siteJdbc.samples.mean()));
        out(String.format("physical connections opened: %d; total run %.1f s", pool.opened(), (System.nanoTime() - start) / 1e9));

        if (outFile != null) {
            Files.createDirectories(outFile.toAbsolutePath().getParent());
            report.writeTo(outFile);
        }
        return 0;
    }

    private static <R> void check(HandSql.Result<R> actual, HandSql.Result<R> expected, String what)
            throws VerificationFailed {
        if (!actual.equals(expected)) {
            throw new VerificationFailed(what + " returns total " + actual.total() + ", " + actual.rows().size()
                    + " rows, but the Java oracle says total " + expected.total() + ", " + expected.rows().size()
                    + " rows" + first(actual.rows(), expected.rows()));
        }
    }

    private static <R> String first(List<R> actual, List<R> expected) {
        for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
            R a = i < actual.size() ? actual.get(i) : null;
            R e = i < expected.size() ? expected.get(i) : null;
            if (a == null ? e != null : !a.equals(e)) {
                return "; first difference at row " + i + ":\n  returned " + a + "\n  expected " + e;
            }
        }
        return "";
    }

    interface Call<R> {
        HandSql.Result<R> run(String key, PageRequest page) throws SQLException;
    }

    /** One timed way of getting a view. */
    static final class Variant<R> {
        final String key;
        final String label;
        final Call<R> call;
        /** Timed in one of this many rounds of its view. */
        final int every;
        final Samples samples = new Samples();

        Variant(String key, String label, Call<R> call) {
            this(key, label, 1, call);
        }

        Variant(String key, String label, int every, Call<R> call) {
            this.key = key;
            this.label = label;
            this.every = every;
            this.call = call;
        }
    }

    /**
     * Ticks over the timed teams until the deadline (checked after each tick): at tick t, the team variants for team
     * t mod teams and the catalog read, in an order shuffled afresh (seeded) at every tick; and at every
     * {@link #SITE_EVERY}th tick a site round k = t / SITE_EVERY: the site variants for site k mod sites, shuffled
     * likewise (those with {@code every} n only in one cycle over the sites of n). So no variant always runs first,
     * or right after another one (after A's audit writes and commit, say). Returns the ticks.
     */
    private static int loop(List<Variant<?>> teamVariants, List<Variant<?>> siteVariants,
            Variant<Void> catalogRead, List<Team> teams, List<String> sites, PageRequest page, long deadline,
            boolean record) throws SQLException {
        long sink = 0;
        Random order = new Random(record ? 2 : 1);
        List<Variant<?>> teamTick = new ArrayList<>(teamVariants);
        teamTick.add(catalogRead);
        List<Variant<?>> siteTick = new ArrayList<>(siteVariants);
        for (int t = 0;; t++) {
            String team = teams.get(t % teams.size()).id;
            Collections.shuffle(teamTick, order);
            for (Variant<?> v : teamTick) {
                sink += time(v, team, page, record);
            }
            if (t % SITE_EVERY == 0) {
                int k = t / SITE_EVERY;
                String site = sites.get(k % sites.size());
                Collections.shuffle(siteTick, order);
                for (Variant<?> v : siteTick) {
                    if ((k / sites.size()) % v.every == 0) { // whole cycles over the sites, so each site gets its share
                        sink += time(v, site, page, record);
                    }
                }
            }
            if (System.nanoTime() >= deadline) {
                if (sink < 0) {
                    Report.error("sink " + sink);
                }
                return t + 1;
            }
        }
    }

    private static <R> long time(Variant<R> v, String key, PageRequest page, boolean record) throws SQLException {
        long t0 = System.nanoTime();
        long total = v.call.run(key, page).total();
        long dt = System.nanoTime() - t0;
        if (record) {
            v.samples.add(dt);
        }
        return total;
    }

    /**
     * Statements in one transaction on one pooled connection, every column of every row read; the second one is
     * skipped when the first is the team page and returned fewer rows than a page (the service's rule).
     */
    private static HandSql.Result<Void> jdbc(DataSource ds, DrtBench.Statement first, DrtBench.Statement second)
            throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                long n = read(c, first);
                if (!first.sql.contains("OFFSET") || n >= PAGE_SIZE) {
                    n += read(c, second);
                }
                c.commit();
                return new HandSql.Result<>(n, List.of());
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static long read(Connection c, DrtBench.Statement st) throws SQLException {
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement(st.sql)) {
            st.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    n++;
                }
            }
        }
        return n;
    }

    private static HandSql.Result<HandSql.TeamRow> teamResult(Page<DrtProgress> p) {
        List<HandSql.TeamRow> rows = new ArrayList<>();
        for (DrtProgress d : p.items) {
            rows.add(new HandSql.TeamRow(d.participantId, d.enrollmentId, d.teamId, d.sessionsDone, d.sessionsTotal,
                    d.nextSessionId, d.nextSessionNumber, d.lastSessionDate, d.daysSinceLast));
        }
        return new HandSql.Result<>(p.totalItems, rows);
    }

    /** The service fills in the days since the last session; the mapper's rows do not have them ({@code compute}). */
    private static HandSql.Result<HandSql.GapRow> gapResult(Page<SessionGap> p, LocalDate today, boolean compute) {
        List<HandSql.GapRow> rows = new ArrayList<>();
        for (SessionGap g : p.items) {
            Integer daysSince = compute
                    ? (g.lastSessionDate == null ? null : (int) ChronoUnit.DAYS.between(g.lastSessionDate, today))
                    : g.daysSinceLast;
            rows.add(new HandSql.GapRow(g.participantId, g.enrollmentId, g.teamId, g.enrollmentStart, g.lastSessionDate,
                    daysSince));
        }
        return new HandSql.Result<>(p.totalItems, rows);
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "n/a". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** Per-call times in nanoseconds. */
    static final class Samples {
        long[] v = new long[4096];
        int n;

        void add(long nanos) {
            if (n == v.length) {
                v = Arrays.copyOf(v, n * 2);
            }
            v[n++] = nanos;
        }

        double mean() {
            long sum = 0;
            for (int i = 0; i < n; i++) {
                sum += v[i];
            }
            return n == 0 ? Double.NaN : sum / (double) n / 1e6;
        }

        /** Nearest-rank percentile, in ms. */
        double pct(double p) {
            if (n == 0) {
                return Double.NaN;
            }
            long[] s = Arrays.copyOf(v, n);
            Arrays.sort(s);
            int rank = (int) Math.ceil(p / 100.0 * n);
            return s[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
        }

        String line(String label) {
            return String.format("%-40s %7d %8.3f %8.3f %8.3f %8.3f %8.3f", label, n, mean(), pct(50), pct(90), pct(99),
                    pct(100));
        }
    }
}
