package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** Health, authentication, the shared error handling and the security defaults of the distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends MissionTestSupport {
    @Test
    public void healthAnswersWithoutSignInButShowsItsDetailsOnlyToAnAdmin() throws Exception {
        Reply anonymous = get(null, "/health");
        assertEquals(anonymous.toString(), 200, anonymous.status);
        assertEquals("UP", anonymous.json.get("status").asText());
        assertFalse("no versions for whoever asks", anonymous.json.has("database") || anonymous.json.has("modules"));
        Reply r = get(ADMIN, "/health");
        assertEquals(databaseKind(), r.json.get("database").get("kind").asText());
        assertTrue(r.json.get("database").get("reachable").asBoolean());
        List<String> modules = new ArrayList<>();
        r.json.get("modules").forEach(m -> modules.add(m.get("name").asText()));
        assertTrue(modules.toString(), modules.containsAll(List.of("core", "registry")));
        assertFalse(get(CM, "/health").json.has("modules"));
    }

    @Test
    public void protectedResourcesNeedASignIn() throws Exception {
        Reply anonymous = get(null, "/participants");
        assertEquals(401, anonymous.status);
        assertEquals("application/problem+json", anonymous.header("Content-Type"));
        assertEquals("unauthenticated", anonymous.problemType());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));

        Reply wrong = call(null, "GET", "/participants", null, Map.of("Authorization",
            "Basic " + java.util.Base64.getEncoder().encodeToString((CM + ":not-the-password").getBytes())));
        assertEquals(401, wrong.status);
        Reply trail = get(PRIVACY, "/audit?actor=" + CM + "&action=LOGIN&outcome=DENIED");
        assertEquals(trail.toString(), 200, trail.status);
        assertTrue(trail.toString(), trail.json.get("totalItems").asLong() >= 1);
    }

    @Test
    public void fiveFailedSignInsLockTheAccount() throws Exception {
        assertEquals(200, get(LOCKED, "/participants").status);
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString((LOCKED + ":guess").getBytes());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, call(null, "GET", "/participants", null, Map.of("Authorization", wrong)).status);
        }
        // the right password no longer helps, and the answer does not tell a guesser why
        Reply locked = call(null, "GET", "/staff", null, Map.of("Authorization", "Basic "
            + java.util.Base64.getEncoder().encodeToString((LOCKED + ":" + password()).getBytes())));
        assertEquals(401, locked.status);
        assertTrue(locked.json.get("detail").asText().contains("wrong, or the account is locked"));
        Reply trail = get(PRIVACY, "/audit?actor=" + LOCKED + "&action=ACCOUNT_LOCKED");
        assertEquals(1, trail.json.get("totalItems").asInt());
    }

    @Test
    public void rolesWithoutClinicalAccessAreRefused() throws Exception {
        assertEquals(403, get(LIAISON, "/participants").status);
        assertEquals(403, get(INTEGRATION, "/participants").status);
        Reply forbidden = get(CM, "/audit");
        assertEquals(403, forbidden.status);
        assertEquals("forbidden", forbidden.problemType());
        Map<String, Object> staff = Map.of("givenName", "No", "familyName", "Access", "role", "CASE_MANAGER", "site", "X");
        assertEquals(403, post(CM, "/staff", staff).status);
    }

    @Test
    public void badRequestsGetProblemDocumentsNeverStackTraces() throws Exception {
        Reply unknownPath = get(CM, "/no-such-thing");
        assertEquals(404, unknownPath.status);
        assertEquals("no-such-resource", unknownPath.problemType());

        Reply wrongMethod = call(CM, "DELETE", "/participants", null, Map.of());
        assertEquals(405, wrongMethod.status);

        Reply wrongType = call(CM, "POST", "/participants", "hello", Map.of("Content-Type", "text/plain"));
        assertEquals(415, wrongType.status);
        assertEquals("unsupported-media-type", wrongType.problemType());

        Reply notJson = post(CM, "/participants", "{\"givenName\": ");
        assertEquals(400, notJson.status);
        assertEquals("$", notJson.json.get("errors").get(0).get("field").asText());

        Reply badPage = get(CM, "/participants?size=5000");
        assertEquals(400, badPage.status);
        assertEquals("size", badPage.json.get("errors").get(0).get("field").asText());

        StringBuilder big = new StringBuilder("{\"givenName\":\"");
        while (big.length() < 1_100_000) {
            big.append("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        }
        big.append("\"}");
        Reply tooLarge = post(CM, "/participants", big.toString());
        assertEquals(413, tooLarge.status);
        assertEquals("payload-too-large", tooLarge.problemType());

        for (Reply r : List.of(unknownPath, wrongMethod, wrongType, notJson, badPage, tooLarge)) {
            assertFalse(r.raw.body(), r.raw.body().contains("Exception"));
            assertFalse(r.raw.body(), r.raw.body().contains("\tat "));
        }
    }

    @Test
    public void securityDefaultsAreHardened() throws Exception {
        java.util.Dictionary<String, Object> shell = configurationAdmin.getConfiguration("org.apache.karaf.shell", null)
            .getProperties();
        assertEquals("127.0.0.1", shell.get("sshHost"));
        // the console acts as a program admin and can call any service: only Karaf admins may open it over SSH
        assertEquals("admin", shell.get("sshRole"));
        // and the console really listens on loopback only: reachable there, refused on this host's other addresses
        int sshPort = Integer.parseInt(String.valueOf(shell.get("sshPort")));
        try (java.net.Socket loopback = new java.net.Socket("127.0.0.1", sshPort)) {
            assertTrue(loopback.isConnected());
        }
        for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (java.net.InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
                if (address.isLoopbackAddress() || address.isLinkLocalAddress()) {
                    continue;
                }
                try (java.net.Socket outside = new java.net.Socket()) {
                    outside.connect(new java.net.InetSocketAddress(address, sshPort), 2000);
                    throw new AssertionError("The SSH console answers on " + address + ":" + sshPort);
                } catch (java.io.IOException refused) {
                    // expected: nothing listens there
                }
            }
        }
        JsonNode jaas = JSON.valueToTree(toMap(configurationAdmin.getConfiguration("org.apache.karaf.jaas", null)
            .getProperties()));
        assertEquals("true", jaas.get("encryption.enabled").asText());
        assertEquals("salted PBKDF2 of the mission bundle, not Karaf's unsalted digest", "mission",
            jaas.get("encryption.name").asText());
        // CXF's service listing is hidden
        java.net.http.HttpResponse<String> listing = java.net.http.HttpClient.newHttpClient().send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl().replace("/api/v1", "/services"))).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
        assertFalse(listing.body(), listing.body().contains("Available RESTful services"));
        // only the sign-ins this test added exist: the distribution ships none
        java.util.Properties users = new java.util.Properties();
        try (java.io.InputStream in = new java.io.FileInputStream(System.getProperty("karaf.etc") + "/users.properties")) {
            users.load(in);
        }
        for (String name : users.stringPropertyNames()) {
            assertTrue(name, name.startsWith("it."));
            assertTrue("password stored hashed", users.getProperty(name).startsWith("{CRYPT}"));
        }
        assertNotNull(users.getProperty(CM));
    }

    @Test
    public void theAuditChainReportsATamperedRecord() throws Exception {
        get(CM, "/participants?name=anyone"); // sealed by the verification (these tests seal without grace)
        Reply clean = get(PRIVACY, "/audit/verify");
        assertEquals(clean.toString(), 200, clean.status);
        assertTrue(clean.toString(), clean.json.get("intact").asBoolean());
        assertTrue(clean.json.get("checked").asLong() >= 1);
        assertTrue(clean.toString(), clean.json.get("witness").asText().contains("heads match"));
        assertEquals(403, get(CM, "/audit/verify").status);

        javax.sql.DataSource app = dataSource("mission");
        // on PostgreSQL the platform's role cannot change audit records: only the tables' owner can
        boolean postgres = "postgresql".equals(databaseKind());
        javax.sql.DataSource ds = postgres ? dataSource("mission-owner") : app;
        if (postgres) {
            for (String sql : new String[] {"UPDATE core_audit SET detail = 'x' WHERE id = (SELECT MAX(id) FROM core_audit)",
                "DELETE FROM core_audit WHERE id = (SELECT MIN(id) FROM core_audit)", "DELETE FROM core_audit_block",
                "TRUNCATE core_audit"}) {
                try (java.sql.Connection c = app.getConnection(); java.sql.Statement st = c.createStatement()) {
                    st.executeUpdate(sql);
                    throw new AssertionError("the application role could run: " + sql);
                } catch (java.sql.SQLException refused) {
                    assertTrue(refused.getMessage(), refused.getMessage().contains("append-only")
                        || refused.getMessage().contains("permission denied"));
                }
            }
            try (java.sql.Connection c = app.getConnection(); java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT mission_audit_purge(LOCALTIMESTAMP)")) {
                assertTrue(rs.next());
                assertEquals("retention never removes records younger than its period", 0, rs.getInt(1));
            }
        }
        long id;
        String detail;
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery("SELECT id, detail FROM core_audit WHERE id = "
                + "(SELECT MAX(last_id) FROM core_audit_block)")) {
                assertTrue(rs.next());
                id = rs.getLong(1);
                detail = rs.getString(2);
            }
            st.executeUpdate("UPDATE core_audit SET detail = 'edited by hand' WHERE id = " + id);
        }
        try {
            Reply tampered = get(PRIVACY, "/audit/verify");
            assertEquals(200, tampered.status);
            assertFalse(tampered.toString(), tampered.json.get("intact").asBoolean());
            assertEquals(id, tampered.json.get("brokenRecordId").asLong());
            assertTrue(tampered.json.get("reason").asText().contains("changed after it was sealed"));
        } finally {
            try (java.sql.Connection c = ds.getConnection();
                java.sql.PreparedStatement ps = c.prepareStatement("UPDATE core_audit SET detail = ? WHERE id = ?")) {
                ps.setString(1, detail);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        }
        assertTrue(get(PRIVACY, "/audit/verify").json.get("intact").asBoolean());

        // removing or rebuilding blocks behind the server's back, which the witness finds, is in AuditBlocksTest:
        // here it would leave the chain broken for the classes that share this PostgreSQL database
    }

    /**
     * Eight clients at once, each on its own connection: creates (a write and its audit record in one transaction),
     * reads by id and list searches (their records through the group commit), while a ninth verifies the chain, which
     * seals what was committed. Every request is answered (never 500), every read has its record, and the chain holds.
     */
    @Test
    public void concurrentWritersAndReadersAreAllAnsweredAuditedAndTheChainHolds() throws Exception {
        int clients = 8;
        int rounds = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients + 1);
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> created = java.util.Collections.synchronizedList(new ArrayList<>());
        List<java.util.concurrent.Future<?>> work = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int client = t;
            work.add(pool.submit(() -> {
                for (int i = 0; i < rounds; i++) {
                    try {
                        Reply c = createParticipant("Load" + client, "Round" + i, "1980-02-0" + (1 + client % 9), null);
                        if (c.status != 201) {
                            failures.add("create: " + c);
                            continue;
                        }
                        String id = c.json.get("id").asText();
                        created.add(id);
                        Reply r = get(CM, "/participants/" + id);
                        if (r.status != 200) {
                            failures.add("read: " + r);
                        }
                        Reply l = get(CM, "/participants?name=Round" + i + "&page=0&size=5");
                        if (l.status != 200) {
                            failures.add("list: " + l);
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
                return null;
            }));
        }
        java.util.concurrent.Future<List<String>> verifier = pool.submit(() -> {
            List<String> broken = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Reply v = get(PRIVACY, "/audit/verify");
                if (!v.json.get("intact").asBoolean()) {
                    broken.add(v.raw.body());
                }
            }
            return broken;
        });
        for (java.util.concurrent.Future<?> f : work) {
            f.get(5, java.util.concurrent.TimeUnit.MINUTES);
        }
        List<String> duringLoad = verifier.get(5, java.util.concurrent.TimeUnit.MINUTES);
        pool.shutdown();
        assertTrue(failures.toString(), failures.isEmpty());
        assertEquals(clients * rounds, created.size());
        assertTrue("the chain verified while it was written: " + duringLoad, duringLoad.isEmpty());
        for (String id : created) {
            Reply trail = get(PRIVACY, "/audit?participantId=" + id + "&action=READ&actor=" + CM);
            // its own read, and the lists (and duplicate warnings) that showed it
            assertTrue(trail.toString(), trail.json.get("totalItems").asLong() >= 1);
        }
        Reply after = get(PRIVACY, "/audit/verify");
        assertTrue(after.toString(), after.json.get("intact").asBoolean());
    }

    private javax.sql.DataSource dataSource(String name) throws Exception {
        return bundleContext.getService(bundleContext.getServiceReferences(javax.sql.DataSource.class,
            "(osgi.jndi.service.name=" + name + ")").iterator().next());
    }

    private static Map<String, Object> toMap(java.util.Dictionary<String, Object> d) {
        Map<String, Object> m = new java.util.HashMap<>();
        for (java.util.Enumeration<String> e = d.keys(); e.hasMoreElements();) {
            String k = e.nextElement();
            m.put(k, d.get(k));
        }
        return m;
    }
}
