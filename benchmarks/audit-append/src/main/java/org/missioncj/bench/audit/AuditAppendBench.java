package org.missioncj.bench.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.commons.dbcp2.BasicDataSource;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.impl.AuditServiceImpl;
import org.missioncj.core.impl.DatabaseComponent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable audit records per second. Every operation returns only once its records are committed, as a request
 * waits for its audit record before it is answered:
 * <ul>
 * <li>{@code platform*}: {@code AuditService.record} outside a transaction (a read's record, a refusal's), through
 * the group commit, one record an operation; {@code platformList25} a list's 25 READ records at once;</li>
 * <li>{@code jdbc*}: the same insert into the same table with plain JDBC on the same pool, one commit per record
 * (what each request did before the group commit), and {@code jdbcBatch25}: 25 records as one JDBC batch and one
 * commit, the fastest one caller can go alone.</li>
 * </ul>
 * Embedded Derby in {@code target/bench-derby} (fresh for each fork), or PostgreSQL with
 * {@code -Dbench.db=postgresql} ({@code bench.pg.url}, {@code bench.pg.user}; the password from the environment
 * variable BENCH_PG_PASSWORD).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class AuditAppendBench {
    private static final String INSERT = "INSERT INTO core_audit (occurred_at, actor, roles, component, action, resource_type, "
            + "resource_id, participant_id, outcome, purpose, detail, client_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final Actor READER = new Actor("bench.reader", EnumSet.of(Role.CASE_MANAGER), null, "127.0.0.1");

    private BasicDataSource pool;
    private AuditServiceImpl audit;
    private final AtomicLong ids = new AtomicLong();

    @Setup(Level.Trial)
    public void open() throws IOException {
        pool = new BasicDataSource();
        if ("postgresql".equals(System.getProperty("bench.db"))) {
            pool.setUrl(System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/mission_bench_audit"));
            pool.setUsername(System.getProperty("bench.pg.user", "mission_it"));
            pool.setPassword(System.getenv().getOrDefault("BENCH_PG_PASSWORD", "mission_it"));
        } else {
            Path dir = Path.of("target", "bench-derby");
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            pool.setUrl("jdbc:derby:" + dir.resolve("mission").toAbsolutePath() + ";create=true");
        }
        // as the distribution's pool: 16 connections, statements pooled
        pool.setMaxTotal(16);
        pool.setPoolPreparedStatements(true);
        pool.setMaxOpenPreparedStatements(100);
        DatabaseComponent db = new DatabaseComponent(pool);
        audit = new AuditServiceImpl(db);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        audit.close();
        pool.close();
    }

    private AuditEntry entry() {
        String id = "p-" + ids.incrementAndGet();
        return AuditEntry.of(READER, "bench", "READ", "participant").resource(id).participant(id);
    }

    @Benchmark
    @Threads(1)
    public void platformOne1Thread() {
        audit.record(entry());
    }

    @Benchmark
    @Threads(8)
    public void platformOne8Threads() {
        audit.record(entry());
    }

    @Benchmark
    @Threads(8)
    @OperationsPerInvocation(25)
    public void platformList25x8Threads() {
        List<AuditEntry> list = new ArrayList<>(25);
        for (int i = 0; i < 25; i++) {
            list.add(entry());
        }
        audit.recordAll(list);
    }

    @Benchmark
    @Threads(1)
    public void jdbcOne1Thread() throws SQLException {
        jdbc(1);
    }

    @Benchmark
    @Threads(8)
    public void jdbcOne8Threads() throws SQLException {
        jdbc(1);
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(25)
    public void jdbcBatch25x1Thread() throws SQLException {
        jdbc(25);
    }

    private void jdbc(int records) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < records; i++) {
                    String id = "p-" + ids.incrementAndGet();
                    ps.setTimestamp(1, now);
                    ps.setString(2, READER.username());
                    ps.setString(3, "CASE_MANAGER");
                    ps.setString(4, "bench");
                    ps.setString(5, "READ");
                    ps.setString(6, "participant");
                    ps.setString(7, id);
                    ps.setString(8, id);
                    ps.setString(9, "SUCCESS");
                    ps.setString(10, "TREATMENT");
                    ps.setString(11, null);
                    ps.setString(12, "127.0.0.1");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
        }
    }
}
