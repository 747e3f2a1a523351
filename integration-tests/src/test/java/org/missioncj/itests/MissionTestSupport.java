package org.missioncj.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.ProbeBuilder;
import org.ops4j.pax.exam.TestProbeBuilder;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.extra.VMOption;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the MISSION-CJ distribution (once per test class) with test sign-ins, random free ports and
 * the database the build chose (-Ppostgresql), and gives tests an HTTP client for the API.
 */
public abstract class MissionTestSupport {
    /**
     * Test sign-ins: user name, roles. Names carry a run id and passwords are random for each run,
     * so the suite can run again on a PostgreSQL database that keeps its staff records.
     */
    static final String RUN = runId();
    static final String ADMIN = "it.admin." + RUN;
    static final String CM = "it.cm." + RUN;
    static final String PSS = "it.pss." + RUN;
    static final String SUPERVISOR = "it.sup." + RUN;
    static final String LIAISON = "it.liaison." + RUN;
    static final String INTEGRATION = "it.integration." + RUN;
    static final String PRIVACY = "it.privacy." + RUN;
    /** A sign-in that a test locks on purpose. */
    static final String LOCKED = "it.locked." + RUN;
    static final String[][] USERS = {
        {ADMIN, "PROGRAM_ADMIN"}, {CM, "CASE_MANAGER"}, {PSS, "PEER_SPECIALIST"}, {SUPERVISOR, "CLINICAL_SUPERVISOR"},
        {LIAISON, "COURT_LIAISON"}, {INTEGRATION, "INTEGRATION"}, {LOCKED, "CASE_MANAGER"}, {PRIVACY, "PRIVACY_OFFICER"},
    };
    /** Same for every class of a run: the forked JVM that configures Karaf and the probe inside it read it. */
    static final String PASSWORD_PROPERTY = "mission.it.password";
    static final String RUN_PROPERTY = "mission.it.run";

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected ConfigurationAdmin configurationAdmin;

    /** Injected once the boot features are installed: tests start only then. */
    @Inject
    protected BootFinished bootFinished;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * No test method waits forever: a hang (a lock never granted, an event that never comes) fails the method after
     * five minutes with the stuck thread's stack, and the class goes on, instead of holding the build to CI's limit.
     * Not a timing assertion: every method takes seconds; five minutes is only a bound.
     */
    @org.junit.Rule
    public final org.junit.rules.Timeout hangs = org.junit.rules.Timeout.builder()
        .withTimeout(5, TimeUnit.MINUTES).withLookingForStuckThread(true).build();

