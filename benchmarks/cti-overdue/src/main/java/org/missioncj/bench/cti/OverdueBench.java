package org.missioncj.bench.cti;

import org.missioncj.bench.jdbc.Plans;
import org.missioncj.bench.jdbc.Report;
import org.missioncj.bench.jdbc.TinyPool;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.cti.api.dto.OverdueParticipant;
import org.missioncj.cti.impl.CtiBench;
import org.missioncj.registry.api.dto.Team;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The team overdue list on a site with 10 000 active participants and 1 000 000 contacts:
 * (A) ScheduleService.overdue as the platform runs it (access check, the mapper's count and page
 * queries, the audit rows), (A') the mapper's two queries alone in one transaction, (B) a hand-written
 * JDBC query of the same rows ({@link HandSql}: portable on Derby, LATERAL on PostgreSQL), and for
 * reference (B') the portable hand query on PostgreSQL and (F) the proposed fix of the mapper's query,
 * over JDBC. Seeds once ({@link Seeder}), checks that every variant and a Java {@link Oracle} agree on
 * every team, writes the executed plans, then times the variants interleaved on a rotation of teams.
 *
 * <pre>
 * java -jar bench-cti-overdue.jar [derby|postgresql] [--warmup=SECONDS] [--measure=SECONDS] [--teams=N]
 *      [--derby-dir=DIR] [--pg-url=JDBC_URL] [--pg-user=USER] [--out=FILE] [--plans=FILE]
 * </pre>
 * The PostgreSQL password is read from the environment variable BENCH_PG_PASSWORD. Exit code 3 when
 * the variants disagree.
 */
public final class OverdueBench {
    static final ZoneId SITE_ZONE = ZoneId.of("America/New_York");
    static final Actor ADMIN = new Actor("bench.admin", EnumSet.of(Role.PROGRAM_ADMIN), null);
    static final int PAGE_SIZE = 25;

    private final Report report = new Report();

    public static void main(String[] args) throws Exception {
        int rc;
        try {
            rc = new OverdueBench().run(args);
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
        String pgUrl = "jdbc:postgresql://127.0.0.1:5432/mission_bench";
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
        out("# CTI overdue list benchmark - " + db);
        out("started " + LocalDateTime.now().withNano(0) + ", Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");

        Seeder seeder = new Seeder(pool, db, this::out);
        Optional<Seeder.Marker> marker = seeder.marker();
        LocalDate today = marker.map(m -> m.seededOn).orElse(LocalDate.now(SITE_ZONE));
        Clock clock = Clock.fixed(today.atTime(LocalTime.NOON).atZone(SITE_ZONE).toInstant(), SITE_ZONE);
        CtiBench bench = new CtiBench(pool, clock);
        out("database: " + bench.database.productDescription() + " (" + bench.database.databaseId() + ")"
                + (db.equals("derby") ? ", embedded, " + ((EmbeddedDataSource) raw).getDatabaseName()
                        : ", " + ((PGSimpleDataSource) raw).getServerNames()[0] + ":" + ((PGSimpleDataSource) raw).getPortNumbers()[0]
                                + "/" + ((PGSimpleDataSource) raw).getDatabaseName()));
        out("connections: TinyPool (one idle physical connection reused per call, like a warm dbcp2 pool)");

        Seeder.Marker m;
        if (marker.isPresent()) {
            m = marker.get();
            out(String.format("seed: present (seeded on %s in %.1f s), not reseeded", m.seededOn, m.millis / 1000.0));
        } else {
            out("seed: none yet, seeding (today = " + today + ", zone " + SITE_ZONE + ")");
            m = seeder.seed(bench, today, SITE_ZONE);
            long rows = m.enrollments + m.dues + m.contacts;
            out(String.format("seed: %d enrollments + %d due + %d contacts = %d CTI rows in %.1f s (%.0f rows/s overall, "
                    + "teams and staff included)", m.enrollments, m.dues, m.contacts, rows, m.millis / 1000.0,
                    rows / (m.millis / 1000.0)));
        }
        out("today (site clock, fixed to the seed day): " + today);

        // ---- row counts --------------------------------------------------------------------------
        out(String.format("rows: cti_enrollment %d (site '%s', ACTIVE %d), cti_due %d, cti_contact %d, reg_team %d, "
                + "core_audit %d (before this run)",
                count(pool, "SELECT COUNT(*) FROM cti_enrollment"), Seeder.SITE,
                count(pool, "SELECT COUNT(*) FROM cti_enrollment WHERE site = '" + Seeder.SITE + "' AND status = 'ACTIVE'"),
                count(pool, "SELECT COUNT(*) FROM cti_due"), count(pool, "SELECT COUNT(*) FROM cti_contact"),
                count(pool, "SELECT COUNT(*) FROM reg_team WHERE site = '" + Seeder.SITE + "'"),
                count(pool, "SELECT COUNT(*) FROM core_audit")));

        List<Team> all = new ArrayList<>();
        for (int page = 0;; page++) {
            List<Team> items = bench.teams.list(ADMIN, new org.missioncj.registry.api.dto.TeamSearch(Seeder.SITE), PageRequest.of(page, PageRequest.MAX_SIZE)).items;
            all.addAll(items);
            if (items.size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        all.sort(Comparator.comparing(t -> t.name));
        if (all.size() < teamCount) {
            throw new IllegalStateException("only " + all.size() + " teams at " + Seeder.SITE);
        }
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < teamCount; i++) {
            teams.add(all.get(i * all.size() / teamCount));
        }

        // ---- what is timed ---------------------------------------------------------------------------
        HandSql hand = new HandSql(pool);
        PageRequest firstPage = PageRequest.of(0, PAGE_SIZE);
        HandSql.Query baseline = HandSql.baseline(db);
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("A", "A  ScheduleService.overdue (service)",
                (team, page) -> { Page<OverdueParticipant> p = bench.schedules.overdue(ADMIN, team, page);
                    return new HandSql.Result(p.totalItems, rows(p.items)); }));
        variants.add(new Variant("A'", "A' mapper count + page (MyBatis, 1 tx)",
                (team, page) -> { Page<OverdueParticipant> p = bench.mapperOverdue(team, today, page);
                    return new HandSql.Result(p.totalItems, rows(p.items)); }));
        variants.add(new Variant("B", "B  hand SQL, JDBC (" + baseline.name() + ")",
                (team, page) -> hand.overdue(baseline, team, today, page.offset(), page.size())));
        if (baseline != HandSql.PORTABLE) {
            variants.add(new Variant("B'", "B' hand SQL, JDBC (portable)",
                    (team, page) -> hand.overdue(HandSql.PORTABLE, team, today, page.offset(), page.size())));
        }
        variants.add(new Variant("F", "F  proposed OVERDUE_FROM fix, JDBC",
                (team, page) -> hand.overdue(HandSql.PROPOSED_FIX, team, today, page.offset(), page.size())));
        Variant vA = variants.get(0);
        Variant vA1 = variants.get(1);
        Variant vB = variants.get(2);

        // ---- correctness before timing ------------------------------------------------------------
        long v0 = System.nanoTime();
        Map<String, List<HandSql.Row>> oracle = Oracle.overdueByTeam(pool, Seeder.SITE, today);
        long siteOverdue = 0;
        PageRequest whole = PageRequest.of(0, PageRequest.MAX_SIZE);
        for (Team t : all) {
            HandSql.Result expected = new HandSql.Result(oracle.getOrDefault(t.id, List.of()).size(),
                    oracle.getOrDefault(t.id, List.of()));
            siteOverdue += expected.total();
            HandSql.Result mapper = vA1.call.run(t.id, whole);
            if (!mapper.equals(expected)) {
                throw new VerificationFailed("team " + t.name + " (" + t.id + "): A' (mapper) returns " + mapper
                        + "\n  but the Java oracle says " + expected);
            }
            for (Variant v : variants.subList(2, variants.size())) {
                HandSql.Result r = v.call.run(t.id, whole);
                if (!r.equals(mapper)) {
                    throw new VerificationFailed("team " + t.name + " (" + t.id + "): A' (mapper) returns " + mapper
                            + "\n  but " + v.label.trim() + " returns " + r);
                }
            }
        }
        StringBuilder counts = new StringBuilder();
        for (Team t : teams) {
            HandSql.Result mapper = vA1.call.run(t.id, firstPage);
            for (Variant v : variants) {
                HandSql.Result r = v.call.run(t.id, firstPage);
                if (!r.equals(mapper)) {
                    throw new VerificationFailed("team " + t.name + ", page 0 of " + PAGE_SIZE + ": A' returns " + mapper
                            + "\n  but " + v.label.trim() + " returns " + r);
                }
            }
            counts.append(counts.length() == 0 ? "" : " ").append(mapper.total());
        }
        StringBuilder names = new StringBuilder();
        for (Variant v : variants.subList(1, variants.size())) {
            names.append(names.length() == 0 ? "" : " = ").append(v.key);
        }
        out(String.format("verified: %s = Java oracle (count and all rows) for all %d teams; page 0 of each variant, "
                + "A included, = A' for the %d timed teams (%.1f s)", names, all.size(), teams.size(), (System.nanoTime() - v0) / 1e9));
        out(String.format("overdue at the site: %d of %d active enrollments; per team min %d, max %d", siteOverdue,
                m.enrollments, all.stream().mapToInt(t -> oracle.getOrDefault(t.id, List.of()).size()).min().orElse(0),
                all.stream().mapToInt(t -> oracle.getOrDefault(t.id, List.of()).size()).max().orElse(0)));
        out("timed teams: " + teams.size() + " (every " + (all.size() / teams.size()) + "th by name, "
                + teams.get(0).name + " .. " + teams.get(teams.size() - 1).name + "), overdue counts: " + counts);

        // ---- plans --------------------------------------------------------------------------------
        if (plansFile != null) {
            String modulePage = bench.overduePageSql();
            String moduleCount = bench.overdueCountSql();
            if (modulePage.chars().filter(ch -> ch == '?').count() != 4
                    || moduleCount.chars().filter(ch -> ch == '?').count() != 2) {
                throw new IllegalStateException("unexpected placeholders in the mapper's SQL: " + modulePage);
            }
            String team = teams.get(0).id;
            StringBuilder p = new StringBuilder("# Executed plans, " + db + ", team " + teams.get(0).name + " (" + team
                    + "), today " + today + "\n\n");
            p.append(Plans.explain(raw, db, "A' mapper: countOverdue", moduleCount, ps -> HandSql.bindCount(ps, team, today)));
            p.append(Plans.explain(raw, db, "A' mapper: overdue page", modulePage, ps -> HandSql.bindPage(ps, team, today, 0, PAGE_SIZE)));
            List<HandSql.Query> queries = new ArrayList<>(List.of(baseline));
            if (baseline != HandSql.PORTABLE) {
                queries.add(HandSql.PORTABLE);
            }
            queries.add(HandSql.PROPOSED_FIX);
            for (HandSql.Query q : queries) {
                p.append(Plans.explain(raw, db, q.name() + ": count", q.count(), ps -> HandSql.bindCount(ps, team, today)));
                p.append(Plans.explain(raw, db, q.name() + ": page", q.page(), ps -> HandSql.bindPage(ps, team, today, 0, PAGE_SIZE)));
            }
            Files.createDirectories(plansFile.toAbsolutePath().getParent());
            Files.writeString(plansFile, p.toString(), StandardCharsets.UTF_8);
            out("plans: " + plansFile);
        }

        // ---- timing -------------------------------------------------------------------------------
        long auditBefore = count(pool, "SELECT COUNT(*) FROM core_audit");
        out(String.format("warm-up %d s, then measure %d s: one call of each variant per team in rotated order, "
                + "teams cycled, page 0 of size %d", warmup, measure, PAGE_SIZE));
        long w0 = System.nanoTime();
        int warmCalls = loop(variants, teams, firstPage, w0 + warmup * 1_000_000_000L, false);
        long w1 = System.nanoTime();
        out(String.format("warm-up: %d calls of each in %.1f s", warmCalls, (w1 - w0) / 1e9));
        int calls = loop(variants, teams, firstPage, w1 + measure * 1_000_000_000L, true);
        long w2 = System.nanoTime();
        long auditAfter = count(pool, "SELECT COUNT(*) FROM core_audit");
        out(String.format("measured: %d calls of each in %.1f s; A wrote %d audit rows (warm-up included)", calls,
                (w2 - w1) / 1e9, auditAfter - auditBefore));
        out("");
        out(String.format("%-42s %7s %8s %8s %8s %8s %8s", "per call (ms), " + db, "n", "mean", "p50", "p90", "p99", "max"));
        for (Variant v : variants) {
            out(v.samples.line(v.label));
        }
        Samples a = vA.samples;
        Samples a1 = vA1.samples;
        Samples b = vB.samples;
        out(String.format("ratios of means: A/B = %.2f, A'/B = %.2f, A/A' = %.2f; of p50s: A/B = %.2f, A'/B = %.2f",
                a.mean() / b.mean(), a1.mean() / b.mean(), a.mean() / a1.mean(), a.pct(50) / b.pct(50),
                a1.pct(50) / b.pct(50)));
        StringBuilder more = new StringBuilder();
        for (Variant v : variants.subList(3, variants.size())) {
            more.append(String.format("%s/B = %.2f, A'/%s = %.2f; ", v.key, v.samples.mean() / b.mean(), v.key,
                    a1.mean() / v.samples.mean()));
        }
        out("other ratios of means: " + more.toString().replaceAll("; $", ""));
        out(String.format("physical connections opened: %d; total run %.1f s", pool.opened(), (System.nanoTime() - start) / 1e9));

        if (outFile != null) {
            Files.createDirectories(outFile.toAbsolutePath().getParent());
            report.writeTo(outFile);
        }
        return 0;
    }

    interface Call {
        HandSql.Result run(String teamId, PageRequest page) throws SQLException;
    }

    /** One timed way of getting the list. */
    static final class Variant {
        final String key;
        final String label;
        final Call call;
        final Samples samples = new Samples();

        Variant(String key, String label, Call call) {
            this.key = key;
            this.label = label;
            this.call = call;
        }
    }

    /**
     * Rounds over the teams until the deadline (checked after each team, so every variant has as many
     * calls); for team j of round r the variants run starting at (r + j) mod count, so none always runs
     * first or right after another one. Returns the calls made of each.
     */
    private static int loop(List<Variant> variants, List<Team> teams, PageRequest page, long deadline, boolean record)
            throws SQLException {
        int calls = 0;
        long sink = 0;
        int k = variants.size();
        for (int round = 0;; round++) {
            for (int j = 0; j < teams.size(); j++) {
                String team = teams.get(j).id;
                for (int i = 0; i < k; i++) {
                    Variant v = variants.get((round + j + i) % k);
                    long t0 = System.nanoTime();
                    sink += v.call.run(team, page).total();
                    long dt = System.nanoTime() - t0;
                    if (record) {
                        v.samples.add(dt);
                    }
                }
                calls++;
                if (System.nanoTime() >= deadline) {
                    if (sink < 0) {
                        Report.error("sink " + sink);
                    }
                    return calls;
                }
            }
        }
    }

    private static List<HandSql.Row> rows(List<OverdueParticipant> items) {
        List<HandSql.Row> out = new ArrayList<>();
        for (OverdueParticipant o : items) {
            out.add(new HandSql.Row(o.participantId, o.enrollmentId, o.dueDate, o.windowEnd, o.phase, o.lastContactDate));
        }
        return out;
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
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
            return sum / (double) n / 1e6;
        }

        /** Nearest-rank percentile, in ms. */
        double pct(double p) {
            long[] s = Arrays.copyOf(v, n);
            Arrays.sort(s);
            int rank = (int) Math.ceil(p / 100.0 * n);
            return s[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
        }

        String line(String label) {
            return String.format("%-42s %7d %8.3f %8.3f %8.3f %8.3f %8.3f", label, n, mean(), pct(50), pct(90), pct(99),
                    pct(100));
        }
    }
}
