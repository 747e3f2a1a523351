package org.missioncj.bench.housing;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.missioncj.bench.jdbc.Plans;
import org.missioncj.bench.jdbc.Report;
import org.missioncj.bench.jdbc.TinyPool;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.timeline.DaySpan;
import org.missioncj.housing.api.dto.Nights;
import org.missioncj.housing.impl.HousingBench;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Nights housed in the period for a site of 100 000 participants with 2 000 000 status periods: (A)
 * {@code TimelineService.siteNights} as the platform runs it (role and site check, the mapper's two statements, the
 * audit record, commit), (A') the mapper's statements alone in one transaction, (B) the hand-written SQL aggregate
 * ({@link HandSql}), and for reference (M) the mapper's own SQL text over plain JDBC, (P) the same with the caseload
 * rule spelled as B spells it (one NOT EXISTS: the change proposed in benchmarks/README.md) and (R) the access check
 * alone.
 * Seeds once ({@link Seeder}), checks that A, A', B, M, P and a Java {@link Oracle} agree on five periods, writes the
 * executed plans, then times the variants interleaved on a month and on a year.
 *
 * <pre>
 * java -jar bench-housing-nights.jar [derby|postgresql] [--seed-only] [--warmup=SECONDS] [--measure=SECONDS]
 *      [--derby-dir=DIR] [--pg-url=JDBC_URL] [--pg-user=USER] [--out=FILE] [--plans=FILE]
 * </pre>
 * The PostgreSQL password is read from BENCH_PG_PASSWORD. Exit code 3 when the variants disagree.
 */
public final class NightsBench {
    static final ZoneId SITE_ZONE = ZoneId.of("America/New_York");

    private final Report report = new Report();

    public static void main(String[] args) throws Exception {
        int rc;
        try {
            rc = new NightsBench().run(args);
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

    /** A period of the checks and the timing. */
    record Period(String name, LocalDate from, LocalDate to) {
        @Override
        public String toString() {
            return name + " " + from + ".." + to;
        }
    }

    int run(String[] args) throws Exception {
        String db = "derby";
        int warmup = 30;
        int measure = 60;
        boolean seedOnly = false;
        String derbyDir = "target/derby/mission";
        String pgUrl = "jdbc:postgresql://127.0.0.1:5432/mission_bench_housing";
        String pgUser = "mission_it";
        Path outFile = null;
        Path plansFile = null;
        for (String a : args) {
            if (a.equals("derby") || a.equals("postgresql")) {
                db = a;
            } else if (a.equals("--seed-only")) {
                seedOnly = true;
            } else if (a.startsWith("--warmup=")) {
                warmup = Integer.parseInt(a.substring(9));
            } else if (a.startsWith("--measure=")) {
                measure = Integer.parseInt(a.substring(10));
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
            if (seedOnly) {
                ds.setReWriteBatchedInserts(true); // the seed's batches as multi-row INSERTs; the timed run sends none
            }
            raw = ds;
        }
        TinyPool pool = new TinyPool(raw, 16);
        try {
            return measure(db, raw, pool, seedOnly, warmup, measure, outFile, plansFile);
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

    private int measure(String db, DataSource raw, TinyPool pool, boolean seedOnly, int warmup, int measure,
            Path outFile, Path plansFile) throws Exception {
        long start = System.nanoTime();
        out("# Housing nights of a site benchmark - " + db + (seedOnly ? " (seed only)" : ""));
        out("started " + LocalDateTime.now().withNano(0) + ", Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, load average " + loadAverage()
                + (db.equals("derby") ? ", derby.storage.pageCacheSize "
                        + System.getProperty("derby.storage.pageCacheSize", "default (1000)") : ""));

        Seeder seeder = new Seeder(pool, db, this::out);
        Optional<Seeder.Marker> marker = seeder.marker();
        LocalDate today = marker.map(m -> m.seededOn).orElse(LocalDate.now(SITE_ZONE));
        Clock clock = Clock.fixed(today.atTime(LocalTime.NOON).atZone(SITE_ZONE).toInstant(), SITE_ZONE);
        HousingBench bench = new HousingBench(pool, clock);
        out("database: " + bench.database.productDescription() + " (" + bench.database.databaseId() + ")"
                + (db.equals("derby") ? ", embedded, " + ((EmbeddedDataSource) raw).getDatabaseName()
                        : ", " + ((PGSimpleDataSource) raw).getServerNames()[0] + ":"
                                + ((PGSimpleDataSource) raw).getPortNumbers()[0] + "/"
                                + ((PGSimpleDataSource) raw).getDatabaseName()));
        Seeder.Marker m;
        if (marker.isPresent()) {
            m = marker.get();
            out(String.format("seed: present (seeded on %s in %.1f s), not reseeded", m.seededOn, m.millis / 1000.0));
        } else {
            out("seed: none yet, seeding (today = " + today + ", zone " + SITE_ZONE + ")");
            m = seeder.seed(bench, today, SITE_ZONE);
            out(String.format("seed: %d participants + %d status periods in %.1f s (teams and staff included)",
                    m.participants, m.statuses, m.millis / 1000.0));
        }
        if (seedOnly) {
            if (outFile != null) {
                Files.createDirectories(outFile.toAbsolutePath().getParent());
                report.writeTo(outFile);
            }
            return 0;
        }
        out("connections: TinyPool (one idle physical connection reused per call, like a warm dbcp2 pool)");
        out("today (site clock, fixed to the seed day): " + today);
        String site = Seeder.SITE;
        Actor lead = new Actor(Seeder.SUPERVISOR, EnumSet.of(Role.CLINICAL_SUPERVISOR), null);

        out(String.format("rows: reg_participant %d, reg_enrollment %d, hs_enrollment %d (at the bench site %d), "
                + "hs_status %d (open %d), core_audit %d (before this run)",
                count(pool, "SELECT COUNT(*) FROM reg_participant"), count(pool, "SELECT COUNT(*) FROM reg_enrollment"),
                count(pool, "SELECT COUNT(*) FROM hs_enrollment"),
                count(pool, "SELECT COUNT(*) FROM hs_enrollment WHERE site = '" + site + "'"),
                count(pool, "SELECT COUNT(*) FROM hs_status"),
                count(pool, "SELECT COUNT(*) FROM hs_status WHERE end_day IS NULL"),
                count(pool, "SELECT COUNT(*) FROM core_audit")));

        LocalDate firstOfMonth = today.withDayOfMonth(1);
        Period month = new Period("month", firstOfMonth.minusMonths(1), firstOfMonth.minusDays(1));
        Period year = new Period("year", today.minusDays(364), today);
        Period future = new Period("to-future", firstOfMonth, firstOfMonth.plusMonths(2).minusDays(1));
        Period before = new Period("before-data", LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31));
        Period decade = new Period("ten-years", today.minusDays(3659), today);
        List<Period> checked = List.of(month, year, future, before, decade);
        List<Period> timed = List.of(month, year);

        HandSql hand = new HandSql(pool, db);
        // M: the mapper's statements as MyBatis sends them, over plain JDBC; P: the same with the caseload rule spelled
        // with one NOT EXISTS (the change proposed in benchmarks/README.md), the rest of the text unchanged
        List<Sql> mapperSql = new ArrayList<>();
        List<Sql> proposedSql = new ArrayList<>();
        for (Period p : checked) {
            long from = p.from.toEpochDay();
            long until = DaySpan.untilDay(p.to, today);
            Sql ms = new Sql(p, Math.max(0, until - from), bench.siteNightsSql(site, from, until), bench.sitePlacedSql(site));
            mapperSql.add(ms);
            proposedSql.add(new Sql(p, ms.days, ms.nights.replacing(HousingBench.PLACING, HandSql.PLACES),
                    ms.placed.replacing(HousingBench.PLACING, HandSql.PLACES)));
        }
        // ---- correctness before timing ------------------------------------------------------------
        long v0 = System.nanoTime();
        Oracle oracle = Oracle.read(pool, site);
        out(String.format("Java oracle: read %d hs_status rows, %d placed at %s holding %d periods (%.1f s)", oracle.rows,
                oracle.placed, site, oracle.periods(), (System.nanoTime() - v0) / 1e9));
        for (int i = 0; i < checked.size(); i++) {
            Period p = checked.get(i);
            Nights expected = oracle.nights(site, p.from, p.to, today);
            check(bench.timeline.siteNights(lead, site, p.from, p.to), expected, p, "A  TimelineService.siteNights");
            check(bench.mapperSiteNights(site, p.from, p.to), expected, p, "A' mapper siteNights + sitePlaced");
            check(hand.siteNights(site, p.from, p.to, today), expected, p, "B  hand SQL");
            check(jdbc(pool, mapperSql.get(i)), expected, p, "M  the mapper's SQL over JDBC");
            check(jdbc(pool, proposedSql.get(i)), expected, p, "P  the proposed SQL over JDBC");
            out("verified " + p + ": " + figures(expected));
        }
        out(String.format("verified: A, A', B, M, P and the Java oracle agree on all %d periods (%.1f s)", checked.size(),
                (System.nanoTime() - v0) / 1e9));

        // ---- executed plans -----------------------------------------------------------------------------
        if (plansFile != null) {
            StringBuilder pl = new StringBuilder();
            pl.append("# Executed plans, ").append(db).append(", ").append(LocalDateTime.now().withNano(0))
                    .append(", today ").append(today).append("\n\n");
            for (Period p : timed) {
                long from = p.from.toEpochDay();
                long until = DaySpan.untilDay(p.to, today);
                HousingBench.Statement st = mapperSql.get(checked.indexOf(p)).nights;
                HousingBench.Statement pr = proposedSql.get(checked.indexOf(p)).nights;
                pl.append(Plans.explain(raw, db, "A'/M HousingMapper.siteNights, " + p, st.sql, st::bind));
                pl.append(Plans.explain(raw, db, "B hand nights, " + p, HandSql.nightsSql(db),
                        ps -> HandSql.bindNights(ps, db, site, from, until)));
                pl.append(Plans.explain(raw, db, "P proposed siteNights, " + p, pr.sql, pr::bind));
            }
            HousingBench.Statement placed = mapperSql.get(0).placed;
            HousingBench.Statement proposed = proposedSql.get(0).placed;
            pl.append(Plans.explain(raw, db, "A'/M HousingMapper.sitePlaced", placed.sql, placed::bind));
            pl.append(Plans.explain(raw, db, "B hand placed count", HandSql.PLACED_SQL, ps -> ps.setString(1, site)));
            pl.append(Plans.explain(raw, db, "P proposed sitePlaced", proposed.sql, proposed::bind));
            Files.createDirectories(plansFile.toAbsolutePath().getParent());
            Files.writeString(plansFile, pl.toString(), StandardCharsets.UTF_8);
            out("plans: " + plansFile);
        }

        // ---- timing -------------------------------------------------------------------------------
        List<List<Variant>> variants = new ArrayList<>();
        for (Period p : timed) {
            Sql ms = mapperSql.get(checked.indexOf(p));
            Sql ps = proposedSql.get(checked.indexOf(p));
            variants.add(List.of(
                    new Variant("A", "A  siteNights, " + p.name,
                            () -> bench.timeline.siteNights(lead, site, p.from, p.to).housed),
                    new Variant("A'", "A' mapper, 1 tx, " + p.name,
                            () -> bench.mapperSiteNights(site, p.from, p.to).housed),
                    new Variant("B", "B  hand SQL, 1 tx, " + p.name,
                            () -> hand.siteNights(site, p.from, p.to, today).housed),
                    new Variant("M", "M  mapper's SQL via JDBC, " + p.name, () -> jdbc(pool, ms).housed),
                    new Variant("P", "P  proposed SQL via JDBC, " + p.name, () -> jdbc(pool, ps).housed),
                    new Variant("R", "R  access check alone, " + p.name, () -> {
                        bench.requireSite(lead, site);
                        return 1;
                    })));
        }
        long auditBefore = count(pool, "SELECT COUNT(*) FROM core_audit");
        out(String.format("warm-up %d s, then measure %d s: per tick, for the %s and the %s in turn, one call of each "
                + "variant in an order shuffled afresh (seeded)", warmup, measure, month, year));
        out("load average before timing: " + loadAverage());
        long w0 = System.nanoTime();
        int warmTicks = loop(variants, w0 + warmup * 1_000_000_000L, false);
        long w1 = System.nanoTime();
        out(String.format("warm-up: %d ticks in %.1f s", warmTicks, (w1 - w0) / 1e9));
        int ticks = loop(variants, w1 + measure * 1_000_000_000L, true);
        long w2 = System.nanoTime();
        long auditAfter = count(pool, "SELECT COUNT(*) FROM core_audit");
        out(String.format("measured: %d ticks in %.1f s; A wrote %d audit rows (warm-up and checks excluded: %d); "
                + "load average after: %s", ticks, (w2 - w1) / 1e9, auditAfter - auditBefore,
                (warmTicks + ticks) * timed.size(), loadAverage()));
        out("");
        out(String.format("%-40s %6s %9s %9s %9s %9s %9s", "per call (ms), " + db, "n", "mean", "p50", "p90", "p99", "max"));
        for (List<Variant> vs : variants) {
            for (Variant v : vs) {
                out(v.samples.line(v.label));
            }
        }
        for (int i = 0; i < timed.size(); i++) {
            List<Variant> vs = variants.get(i);
            Samples a = vs.get(0).samples;
            Samples a1 = vs.get(1).samples;
            Samples b = vs.get(2).samples;
            Samples mm = vs.get(3).samples;
            Samples pp = vs.get(4).samples;
            Samples r = vs.get(5).samples;
            out(String.format("%s: A/B = %.2f, A'/B = %.2f, M/B = %.2f, P/B = %.2f (means); p50s: A/B = %.2f, A'/B = %.2f, "
                    + "P/B = %.2f; A - A' (access check, audit record, commit) %.2f ms, of which R %.2f ms",
                    timed.get(i), a.mean() / b.mean(), a1.mean() / b.mean(), mm.mean() / b.mean(), pp.mean() / b.mean(),
                    a.pct(50) / b.pct(50), a1.pct(50) / b.pct(50), pp.pct(50) / b.pct(50), a.mean() - a1.mean(), r.mean()));
        }
        out(String.format("physical connections opened: %d; total run %.1f s", pool.opened(),
                (System.nanoTime() - start) / 1e9));
        if (outFile != null) {
            Files.createDirectories(outFile.toAbsolutePath().getParent());
            report.writeTo(outFile);
        }
        return 0;
    }

    static String figures(Nights n) {
        return String.format("housed %d, homeless %d, incarcerated %d, institution %d, unknown %d", n.housed, n.homeless,
                n.incarcerated, n.institution, n.unknown);
    }

    private static void check(Nights actual, Nights expected, Period p, String what) throws VerificationFailed {
        if (actual.housed != expected.housed || actual.homeless != expected.homeless
                || actual.incarcerated != expected.incarcerated || actual.institution != expected.institution
                || actual.unknown != expected.unknown) {
            throw new VerificationFailed(what + " for the " + p + " gives " + figures(actual)
                    + "; the Java oracle: " + figures(expected));
        }
    }

    interface Call {
        long run() throws SQLException;
    }

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
     * Ticks until the deadline (checked after each tick): per tick, for each timed period in turn, every variant
     * once, in an order shuffled afresh, so that no variant always runs first or right after another (after A's audit
     * write and commit, say). Returns the ticks.
     */
    private static int loop(List<List<Variant>> variants, long deadline, boolean record) throws SQLException {
        long sink = 0;
        Random order = new Random(record ? 2 : 1);
        List<List<Variant>> ticks = new ArrayList<>();
        for (List<Variant> vs : variants) {
            ticks.add(new ArrayList<>(vs));
        }
        for (int t = 0;; t++) {
            for (List<Variant> vs : ticks) {
                Collections.shuffle(vs, order);
                for (Variant v : vs) {
                    long t0 = System.nanoTime();
                    sink += v.call.run();
                    long dt = System.nanoTime() - t0;
                    if (record) {
                        v.samples.add(dt);
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

    /** A period's two statements, as text with the module's binding. */
    record Sql(Period period, long days, HousingBench.Statement nights, HousingBench.Statement placed) {
    }

    /**
     * The two statements over plain JDBC in one transaction, on one pooled connection, their rows summed as the
     * service sums them (both skipped when the period has no night up to tonight, as the service skips them).
     */
    private static Nights jdbc(DataSource ds, Sql sql) throws SQLException {
        Nights n = new Nights();
        n.from = sql.period.from;
        n.to = sql.period.to;
        if (sql.days == 0) {
            return n;
        }
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement(sql.nights.sql)) {
                    sql.nights.bind(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long nights = rs.getLong(2);
                            switch (rs.getString(1)) {
                                case "HOUSED" -> n.housed += nights;
                                case "HOMELESS" -> n.homeless += nights;
                                case "INCARCERATED" -> n.incarcerated += nights;
                                default -> n.institution += nights;
                            }
                        }
                    }
                }
                long placed;
                try (PreparedStatement ps = c.prepareStatement(sql.placed.sql)) {
                    sql.placed.bind(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        placed = rs.getLong(1);
                    }
                }
                n.unknown = Math.max(0, sql.days * placed - n.housed - n.homeless - n.incarcerated - n.institution);
                c.commit();
                return n;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

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
        long[] v = new long[1024];
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
            return String.format("%-40s %6d %9.2f %9.2f %9.2f %9.2f %9.2f", label, n, mean(), pct(50), pct(90), pct(99),
                    pct(100));
        }
    }
}