    @Configuration
    public Option[] config() throws Exception {
        String password = password();
        String karaf = System.getProperty("karaf.version");
        List<Option> o = new ArrayList<>(List.of(
            distribution(),
            configureConsole().ignoreLocalConsole(),
            keepRuntimeFolder(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "updateSnapshots", "none"),
            // on 2 busy cores a boot can take longer than Pax Exam's 10 s wait for its own services (the probe's
            // injector among them): wait up to 2 minutes, here and inside the container
            org.ops4j.pax.exam.CoreOptions.systemTimeout(120_000),
            editConfigurationFilePut("etc/system.properties", "pax.exam.service.timeout", "120000"),
            // a boot whose features fail stops Karaf, so the class fails at once: otherwise every method waits the two
            // minutes above for services that never come, and a class of nine methods outlasts the fork's timeout
            editConfigurationFilePut("etc/system.properties", "karaf.require.successful.features.boot", "true"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                System.getProperty("org.ops4j.pax.url.mvn.localRepository", "")),
            editConfigurationFilePut("etc/system.properties", PASSWORD_PROPERTY, password),
            editConfigurationFilePut("etc/system.properties", RUN_PROPERTY, RUN),
            // seal within a second and witness every head, so tests see their records sealed and compared
            editConfigurationFilePut("etc/org.missioncj.core.audit.cfg", "sealGraceSeconds", "0"),
            editConfigurationFilePut("etc/org.missioncj.core.audit.cfg", "sealIntervalSeconds", "1"),
            editConfigurationFilePut("etc/org.missioncj.core.audit.cfg", "witnessIntervalSeconds", "0"),
            // one key file for the run, as the nodes of a cluster share theirs: on PostgreSQL the classes share a database
            editConfigurationFilePut("etc/org.missioncj.core.audit.cfg", "keyFile", auditKeyFile()),
            // tests sign in with wrong passwords on purpose, all from this machine
            editConfigurationFilePut("etc/org.missioncj.core.signin.cfg", "clientMaxFailures", "1000"),
            editConfigurationFilePut("etc/org.missioncj.core.accounts.cfg", "passwordIterations", "10000"),
            new VMOption("--add-reads=java.xml=java.logging"),
            new VMOption("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"),
            new VMOption("--patch-module"), new VMOption("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karaf + ".jar"),
            new VMOption("--patch-module"), new VMOption("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karaf + ".jar"),
            new VMOption("--add-opens"), new VMOption("java.base/java.security=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.base/java.net=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.base/java.lang=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.base/java.util=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.naming/javax.naming.spi=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED"),
            new VMOption("-classpath"), new VMOption("lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*")));
        String hash = bootstrapHash(password);
        for (String[] u : USERS) {
            o.add(editConfigurationFilePut("etc/users.properties", u[0], "{CRYPT}" + hash + "{CRYPT}," + u[1]));
        }
        if ("postgresql".equals(System.getProperty("it.database"))) {
            String cfg = "etc/org.ops4j.datasource-mission.cfg";
            o.add(editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"));
            o.add(editConfigurationFilePut(cfg, "url", System.getProperty("it.jdbc.url")));
            o.add(editConfigurationFilePut(cfg, "user", System.getProperty("it.jdbc.user")));
            o.add(editConfigurationFilePut(cfg, "password", System.getProperty("it.jdbc.password")));
            // the whole file, as README tells a site to write it (a plain Karaf has none to start from)
            o.add(editConfigurationFilePut(cfg, "dataSourceName", "mission"));
            o.add(editConfigurationFilePut(cfg, "osgi.jndi.service.name", "mission"));
            o.add(editConfigurationFilePut(cfg, "pool", "dbcp2"));
            o.add(editConfigurationFilePut(cfg, "xa", "false"));
            // migrations as the tables' owner; the platform itself signs in as a role that cannot rewrite audit
            String owner = "etc/org.ops4j.datasource-mission-owner.cfg";
            o.add(editConfigurationFilePut(owner, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"));
            o.add(editConfigurationFilePut(owner, "url", System.getProperty("it.jdbc.url")));
            o.add(editConfigurationFilePut(owner, "user", System.getProperty("it.jdbc.owner.user")));
            o.add(editConfigurationFilePut(owner, "password", System.getProperty("it.jdbc.owner.password")));
            o.add(editConfigurationFilePut(owner, "dataSourceName", "mission-owner"));
            o.add(editConfigurationFilePut(owner, "osgi.jndi.service.name", "mission-owner"));
            o.add(editConfigurationFilePut(owner, "pool", "dbcp2"));
            o.add(editConfigurationFilePut(owner, "xa", "false"));
            o.add(editConfigurationFilePut("etc/org.missioncj.core.database.cfg", "migrationDataSource.target",
                "(osgi.jndi.service.name=mission-owner)"));
        }
        boolean postgresql = "postgresql".equals(System.getProperty("it.database"));
        if (isMissionDistribution() && (postgresql || !extraBootFeatures().isEmpty())) {
            StringBuilder boot = new StringBuilder("instance,package,log,ssh,system,feature,shell,management,service,jaas,"
                + "diagnostic,wrap,bundle,config,kar,scr," + (postgresql ? "mission-db-postgresql," : "") + "mission");
            extraBootFeatures().forEach(f -> boot.append(',').append(f));
            o.add(editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", boot.toString()));
        }
        o.add(editConfigurationFilePut("etc/system.properties", "mission.it.database",
            System.getProperty("it.database", "derby")));
        return o.toArray(new Option[0]);
    }

    private static volatile boolean apiReady;

    /**
     * Boot is finished when the features are installed; the modules' REST resources arrive a
     * moment later. Tests start once core announces that every installed module's resources are
     * published ({@code ApiReadiness} with {@code mission.rest.ready=true}): a wait on that service,
     * never a sleep.
     */
    @org.junit.Before
    public void awaitApi() throws Exception {
        if (apiReady) {
            return;
        }
        org.osgi.util.tracker.ServiceTracker<Object, Object> ready = new org.osgi.util.tracker.ServiceTracker<>(bundleContext,
            bundleContext.createFilter("(&(objectClass=org.missioncj.core.api.rest.ApiReadiness)(mission.rest.ready=true))"),
            null);
        ready.open();
        try {
            if (ready.waitForService(TimeUnit.SECONDS.toMillis(60)) == null) {
                throw new AssertionError("The API did not publish every module's resources within 60 s: "
                    + get(ADMIN, "/health"));
            }
        } finally {
            ready.close();
        }
        apiReady = true;
    }

    /** Features of the distribution that this class boots as well, such as a reference adapter. */
    protected List<String> extraBootFeatures() {
        return List.of();
    }

    /** The Karaf to boot: the project's distribution, unless a test class installs into another. */
    protected Option distribution() {
        return karafDistributionConfiguration()
            .frameworkUrl(maven("org.missioncj", "mission-karaf").type("zip").version(System.getProperty("mission.version")))
            .name("MISSION-CJ").unpackDirectory(new File("target/exam")).useDeployFolder(false);
    }

    protected boolean isMissionDistribution() {
        return true;
    }

    @ProbeBuilder
    public TestProbeBuilder probe(TestProbeBuilder probe) {
        probe.setHeader(Constants.DYNAMICIMPORT_PACKAGE, "*");
        return probe;
    }

    /** The password of every test sign-in for this run (made in the test JVM, read in Karaf). */
    static String password() {
        String p = System.getProperty(PASSWORD_PROPERTY);
        if (p == null) {
            byte[] b = new byte[18];
            new SecureRandom().nextBytes(b);
            p = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            System.setProperty(PASSWORD_PROPERTY, p);
        }
        return p;
    }

    /** The audit chain's key file of this run, outside every Karaf home. */
    static String auditKeyFile() {
        return new File(System.getProperty("it.audit.keys", "target/it-audit/mission-audit.keys")).getAbsolutePath();
    }

    /** A short id of this run (made in the test JVM, read in Karaf). */
    static String runId() {
        String r = System.getProperty(RUN_PROPERTY);
        if (r == null) {
            r = Long.toString(System.nanoTime() % 1_000_000_000L, 36) + Integer.toString(new SecureRandom().nextInt(1296), 36);
            System.setProperty(RUN_PROPERTY, r);
        }
        return r;
    }

    /**
     * A users.properties password as bin/mission-add-user writes it for the "mission" encryption:
     * salted PBKDF2-HMAC-SHA256 (with few iterations: the tests sign in often).
     */
    static String bootstrapHash(String password) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        javax.crypto.spec.PBEKeySpec spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 10_000, 256);
        byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$10000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    // ---- HTTP, from inside the container -------------------------------------------------------

    protected String baseUrl() throws IOException {
        Object port = configurationAdmin.getConfiguration("org.ops4j.pax.web", null).getProperties()
            .get("org.osgi.service.http.port");
        return "http://localhost:" + port + "/mission/api/v1";
    }

    protected String databaseKind() {
        return System.getProperty("mission.it.database", "derby");
    }

    /** A response: status, headers and the body parsed as JSON when it is JSON. */
    protected static final class Reply {
        final int status;
        final HttpResponse<String> raw;
        final JsonNode json;

        Reply(HttpResponse<String> raw) throws IOException {
            this.raw = raw;
            this.status = raw.statusCode();
            String type = raw.headers().firstValue("Content-Type").orElse("");
            this.json = type.contains("json") && !raw.body().isEmpty() ? JSON.readTree(raw.body()) : null;
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String problemType() {
            return json == null || json.get("type") == null ? null : json.get("type").asText().replace("https://missioncj.org/problems/", "");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    protected Reply call(String user, String method, String path, Object body, Map<String, String> headers) throws Exception {
        return callAs(user, password(), method, path, body, headers);
    }

    /** A call signed in with the given password (the run's test sign-ins all share {@link #password()}). */
    protected Reply callAs(String user, String password, String method, String path, Object body,
            Map<String, String> headers) throws Exception {
        return callAt(baseUrl(), user, password, method, path, body, headers);
    }

    /** A call to the API at another base address (e.g. this host's network address instead of localhost). */
    protected Reply callAt(String base, String user, String password, String method, String path, Object body,
            Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            b.header("Authorization", "Basic " + token);
        }
        for (Map.Entry<String, String> h : headers.entrySet()) {
            b.header(h.getKey(), h.getValue());
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String ? (String) body : JSON.writeValueAsString(body);
            if (headers.keySet().stream().noneMatch(k -> k.equalsIgnoreCase("Content-Type"))) {
                b.header("Content-Type", "application/json");
            }
            b.method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        return new Reply(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A binary answer read as text, for {@link Reply} (a file upload's JSON answer). */
    static final class TextResponse implements HttpResponse<String> {
        private final HttpResponse<byte[]> raw;

        TextResponse(HttpResponse<byte[]> raw) {
            this.raw = raw;
        }

        @Override
        public int statusCode() {
            return raw.statusCode();
        }

        @Override
        public HttpRequest request() {
            return raw.request();
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return raw.headers();
        }

        @Override
        public String body() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return raw.sslSession();
        }

        @Override
        public URI uri() {
            return raw.uri();
        }

        @Override
        public java.net.http.HttpClient.Version version() {
            return raw.version();
        }
    }

    /** A call with a binary body (a file upload) or none, whose answer is read as bytes (a file download). */
    protected HttpResponse<byte[]> callBinary(String user, String method, String path, byte[] body, String contentType)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(120));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password()).getBytes(StandardCharsets.UTF_8));
            b.header("Authorization", "Basic " + token);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType);
            b.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Asks for a court progress report, as {@code user}, for the participant and period, for the recipient. */
    protected Reply courtReport(String user, String participantId, java.time.LocalDate from, java.time.LocalDate to,
            String recipient) throws Exception {
        Map<String, Object> ask = new java.util.HashMap<>();
        ask.put("participantId", participantId);
        ask.put("from", from.toString());
        ask.put("to", to.toString());
        ask.put("recipientName", recipient);
        return post(user, "/court-reports", ask);
    }

    protected Reply get(String user, String path) throws Exception {
        return call(user, "GET", path, null, Map.of());
    }

    protected Reply post(String user, String path, Object body) throws Exception {
        return call(user, "POST", path, body, Map.of());
    }

    protected Reply put(String user, String path, String etag, Object body) throws Exception {
        return call(user, "PUT", path, body, etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    // ---- events ---------------------------------------------------------------------------------

    private final List<org.osgi.framework.ServiceRegistration<?>> listening = new ArrayList<>();

    /**
     * The Event Admin events of the topics (wildcards allowed) posted from now until this test ends: a handler
     * of this test, unregistered after it. Wait on the queue ({@code poll} with a timeout), never sleep.
     */
    protected java.util.concurrent.BlockingQueue<org.osgi.service.event.Event> events(String... topics) {
        java.util.concurrent.BlockingQueue<org.osgi.service.event.Event> queue =
            new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put(org.osgi.service.event.EventConstants.EVENT_TOPIC, topics);
        listening.add(bundleContext.registerService(org.osgi.service.event.EventHandler.class, queue::add, props));
        return queue;
    }

    /**
     * Delivers the registry's event of an enrollment again, synchronously, to every module's copy: the first delivery
     * is asynchronous, so a team list read at once may not have the change yet (a write catches its copy up, a list
     * cannot). Copying is idempotent, so what follows reads after every copy has the enrollment as the registry has it.
     */
    protected void deliveredToCopies(String enrollmentId) {
        org.osgi.framework.ServiceReference<org.osgi.service.event.EventAdmin> ref =
            bundleContext.getServiceReference(org.osgi.service.event.EventAdmin.class);
        bundleContext.getService(ref).sendEvent(new org.osgi.service.event.Event(
            "org/missioncj/registry/ENROLLMENT_STATUS_CHANGED", Map.of("enrollmentId", enrollmentId)));
        bundleContext.ungetService(ref);
    }

    @org.junit.After
    public void stopListening() {
        for (org.osgi.framework.ServiceRegistration<?> r : listening) {
            r.unregister();
        }
        listening.clear();
    }

    // ---- registry records, created through the API as an admin and a case manager ---------------

    protected String createStaff(String role, String username, String site) throws Exception {
        Map<String, Object> s = new java.util.HashMap<>();
        s.put("givenName", "Test");
        s.put("familyName", role + "-" + java.util.UUID.randomUUID().toString().substring(0, 6));
        s.put("role", role);
        s.put("site", site);
        s.put("username", username);
        Reply r = post(ADMIN, "/staff", s);
        if (r.status != 201) {
            throw new AssertionError("creating staff: " + r);
        }
        return r.json.get("id").asText();
    }

    protected JsonNode createTeam(String site, String caseManagerId, String peerSpecialistId, Integer limit)
            throws Exception {
        Map<String, Object> t = new java.util.HashMap<>();
        t.put("name", "Team " + java.util.UUID.randomUUID().toString().substring(0, 6));
        t.put("site", site);
        t.put("caseManagerId", caseManagerId);
        t.put("peerSpecialistId", peerSpecialistId);
        t.put("caseloadLimit", limit);
        Reply r = post(ADMIN, "/teams", t);
        if (r.status != 201) {
            throw new AssertionError("creating a team: " + r);
        }
        return r.json;
    }

    protected Reply createParticipant(String given, String family, String dob, String booking) throws Exception {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("givenName", given);
        p.put("familyName", family);
        p.put("dateOfBirth", dob);
        p.put("preferredLanguage", "es-MX");
        if (booking != null) {
            p.put("identifiers", List.of(Map.of("system", "jail-booking", "value", booking)));
        }
        return post(CM, "/participants", p);
    }

    protected Reply enroll(String participantId, String teamId, String status, java.time.LocalDate start)
            throws Exception {
        return enroll(CM, participantId, teamId, status, start, 6);
    }

    protected Reply enroll(String user, String participantId, String teamId, String status, java.time.LocalDate start,
            int months) throws Exception {
        Map<String, Object> e = new java.util.HashMap<>();
        e.put("participantId", participantId);
        e.put("teamId", teamId);
        e.put("programMonths", months);
        e.put("startSetting", "JAIL");
        e.put("referralSource", "COURT");
        e.put("startDate", start.toString());
        e.put("status", status);
        return post(user, "/enrollments", e);
    }

    /**
     * A signed §2.35 criminal-justice consent to a court (synthetic), valid for six months: the body of
     * {@code POST /consents}.
     */
    public static Map<String, Object> courtConsent(String participantId, String court, List<String> categories) {
        Map<String, Object> c = new java.util.HashMap<>();
        c.put("participantId", participantId);
        c.put("kind", "CRIMINAL_JUSTICE");
        c.put("disclosingProgram", "MISSION-CJ");
        c.put("categories", categories);
        c.put("recipientClass", "COURT");
        c.put("recipientName", court);
        c.put("purpose", "CRIMINAL_JUSTICE_MONITORING");
        c.put("expiresOn", java.time.LocalDate.now().plusMonths(6).toString());
        c.put("signedOn", java.time.LocalDate.now().minusDays(7).toString());
        c.put("signedBy", "Synthetic Participant");
        c.put("signatureMethod", "WRITTEN");
        c.put("signerAuthority", "PARTICIPANT");
        c.put("informationDescription", "Enrollment status and case management contacts");
        c.put("revocationRightExplained", true);
        c.put("redisclosureStatementIncluded", true);
        c.put("conditioningStatementIncluded", true);
        return c;
    }

    /** The options of {@link #config()} plus test sign-ins of one class: {@code {user name, roles}} pairs. */
    protected Option[] withUsers(Option[] options, String[]... users) throws Exception {
        List<Option> o = new ArrayList<>(List.of(options));
        String hash = bootstrapHash(password());
        for (String[] u : users) {
            o.add(editConfigurationFilePut("etc/users.properties", u[0], "{CRYPT}" + hash + "{CRYPT}," + u[1]));
        }
        return o.toArray(new Option[0]);
    }
}
