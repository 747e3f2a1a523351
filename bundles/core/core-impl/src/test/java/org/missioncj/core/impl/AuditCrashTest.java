package org.missioncj.core.impl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of reads: every read whose answer left the process has its audit record afterwards. The
 * group commit holds a record in memory only while its caller still waits, so a crash can lose only records whose
 * answers were never given.
 */
class AuditCrashTest {
    private static final int ACKS = 3000;

    @Test
    void everyAnswerThatLeftHasItsAuditRecordAfterAKill() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "audit-crash-");
        String database = dir.resolve("db").toAbsolutePath().toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Dderby.stream.error.file=" + dir.resolve("derby.log"), "-cp",
                System.getProperty("java.class.path"), AuditCrashChild.class.getName(), database)
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        Set<String> acked = ConcurrentHashMap.newKeySet();
        CountDownLatch enough = new CountDownLatch(ACKS);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    if (line.startsWith("ACK ")) {
                        acked.add(line.substring(4));
                        enough.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // the pipe closes with the process
            }
        });
        reader.start();
        try {
            assertTrue(enough.await(120, TimeUnit.SECONDS), "the child answered only " + acked.size() + " reads; see " + dir);
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no flush
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        }
        Set<String> recorded = new HashSet<>();
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(database);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT resource_id FROM core_audit WHERE component = 'crash'")) {
            while (rs.next()) {
                recorded.add(rs.getString(1));
            }
        } finally {
            try {
                ds.setShutdownDatabase("shutdown");
                ds.getConnection().close();
            } catch (SQLException expected) {
                // Derby answers a shutdown with an exception
            }
        }
        Set<String> missing = new HashSet<>(acked);
        missing.removeAll(recorded);
        assertTrue(acked.size() >= ACKS);
        assertTrue(missing.isEmpty(), missing.size() + " of " + acked.size() + " answered reads have no audit record, e.g. "
                + missing.stream().limit(5).toList());
    }
}
