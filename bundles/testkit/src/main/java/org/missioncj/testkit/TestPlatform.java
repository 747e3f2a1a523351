package org.missioncj.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.missioncj.core.api.SiteClock;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.impl.AuditServiceImpl;
import org.missioncj.core.impl.DatabaseComponent;
import org.missioncj.core.impl.ModuleRuntime;

/**
 * The platform a module's unit tests run on: a fresh in-memory Derby with core's schema, the real audit
 * trail, a fixed site clock and a {@link RecordingEventAdmin}. {@link #module} starts a module from its
 * own {@code Mission-Module} header (the one bnd wrote into {@code target/classes/META-INF/MANIFEST.MF}),
 * so the test runs the schema and mappers that Karaf will.
 */
public final class TestPlatform {
    /** The default test day: 2026-03-15, 11:00 in New York. */
    public static final Instant NOW = Instant.parse("2026-03-15T15:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    public final DatabaseComponent database;
    public final AuditServiceImpl audit;
    public final SiteClock clock;
    public final RecordingEventAdmin events = new RecordingEventAdmin();
    private final Map<String, ModuleSupport> modules = new ConcurrentHashMap<>();

    /** At {@link #NOW} in {@link #ZONE}. */
    public TestPlatform() {
        this(Clock.fixed(NOW, ZONE));
    }

    public TestPlatform(Clock clock) {
        this(inMemory(), clock);
    }

    /** On a database of the caller's (a benchmark's PostgreSQL, say), migrated like a fresh site's. */
    public TestPlatform(DataSource dataSource, Clock clock) {
        this.database = new DatabaseComponent(dataSource);
        this.audit = new AuditServiceImpl(database);
        this.clock = SiteClock.of(clock);
    }

    private static DataSource inMemory() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:test-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        return ds;
    }

    /**
     * The module whose bundle holds {@code ofModule}, started as the extender starts it in Karaf (once per
     * platform): its migrations applied, its mappers built.
     */
    public ModuleSupport module(Class<?> ofModule) {
        String header = header(ofModule);
        String name = header.split(";", 2)[0].trim();
        return modules.computeIfAbsent(name, n -> {
            try {
                return ModuleRuntime.fromHeader(database, audit, clock, events, header, ofModule.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The Mission-Module header of " + name + " names a mapper that is not there: "
                        + e.getMessage(), e);
            }
        });
    }

    /** The {@code Mission-Module} header of the class path entry (directory or jar) that holds the class. */
    static String header(Class<?> ofModule) {
        try {
            Path root = Path.of(ofModule.getProtectionDomain().getCodeSource().getLocation().toURI());
            Manifest mf;
            if (Files.isDirectory(root)) {
                Path file = root.resolve("META-INF/MANIFEST.MF");
                if (!Files.exists(file)) {
                    throw new IllegalStateException(root + " has no META-INF/MANIFEST.MF: run the tests through Maven, "
                            + "which has bnd write it before the tests");
                }
                try (InputStream in = Files.newInputStream(file)) {
                    mf = new Manifest(in);
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    mf = jar.getManifest();
                }
            }
            String header = mf == null ? null : mf.getMainAttributes().getValue("Mission-Module");
            if (header == null) {
                throw new IllegalStateException(root + " is no module: its manifest has no Mission-Module header");
            }
            return header;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot read the manifest next to " + ofModule.getName(), e);
        }
    }
}
