package org.missioncj.bench.hsds;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.missioncj.bench.jdbc.Report;
import org.missioncj.bench.jdbc.TinyPool;
import org.missioncj.linkage.api.dto.DirectoryImport;
import org.missioncj.linkage.impl.LinkageBench;
import org.missioncj.linkage.impl.hsds.HsdsGenerator;
import org.missioncj.linkage.impl.hsds.HsdsJson;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The HSDS import of a synthetic directory of 50 000 services into an empty directory, three ways, on one database:
 * <ul>
 * <li>A: {@code DirectoryService.importDirectory} as a program admin calls it (read the JSON, check it whole, write the
 * records and the search tables in one transaction of JDBC batches, with its audit record);</li>
 * <li>A': the import's transaction alone, on the file read and checked before;</li>
 * <li>B: a raw JDBC batch insert of exactly the rows A writes (recorded from the same code), batches of 1 000, one
 * commit.</li>
 * </ul>
 * Then C: the same file imported again (nothing to write). Each round empties the tables first; the first round
 * warms the JVM and is not counted. Single-shot timings of a bulk job, reported as medians and as rates of services
 * per second; the figure to read is A'/B (and A/B), the import's rate as a share of the raw batch's.
 */
public final class ImportBench {
    private static final String[] TABLES = {"lk_service_link", "lk_service_kind", "lk_service_place", "lk_service_word",
        "lk_service", "lk_organization", "lk_record"};

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "derby";
        int services = Integer.parseInt(System.getProperty("services", "50000"));
        int rounds = Integer.parseInt(System.getProperty("rounds", "4"));
        Path out = Path.of(System.getProperty("out", "target/results-" + db + ".txt"));
        DataSource raw = dataSource(db);
        TinyPool pool = new TinyPool(raw, 4);
        Report report = new Report();
        try {
            run(db, services, rounds, pool, report);
        } finally {
            report.writeTo(out);
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

    private static DataSource dataSource(String db) throws Exception {
        if (db.equals("derby")) {
            Path dir = Path.of("target", "derby-hsds").toAbsolutePath();
            Files.createDirectories(dir.getParent());
            System.setProperty("derby.stream.error.file", dir.getParent().resolve("derby.log").toString());
            EmbeddedDataSource ds = new EmbeddedDataSource();
            ds.setDatabaseName(dir.toString());
            ds.setCreateDatabase("create");
            return ds;
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(System.getenv().getOrDefault("BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/mission_bench_hsds"));
        ds.setUser(System.getenv().getOrDefault("BENCH_PG_USER", "mission_it"));
        ds.setPassword(System.getenv().getOrDefault("BENCH_PG_PASSWORD", "mission_it"));
        return ds;
    }

    private static void run(String db, int services, int rounds, DataSource pool, Report report) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T15:00:00Z"), ZoneId.of("America/Chicago"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        HsdsJson.write(HsdsGenerator.generate(services, 2026), file);
        byte[] json = file.toByteArray();
        LinkageBench bench = new LinkageBench(pool, clock);
        if (Boolean.getBoolean("once")) {
            // how much heap an import takes: run with -Xmx of the distribution's MISSION_HEAP
            clear(pool);
            long t0 = System.nanoTime();
            DirectoryImport once = bench.importFile(json);
            report.line(String.format("one import of %d services (%d KiB of JSON) with -Xmx%d MiB: %.1f s, changed %s",
                    services, json.length / 1024, Runtime.getRuntime().maxMemory() >> 20, (System.nanoTime() - t0) / 1e9,
                    once.changed));
            return;
        }
        List<LinkageBench.Row> rows = LinkageBench.rows(LinkageBench.prepare(json), Instant.now(clock));
        report.line("HSDS import, " + services + " services, " + json.length / 1024 + " KiB of JSON, " + rows.size()
                + " rows written, database " + db + ", " + rounds + " rounds (the first not counted)");
        List<Long> a = new ArrayList<>();
        List<Long> aWrite = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        List<Long> c = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            clear(pool);
            long t0 = System.nanoTime();
            DirectoryImport first = bench.importFile(json);
            long ta = System.nanoTime() - t0;
            if (!first.changed) {
                throw new IllegalStateException("A wrote nothing into an empty directory");
            }
            t0 = System.nanoTime();
            DirectoryImport again = bench.importFile(json);
            long tc = System.nanoTime() - t0;
            if (again.changed) {
                throw new IllegalStateException("the same file again changed the directory");
            }
            long rowsA = count(pool);
            clear(pool);
            LinkageBench.Checked prepared = LinkageBench.prepare(json);
            t0 = System.nanoTime();
            bench.write(prepared);
            long taw = System.nanoTime() - t0;
            clear(pool);
            t0 = System.nanoTime();
            rawBatch(pool, rows);
            long tb = System.nanoTime() - t0;
            long rowsB = count(pool);
            if (rowsA != rowsB) {
                throw new IllegalStateException("A wrote " + rowsA + " rows, B " + rowsB);
            }
            report.line(String.format("round %d: A %.2f s, A' %.2f s, B %.2f s, C (same file again) %.2f s, %d rows%s",
                    round + 1, ta / 1e9, taw / 1e9, tb / 1e9, tc / 1e9, rowsB, round == 0 ? " (warm-up)" : ""));
            if (round > 0) {
                a.add(ta);
                aWrite.add(taw);
                b.add(tb);
                c.add(tc);
            }
        }
        double ma = median(a) / 1e9;
        double maw = median(aWrite) / 1e9;
        double mb = median(b) / 1e9;
        double mc = median(c) / 1e9;
        report.line(String.format("median A  (importDirectory, whole)      %.2f s  %8.0f services/s", ma, services / ma));
        report.line(String.format("median A' (the import's writes alone)   %.2f s  %8.0f services/s", maw, services / maw));
        report.line(String.format("median B  (raw JDBC batch, same rows)   %.2f s  %8.0f services/s", mb, services / mb));
        report.line(String.format("median C  (the same file again)         %.2f s", mc));
        report.line(String.format("A'/B rate ratio %.2f (goal >= 0.80); A/B rate ratio %.2f", mb / maw, mb / ma));
    }

