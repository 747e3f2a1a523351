package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.sun.net.httpserver.HttpServer;

/**
 * Two platform nodes on one PostgreSQL deliver each outbox message exactly once. The node Pax Exam boots (A) starts
 * a second one (B) from the same distribution, with A's configuration (database, audit key, adapters) and ports of
 * its own; both deliver to one simulated court, which answers slowly so that the two compete for every message. On
 * Derby (one embedded database per node) there is no second node to start: the test is skipped.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TwoNodesIT extends MissionTestSupport {
    static final String COURT_SECRET = "two-nodes-court-shared-secret-0123456789";
    static final String COURT_NAME = "Two Nodes County Court";
    static final String PORT_PROPERTY = "mission.it.twonodes.port";
    static final String ZIP_PROPERTY = "mission.it.zip";
    static final int MESSAGES = 24;

    private static Process nodeB;
    private static Path homeB;

    @Override
    protected List<String> extraBootFeatures() {
        return List.of("mission-adapter-rest");
    }

    @Override
    @Configuration
    public Option[] config() throws Exception {
        List<Option> o = new ArrayList<>(List.of(super.config()));
        AdapterFixtures.runtime(o, COURT_NAME, 100);
        int port = freePort();
        o.add(editConfigurationFilePut("etc/system.properties", PORT_PROPERTY, Integer.toString(port)));
        String court = "etc/org.missioncj.adapter.webhook-county-court.cfg";
        o.add(editConfigurationFilePut(court, "system", "county-court"));
        o.add(editConfigurationFilePut(court, ".secret", COURT_SECRET));
        o.add(editConfigurationFilePut(court, "url", "http://127.0.0.1:" + port + "/court"));
        o.add(editConfigurationFilePut("etc/system.properties", "karaf.name", "node-a"));
        String version = System.getProperty("mission.version");
        File zip = new File(System.getProperty("org.ops4j.pax.url.mvn.localRepository", System.getProperty("user.home")
            + "/.m2/repository"), "org/missioncj/mission-karaf/" + version + "/mission-karaf-" + version + ".zip");
        o.add(editConfigurationFilePut("etc/system.properties", ZIP_PROPERTY, zip.getAbsolutePath()));
        return o.toArray(new Option[0]);
    }

    /** The court: 503 until opened, then a signed webhook is accepted after a pause, counted per id and per node. */
    static final class SlowCourt {
        final Map<String, Integer> received = new ConcurrentHashMap<>();
        final Map<String, Integer> byNode = new ConcurrentHashMap<>();
        volatile boolean open;
        final HttpServer server;

        SlowCourt(int port) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
            server.createContext("/court", x -> {
                byte[] body = x.getRequestBody().readAllBytes();
                String ts = x.getRequestHeaders().getFirst("X-Mission-Timestamp");
                String sig = x.getRequestHeaders().getFirst("X-Mission-Signature");
                int status = 503;
                if (open && ts != null && sig != null && sig.equals(AdapterIT.sign(COURT_SECRET, ts, body))) {
                    // a slow court: while one node waits for this answer, the other takes the next message
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(150));
                    received.merge(x.getRequestHeaders().getFirst("X-Mission-Message-Id"), 1, Integer::sum);
                    byNode.merge(String.valueOf(x.getRequestHeaders().getFirst("User-Agent")), 1, Integer::sum);
                    status = 200;
                }
                x.sendResponseHeaders(status, -1);
                try (OutputStream out = x.getResponseBody()) {
                    out.flush();
                }
            });
            server.start();
        }
    }

    @AfterClass
    public static void stopNodeB() throws Exception {
        if (nodeB != null) {
            Process stop = new ProcessBuilder(homeB.resolve("bin/stop").toString()).directory(homeB.toFile())
                .redirectErrorStream(true).redirectOutput(homeB.resolve("stop.out").toFile()).start();
            if (!stop.waitFor(60, TimeUnit.SECONDS)) {
                stop.destroyForcibly();
            }
            nodeB.descendants().forEach(ProcessHandle::destroy);
            nodeB.destroy();
            if (!nodeB.waitFor(60, TimeUnit.SECONDS)) {
                nodeB.descendants().forEach(ProcessHandle::destroyForcibly);
                nodeB.destroyForcibly();
            }
        }
    }

    @Test
    public void twoNodesOnOnePostgresqlDeliverEachMessageExactlyOnce() throws Exception {
        Assume.assumeTrue("two nodes need a shared database: PostgreSQL only", "postgresql".equals(databaseKind()));
        SlowCourt court = new SlowCourt(Integer.getInteger(PORT_PROPERTY));
        try {
            String baseB = startNodeB();
            String site = "Two nodes " + UUID.randomUUID().toString().substring(0, 8);
            String team = createTeam(site, createStaff("CASE_MANAGER", null, site), createStaff("PEER_SPECIALIST", null, site),
                null).get("id").asText();
            // half the notices are queued through node A and half through node B: both nodes write, both deliver
            List<String> participants = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                String base = i % 2 == 0 ? baseUrl() : baseB;
                participants.add(enrollWithConsent(base, team));
            }
            // on PostgreSQL the test classes share the database: only this test's messages count
            Set<String> queued = pending(participants);
            assertEquals(queued.toString(), MESSAGES, queued.size());
            court.open = true;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!court.received.keySet().containsAll(queued) && System.nanoTime() < end) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100)); // waiting on two other processes
            }
            assertTrue("every message arrives: " + court.received.keySet() + " of " + queued,
                court.received.keySet().containsAll(queued));
            // a second delivery of any message would come within a try's interval: wait until the outbox has recorded
            // every delivery, and one interval more, then count
            long settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (delivered(participants) < MESSAGES && System.nanoTime() < settle) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
            }
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(2));
            for (String m : queued) {
                assertEquals("delivered once: " + m + " " + court.received, Integer.valueOf(1), court.received.get(m));
            }
            assertEquals(MESSAGES, delivered(participants));
            assertEquals("both nodes delivered: " + court.byNode, 2, court.byNode.size());
        } finally {
            court.server.stop(0);
        }
    }

    /** The ids of the participants' notices, once each has its one. */
    private Set<String> pending(List<String> participants) throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String p : participants) {
            while (true) {
                Reply r = get(ADMIN, "/adapters/outbox?participantId=" + p);
                if (r.json.get("totalItems").asInt() == 1) {
                    ids.add(r.json.get("items").get(0).get("id").asText());
                    break;
                }
                assertTrue("no notice queued for " + p + ": " + r, System.nanoTime() < end);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            }
        }
        return ids;
    }

    private int delivered(List<String> participants) throws Exception {
        int n = 0;
        for (String p : participants) {
            n += get(ADMIN, "/adapters/outbox?state=DELIVERED&participantId=" + p).json.get("totalItems").asInt();
        }
        return n;
    }

    /** A participant with a consent to the court, enrolled through the node at base: its notice is queued there. */
    private String enrollWithConsent(String base, String team) throws Exception {
        Map<String, Object> p = new HashMap<>();
        p.put("givenName", "Two");
        p.put("familyName", "Nodes " + UUID.randomUUID().toString().substring(0, 6));
        p.put("dateOfBirth", "1982-02-02");
        Reply created = callAt(base, ADMIN, password(), "POST", "/participants", p, Map.of());
        assertEquals(created.toString(), 201, created.status);
        String id = created.json.get("id").asText();
        Reply consent = callAt(base, ADMIN, password(), "POST", "/consents",
            courtConsent(id, COURT_NAME, List.of("ENROLLMENT", "CASE_MANAGEMENT")), Map.of());
        assertEquals(consent.toString(), 201, consent.status);
        Map<String, Object> e = new HashMap<>();
        e.put("participantId", id);
        e.put("teamId", team);
        e.put("programMonths", 12);
        e.put("startSetting", "JAIL");
        e.put("referralSource", "COURT");
        e.put("startDate", LocalDate.now().minusDays(1).toString());
        e.put("status", "ENROLLED");
        Reply enrolled = callAt(base, ADMIN, password(), "POST", "/enrollments", e, Map.of());
        assertEquals(enrolled.toString(), 201, enrolled.status);
        return id;
    }

    /**
     * Unpacks the distribution next to A's home, gives it A's configuration (database, audit key, sign-ins, adapters)
     * with ports of its own, starts it and waits for its API and its county-court channel.
     */
    private String startNodeB() throws Exception {
        Path homeA = Path.of(System.getProperty("karaf.home"));
        Path dir = homeA.getParent().resolve("node-b-" + UUID.randomUUID().toString().substring(0, 8));
        unzip(Path.of(System.getProperty(ZIP_PROPERTY)), dir);
        try (var list = Files.list(dir)) {
            homeB = list.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path etcA = homeA.resolve("etc");
        Path etcB = homeB.resolve("etc");
        try (var files = Files.list(etcA)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if ((name.startsWith("org.missioncj.") || name.startsWith("org.ops4j.datasource-"))
                    || name.equals("users.properties") || name.equals("org.apache.karaf.jaas.cfg")) {
                    Files.copy(f, etcB.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        int http = freePort();
        set(etcB.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(http));
        set(etcB.resolve("org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(freePort()));
        set(etcB.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort", Integer.toString(freePort()));
        set(etcB.resolve("org.apache.karaf.management.cfg"), "rmiServerPort", Integer.toString(freePort()));
        Path features = etcB.resolve("org.apache.karaf.features.cfg");
        String boot = Files.readString(features).replaceFirst("(?m)^(\\s*)mission/([^,]*),",
            "$1mission-db-postgresql/$2, \\\\\n$1mission/$2, \\\\\n$1mission-adapter-rest/$2,");
        Files.writeString(features, boot);
        Files.writeString(etcB.resolve("system.properties"), "\nkaraf.name = node-b\n", java.nio.file.StandardOpenOption.APPEND);
        homeB.resolve("bin").toFile().listFiles(f -> f.setExecutable(true));
        nodeB = new ProcessBuilder(homeB.resolve("bin/karaf").toString(), "server").directory(homeB.toFile())
            .redirectErrorStream(true).redirectOutput(homeB.resolve("node-b.out").toFile()).start();
        String base = "http://localhost:" + http + "/mission/api/v1";
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + password()).getBytes(StandardCharsets.UTF_8));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        Path log = homeB.resolve("data/log/karaf.log");
        while (true) {
            assertTrue("node B exited: " + tail(homeB.resolve("node-b.out")), nodeB.isAlive());
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).header("Authorization", auth)
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"READY\"") && Files.exists(log)
                    && Files.readString(log).contains("Webhook system county-court ready")) {
                    return base;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertTrue("node B not ready within 240 s: " + tail(log), System.nanoTime() < end);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500)); // waiting on another process
        }
    }

    private static String tail(Path file) {
        try {
            String s = Files.readString(file);
            return s.length() > 3000 ? s.substring(s.length() - 3000) : s;
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }

    private static void set(Path cfg, String key, String value) throws IOException {
        String text = Files.readString(cfg);
        String replaced = text.replaceFirst("(?m)^" + java.util.regex.Pattern.quote(key) + "\\s*=.*$",
            java.util.regex.Matcher.quoteReplacement(key + " = " + value));
        if (replaced.equals(text) && !text.contains(key + " = " + value)) {
            replaced = text + "\n" + key + " = " + value + "\n";
        }
        Files.writeString(cfg, replaced);
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("entry outside the directory: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(z, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
