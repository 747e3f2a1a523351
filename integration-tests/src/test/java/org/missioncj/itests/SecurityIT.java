package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The security review's findings, from outside: a user name with trailing spaces or other case is no
 * second identity; credentials only over TLS (or from this machine), and proxies only believed when
 * trusted; a client that keeps failing is slowed down; headers; a huge id is refused and audited.
 * This Karaf listens on every address and trusts 127.0.0.1 as a proxy, unlike the others.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityIT extends MissionTestSupport {
    private static final String ADMIN_TWO = "admin.two." + RUN;

    @Override
    @Configuration
    public Option[] config() throws Exception {
        List<Option> o = new ArrayList<>(List.of(super.config()));
        o.add(editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.listening.addresses", "0.0.0.0"));
        o.add(editConfigurationFilePut("etc/org.missioncj.core.rest.cfg", "trustedProxies", "127.0.0.1"));
        o.add(editConfigurationFilePut("etc/org.missioncj.core.signin.cfg", "clientMaxFailures", "3"));
        return o.toArray(new Option[0]);
    }

    private Reply as(String user, String password, String method, String path, Map<String, String> headers)
            throws Exception {
        return callAs(user, password, method, path, method.equals("GET") ? null : Map.of(), headers);
    }

    private static int clients;

    /**
     * As a client of its own behind the trusted proxy: the sign-ins this test fails on purpose must not
     * slow down the others' (this Karaf backs off after three failures of one address).
     */
    private Reply fresh(String user, String password, String method, String path) throws Exception {
        int n = ++clients;
        return as(user, password, method, path, Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For",
            "192.0.2." + (n % 250 + 1)));
    }

    private void account(String username, String... roles) throws Exception {
        Map<String, Object> a = new HashMap<>();
        a.put("username", username);
        a.put("displayName", "Synthetic admin");
        a.put("roles", List.of(roles));
        a.put("password", password());
        Reply r = post(ADMIN, "/accounts", a);
        assertEquals(r.toString(), 201, r.status);
    }

    @Test
    public void aNameWithTrailingSpacesOrOtherCaseIsNoAliasOfADemotedDisabledOrResetAccount() throws Exception {
        account(ADMIN_TWO, "PROGRAM_ADMIN");
        List<String> aliases = List.of(ADMIN_TWO + "  ", ADMIN_TWO.toUpperCase(), " " + ADMIN_TWO, ADMIN_TWO + "\t");
        assertEquals(200, fresh(ADMIN_TWO, password(), "GET", "/accounts").status);
        for (String alias : aliases) {
            Reply r = fresh(alias, password(), "GET", "/accounts");
            assertEquals("'" + alias + "' -> " + r, 401, r.status);
        }
        // demoted: the name keeps only its new role; no alias keeps the old one
        Reply demoted = put(ADMIN, "/accounts/" + ADMIN_TWO, "\"1\"", Map.of("displayName", "Synthetic admin", "roles",
            List.of("CASE_MANAGER")));
        assertEquals(demoted.toString(), 200, demoted.status);
        assertEquals(403, fresh(ADMIN_TWO, password(), "GET", "/accounts").status);
        for (String alias : aliases) {
            assertEquals(alias, 401, fresh(alias, password(), "GET", "/accounts").status);
        }
        Map<String, Object> newAdmin = new HashMap<>();
        newAdmin.put("username", "made.by.alias." + RUN);
        newAdmin.put("displayName", "Should not exist");
        newAdmin.put("roles", List.of("PROGRAM_ADMIN"));
        newAdmin.put("password", "violet lantern orchard 7");
        assertEquals(401, callAs(ADMIN_TWO + "  ", password(), "POST", "/accounts", newAdmin, Map.of("X-Forwarded-Proto",
            "https", "X-Forwarded-For", "192.0.2.251")).status);
        assertEquals(404, get(ADMIN, "/accounts/made.by.alias." + RUN).status);
        // a password reset: the old password is gone for the name and every alias at once
        Reply reset = post(ADMIN, "/accounts/" + ADMIN_TWO + "/password", Map.of("password", "copper meadow lantern 42"));
        assertEquals(reset.toString(), 200, reset.status);
        assertEquals(401, fresh(ADMIN_TWO, password(), "GET", "/me").status);
        assertEquals(401, fresh(ADMIN_TWO + " ", "copper meadow lantern 42", "GET", "/me").status);
        assertEquals(200, fresh(ADMIN_TWO, "copper meadow lantern 42", "GET", "/me").status);
        // disabled: out at once, aliases too
        assertEquals(200, post(ADMIN, "/accounts/" + ADMIN_TWO + "/disable", Map.of("reason", "left the program")).status);
        assertEquals(401, fresh(ADMIN_TWO, "copper meadow lantern 42", "GET", "/me").status);
        assertEquals(401, fresh(ADMIN_TWO.toUpperCase(), "copper meadow lantern 42", "GET", "/me").status);
        // the audit trail names what was sent as no account
        Reply trail = get(PRIVACY, "/audit?action=LOGIN&outcome=DENIED&size=200");
        assertTrue(trail.raw.body().contains("invalid:" + ADMIN_TWO));
        assertFalse(trail.raw.body().contains("\"actor\":\"" + ADMIN_TWO + "  \""));
    }

    @Test
    public void credentialsOverPlainHttpFromAnotherMachineAreRefusedAndProxiesAreBelievedOnlyWhenTrusted()
            throws Exception {
        String outside = "http://" + hostAddress() + ":" + port() + "/mission/api/v1";
        Reply health = callAt(outside, null, null, "GET", "/health", null, Map.of());
        assertEquals(health.toString(), 200, health.status);
        Reply plain = callAt(outside, CM, password(), "GET", "/participants", null, Map.of());
        assertEquals(plain.toString(), 403, plain.status);
        assertEquals("insecure-transport", plain.problemType());
        // a proxy that is not trusted cannot claim TLS for the client
        Reply claimed = callAt(outside, CM, password(), "GET", "/participants", null, Map.of("X-Forwarded-Proto", "https"));
        assertEquals(403, claimed.status);
        // the trusted proxy (127.0.0.1 here) terminates TLS: allowed, with HSTS, and the client's address is audited
        Reply proxied = call(CM, "GET", "/participants", null, Map.of("X-Forwarded-Proto", "https",
            "X-Forwarded-For", "198.51.100.23"));
        assertEquals(proxied.toString(), 200, proxied.status);
        assertNotNull(proxied.header("Strict-Transport-Security"));
        // and when it says the client used plain HTTP, the credentials are refused
        assertEquals(403, call(CM, "GET", "/participants", null, Map.of("X-Forwarded-Proto", "http",
            "X-Forwarded-For", "198.51.100.24")).status);
        Reply trail = get(PRIVACY, "/audit?actor=" + CM + "&size=200");
        assertTrue(trail.raw.body(), trail.raw.body().contains("\"clientAddress\":\"198.51.100.23\""));
        // from this machine itself plain HTTP is fine, and no HSTS is sent over it
        Reply local = get(CM, "/participants");
        assertEquals(200, local.status);
        assertNull(local.header("Strict-Transport-Security"));
    }

    @Test
    public void aClientThatKeepsFailingIsSlowedDownWhateverNamesItTries() throws Exception {
        Map<String, String> from = Map.of("X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto", "https");
        for (int i = 0; i < 3; i++) {
            assertEquals(401, as("nobody" + i + "." + RUN, "wrong password here", "GET", "/me", from).status);
        }
        Reply blocked = as("nobody9." + RUN, "wrong password here", "GET", "/me", from);
        assertEquals(blocked.toString(), 401, blocked.status);
        Reply slowed = as(CM, password(), "GET", "/me", from);
        assertEquals(slowed.toString(), 429, slowed.status);
        assertEquals("too-many-requests", slowed.problemType());
        assertNotNull(slowed.header("Retry-After"));
        // another client is not slowed down
        assertEquals(200, as(CM, password(), "GET", "/me", Map.of("X-Forwarded-For", "203.0.113.10",
            "X-Forwarded-Proto", "https")).status);
    }

    /**
     * The attack's finding: guesses sent in parallel all reached the realm before the first was counted, so 12 at once
     * gave 12 guesses instead of 5, and a right password sent among them lifted the lock they had earned.
     */
    @Test
    public void guessesSentInParallelMeetTheLockAndTheBackOffTheirPredecessorsEarned() throws Exception {
        String victim = "it.parallel." + RUN;
        account(victim, "CASE_MANAGER");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        List<java.util.concurrent.Future<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String from = "198.18.0." + (i + 1); // one address each: this is the name's lock, not the client's back-off
            guesses.add(pool.submit(() -> as(victim, "a wrong guess " + from, "GET", "/me",
                Map.of("X-Forwarded-For", from, "X-Forwarded-Proto", "https")).status));
        }
        for (java.util.concurrent.Future<Integer> g : guesses) {
            assertEquals(Integer.valueOf(401), g.get());
        }
        Reply right = as(victim, password(), "GET", "/me", Map.of("X-Forwarded-For", "198.18.0.99", "X-Forwarded-Proto",
            "https"));
        assertEquals("locked after five, whatever came at the same moment", 401, right.status);
        String trail = get(PRIVACY, "/audit?actor=" + victim + "&size=100").raw.body();
        assertEquals(trail, 4, count(trail, "refused by the realm"));
        assertEquals(trail, 1, count(trail, "\"ACCOUNT_LOCKED\""));

        // one client, eight wrong guesses at once, three allowed: the fourth blocks it, the rest are not tried
        List<java.util.concurrent.Future<Integer>> burst = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = "sprayed" + i + "." + RUN;
            burst.add(pool.submit(() -> as(name, "a wrong guess", "GET", "/me",
                Map.of("X-Forwarded-For", "198.18.1.1", "X-Forwarded-Proto", "https")).status));
        }
        int tried = 0;
        int slowed = 0;
        for (java.util.concurrent.Future<Integer> g : burst) {
            int status = g.get();
            tried += status == 401 ? 1 : 0;
            slowed += status == 429 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(8, tried + slowed);
        assertTrue("tried " + tried + " of 8", tried <= 5 && slowed >= 3);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    public void participantDataIsNeverCachedOrSniffed() throws Exception {
        Reply p = createParticipant("Header", "Check", "1990-03-03", null);
        Reply read = get(CM, "/participants/" + p.json.get("id").asText());
        assertEquals("no-store", read.header("Cache-Control"));
        assertEquals("nosniff", read.header("X-Content-Type-Options"));
        assertEquals("nosniff", get(CM, "/participants/none").header("X-Content-Type-Options"));
        assertNotNull(get(null, "/openapi.json").header("Cache-Control"));
    }

    @Test
    public void aHugeIdIsRefusedAndTheRefusalIsAudited() throws Exception {
        String huge = "x".repeat(5000);
        Reply r = get(CM, "/participants/" + huge);
        assertEquals(r.toString(), 403, r.status);
        assertFalse(r.raw.body().contains(huge));
        assertFalse(r.raw.body(), r.raw.body().contains("Exception"));
        assertEquals(404, get(ADMIN, "/participants/" + huge).status);
        Reply trail = get(PRIVACY, "/audit?actor=" + CM + "&outcome=DENIED&size=200");
        assertTrue(trail.raw.body(), trail.raw.body().contains("\"participantId\":\"" + "x".repeat(64) + "\""));
    }

    private int port() throws Exception {
        return Integer.parseInt(String.valueOf(configurationAdmin.getConfiguration("org.ops4j.pax.web", null)
            .getProperties().get("org.osgi.service.http.port")));
    }

    /** An IPv4 address of this host that is not loopback. */
    private static String hostAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return a.getHostAddress();
                }
            }
        }
        throw new AssertionError("this host has no non-loopback IPv4 address to test from");
    }
}