    private static double median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }

    private static void clear(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String t : TABLES) {
                s.executeUpdate("DELETE FROM " + t);
            }
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private static long count(DataSource ds) throws SQLException {
        long n = 0;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String t : TABLES) {
                try (java.sql.ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    r.next();
                    n += r.getLong(1);
                }
            }
        }
        return n;
    }

    /** B: the rows with hand-written INSERTs, one prepared statement per table, batches of 1 000, one commit. */
    private static void rawBatch(DataSource ds, List<LinkageBench.Row> rows) throws SQLException {
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("insertRecord", "INSERT INTO lk_record (table_name, id, content, content_hash, retired_at, updated_at) "
                + "VALUES (?, ?, ?, ?, NULL, ?)");
        sql.put("insertOrganization", "INSERT INTO lk_organization (id, name, name_key, retired_at) VALUES (?, ?, ?, ?)");
        sql.put("insertService", "INSERT INTO lk_service (id, organization_id, organization_name, name, name_key, status, "
                + "description, retired_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        sql.put("insertWord", "INSERT INTO lk_service_word (word, service_id) VALUES (?, ?)");
        sql.put("insertPlace", "INSERT INTO lk_service_place (place, service_id) VALUES (?, ?)");
        sql.put("insertKind", "INSERT INTO lk_service_kind (term_id, service_id, code, name) VALUES (?, ?, ?, ?)");
        sql.put("insertLink", "INSERT INTO lk_service_link (service_id, table_name, record_id) VALUES (?, ?, ?)");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            Map<String, PreparedStatement> open = new LinkedHashMap<>();
            Map<String, Integer> pending = new LinkedHashMap<>();
            try {
                for (LinkageBench.Row r : rows) {
                    PreparedStatement ps = open.get(r.statement);
                    if (ps == null) {
                        ps = c.prepareStatement(sql.get(r.statement));
                        open.put(r.statement, ps);
                    }
                    Object[] values;
                    switch (r.statement) {
                        case "insertService" -> values = LinkageBench.serviceRow(r.args[0]);
                        case "insertWord", "insertPlace" -> values = LinkageBench.valueRow(r.args[0]);
                        case "insertKind" -> values = LinkageBench.kindRow(r.args[0]);
                        default -> values = r.args;
                    }
                    for (int i = 0; i < values.length; i++) {
                        Object v = values[i];
                        if (v instanceof Instant) {
                            ps.setTimestamp(i + 1, Timestamp.from((Instant) v));
                        } else if (v == null) {
                            ps.setNull(i + 1, r.statement.equals("insertService") || r.statement.equals("insertOrganization")
                                    && i == 3 ? java.sql.Types.TIMESTAMP : java.sql.Types.VARCHAR);
                        } else {
                            ps.setString(i + 1, (String) v);
                        }
                    }
                    ps.addBatch();
                    int n = pending.merge(r.statement, 1, Integer::sum);
                    if (n == 1000) {
                        ps.executeBatch();
                        pending.put(r.statement, 0);
                    }
                }
                for (Map.Entry<String, PreparedStatement> e : open.entrySet()) {
                    if (pending.getOrDefault(e.getKey(), 0) > 0) {
                        e.getValue().executeBatch();
                    }
                }
                c.commit();
            } finally {
                for (PreparedStatement ps : open.values()) {
                    ps.close();
                }
                c.setAutoCommit(true);
            }
        }
    }
}
