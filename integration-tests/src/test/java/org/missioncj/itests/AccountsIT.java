package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Staff accounts in the database: a program admin (the bootstrap admin of etc/users.properties)
 * creates them, they sign in through the "mission" realm with their roles, and every change
 * takes effect on the next request and lands in the audit trail without password material.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccountsIT extends MissionTestSupport {
    /** Synthetic passwords of this run, never a real one. */
    private static String secret(String label) {
        return "Synthetic-" + RUN + "-" + label;
    }

    private Reply as(String user, String password, String method, String path, Object body, Map<String, String> headers)
            throws Exception {
        return callAs(user, password, method, path, body, headers);
    }

    private Reply as(String user, String password, String method, String path) throws Exception {
        return as(user, password, method, path, null, Map.of());
    }

    private Reply createAccount(String username, String password, String organization, String... roles) throws Exception {
        Map<String, Object> a = new HashMap<>();
        a.put("username", username);
        a.put("displayName", "Test " + username);
        a.put("roles", List.of(roles));
        a.put("password", password);
        if (organization != null) {
            a.put("organization", organization);
        }
        return post(ADMIN, "/accounts", a);
    }

    private static void assertNoPasswordField(JsonNode node) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            assertTrue("field " + f + " in " + node, !f.toLowerCase().contains("password") || f.equals("passwordChangedAt"));
            assertTrue("field " + f, !f.toLowerCase().contains("hash"));
        }
    }

    @Test
    public void anAdminManagesAStaffAccountFromCreationToPasswordReset() throws Exception {
        String cm = "acct.cm." + RUN;
        String first = secret("first");

        // the bootstrap admin (etc/users.properties) creates a case manager
        Reply created = createAccount(cm, first, null, "CASE_MANAGER");
        assertEquals(created.toString(), 201, created.status);
        assertTrue(created.header("Location").endsWith("/accounts/" + cm));
        assertEquals("\"1\"", created.header("ETag"));
        assertNoPasswordField(created.json);
        assertTrue(created.json.get("enabled").asBoolean());
        assertEquals(ADMIN, created.json.get("createdBy").asText());

        // ... who signs in with the right roles
        Reply me = as(cm, first, "GET", "/me");
        assertEquals(me.toString(), 200, me.status);
        assertEquals(cm, me.json.get("username").asText());
        assertEquals("[\"CASE_MANAGER\"]", me.json.get("roles").toString());
        assertEquals("database", me.json.get("source").asText());
        assertEquals("users.properties", get(ADMIN, "/me").json.get("source").asText());
        assertEquals(401, as(cm, secret("wrong"), "GET", "/me").status);
        assertNotEquals(403, as(cm, first, "GET", "/participants").status);

        // not an admin: no accounts
        Map<String, Object> another = Map.of("username", "acct.x." + RUN, "displayName", "X", "roles",
            List.of("CASE_MANAGER"), "password", secret("x"));
        Reply refused = as(cm, first, "POST", "/accounts", another, Map.of());
        assertEquals(refused.toString(), 403, refused.status);
        assertEquals(403, as(cm, first, "GET", "/accounts").status);
        assertEquals(200, as(cm, first, "GET", "/accounts/" + cm).status);

        // a new role takes effect on the next request: a court liaison sees no participants
        Map<String, Object> liaison = Map.of("displayName", "Test liaison", "roles", List.of("COURT_LIAISON"),
            "organization", "Franklin County Drug Court", "organizationClass", "COURT");
        Reply changed = put(ADMIN, "/accounts/" + cm, "\"1\"", liaison);
        assertEquals(changed.toString(), 200, changed.status);
        assertEquals("\"2\"", changed.header("ETag"));
        assertEquals(403, as(cm, first, "GET", "/participants").status);
        Reply meNow = as(cm, first, "GET", "/me");
        assertEquals("[\"COURT_LIAISON\"]", meNow.json.get("roles").toString());
        assertEquals("Franklin County Drug Court", meNow.json.get("organization").asText());

        // disabled: refused at once, although the sign-in was cached a moment ago
        Reply disabled = post(ADMIN, "/accounts/" + cm + "/disable", Map.of("reason", "left the program (synthetic)"));
        assertEquals(disabled.toString(), 200, disabled.status);
        assertFalse(disabled.json.get("enabled").asBoolean());
        assertEquals(401, as(cm, first, "GET", "/me").status);
        assertEquals(409, post(ADMIN, "/accounts/" + cm + "/disable", Map.of("reason", "again")).status);
        assertEquals(200, post(ADMIN, "/accounts/" + cm + "/enable", Map.of("reason", "came back")).status);
        assertEquals(200, as(cm, first, "GET", "/me").status);

        // the holder changes their own password, giving the current one
        String second = secret("second");
        Reply badCurrent = as(cm, first, "PUT", "/me/password",
            Map.of("currentPassword", secret("nope"), "newPassword", second), Map.of());
        assertEquals(badCurrent.toString(), 400, badCurrent.status);
        assertEquals("currentPassword", badCurrent.json.get("errors").get(0).get("field").asText());
        Reply own = as(cm, first, "PUT", "/me/password", Map.of("currentPassword", first, "newPassword", second),
            Map.of());
        assertEquals(own.toString(), 204, own.status);
        assertEquals(401, as(cm, first, "GET", "/me").status);
        assertEquals(200, as(cm, second, "GET", "/me").status);

        // an admin resets it
        String third = secret("third");
        Reply reset = post(ADMIN, "/accounts/" + cm + "/password", Map.of("password", third));
        assertEquals(reset.toString(), 200, reset.status);
        assertNoPasswordField(reset.json);
        assertEquals(401, as(cm, second, "GET", "/me").status);
        assertEquals(200, as(cm, third, "GET", "/me").status);

        // operator sign-ins of users.properties cannot change their password here
        Reply operator = call(ADMIN, "PUT", "/me/password", Map.of("currentPassword", password(), "newPassword",
            secret("op")), Map.of());
        assertEquals(operator.toString(), 409, operator.status);

        Reply list = get(ADMIN, "/accounts?size=200");
        assertEquals(200, list.status);
        boolean found = false;
        for (JsonNode a : list.json.get("items")) {
            assertNoPasswordField(a);
            found |= a.get("username").asText().equals(cm);
        }
        assertTrue(found);
    }

    @Test
    public void badInputDuplicatesAndStaleVersionsAreRefusedClearly() throws Exception {
        String pss = "acct.pss." + RUN;
        assertEquals(201, createAccount(pss, secret("pss"), null, "PEER_SPECIALIST").status);
        Reply duplicate = createAccount(pss, secret("pss2"), null, "PEER_SPECIALIST");
        assertEquals(duplicate.toString(), 409, duplicate.status);
        assertEquals("conflict", duplicate.problemType());

        Reply weak = createAccount("acct.weak." + RUN, "short", null, "CASE_MANAGER");
        assertEquals(weak.toString(), 400, weak.status);
        assertEquals("password", weak.json.get("errors").get(0).get("field").asText());
        Reply sameAsName = createAccount("acct.same." + RUN + "xx", "acct.same." + RUN + "xx", null, "CASE_MANAGER");
        assertEquals(sameAsName.toString(), 400, sameAsName.status);
        Reply badName = createAccount("Acct Bad", secret("bad"), null, "CASE_MANAGER");
        assertEquals(badName.toString(), 400, badName.status);
        assertEquals("username", badName.json.get("errors").get(0).get("field").asText());
        Reply liaisonWithoutCourt = createAccount("acct.liaison." + RUN, secret("l"), null, "COURT_LIAISON");
        assertEquals(liaisonWithoutCourt.toString(), 400, liaisonWithoutCourt.status);
        assertEquals(404, get(ADMIN, "/accounts/acct.weak." + RUN).status);

        Map<String, Object> update = Map.of("displayName", "Renamed", "roles", List.of("PEER_SPECIALIST", "PEER_NAVIGATOR"));
        Reply noIfMatch = put(ADMIN, "/accounts/" + pss, null, update);
        assertEquals(noIfMatch.toString(), 428, noIfMatch.status);
        assertEquals(200, put(ADMIN, "/accounts/" + pss, "\"1\"", update).status);
        Reply stale = put(ADMIN, "/accounts/" + pss, "\"1\"", update);
        assertEquals(stale.toString(), 412, stale.status);
        Reply current = get(ADMIN, "/accounts/" + pss);
        assertEquals("\"2\"", current.header("ETag"));
        assertEquals(404, put(ADMIN, "/accounts/acct.none." + RUN, "\"1\"", update).status);

        // an admin cannot lock themself out
        String pa = "acct.pa." + RUN;
        assertEquals(201, createAccount(pa, secret("pa"), null, "PROGRAM_ADMIN").status);
        Reply self = as(pa, secret("pa"), "POST", "/accounts/" + pa + "/disable", Map.of("reason", "test"), Map.of());
        assertEquals(self.toString(), 409, self.status);
        Reply demote = as(pa, secret("pa"), "PUT", "/accounts/" + pa,
            Map.of("displayName", "PA", "roles", List.of("CASE_MANAGER")), Map.of("If-Match", "\"1\""));
        assertEquals(demote.toString(), 409, demote.status);
        assertTrue(demote.json.get("detail").asText().contains("PROGRAM_ADMIN"));
    }

    @Test
    public void accountChangesAndSignInsAreAuditedWithoutPasswordMaterial() throws Exception {
        String cm = "acct.audit." + RUN;
        String first = secret("audit1");
        String second = secret("audit2");
        assertEquals(201, createAccount(cm, first, null, "CASE_MANAGER").status);
        assertEquals(200, as(cm, first, "GET", "/me").status);
        assertEquals(401, as(cm, secret("guess"), "GET", "/me").status);
        assertEquals(200, put(ADMIN, "/accounts/" + cm, "\"1\"",
            Map.of("displayName", "Audited", "roles", List.of("CASE_MANAGER", "PEER_NAVIGATOR"))).status);
        assertEquals(204, as(cm, first, "PUT", "/me/password", Map.of("currentPassword", first, "newPassword", second),
            Map.of()).status);
        assertEquals(200, post(ADMIN, "/accounts/" + cm + "/disable", Map.of("reason", "audit test")).status);

        Map<String, JsonNode> byAction = new HashMap<>();
        List<JsonNode> all = new ArrayList<>();
        for (String actor : new String[] {ADMIN, cm}) {
            Reply trail = get(ADMIN, "/audit?size=200&actor=" + actor);
            assertEquals(trail.toString(), 200, trail.status);
            for (JsonNode r : trail.json.get("items")) {
                all.add(r);
                String resource = r.path("resourceId").asText();
                if (resource.equals(cm) || r.get("actor").asText().equals(cm)) {
                    byAction.putIfAbsent(r.get("action").asText() + "/" + r.get("outcome").asText(), r);
                }
            }
        }
        for (String expected : new String[] {"ACCOUNT_CREATE/SUCCESS", "PERMISSION_CHANGE/SUCCESS",
            "ACCOUNT_UPDATE/SUCCESS", "PASSWORD_CHANGE/SUCCESS", "ACCOUNT_DISABLE/SUCCESS", "LOGIN/SUCCESS",
            "LOGIN/DENIED"}) {
            assertNotNull(expected + " in " + byAction.keySet(), byAction.get(expected));
        }
        assertEquals("roles added [PEER_NAVIGATOR], removed []; now [CASE_MANAGER, PEER_NAVIGATOR]",
            byAction.get("PERMISSION_CHANGE/SUCCESS").get("detail").asText());
        assertEquals("reason: audit test", byAction.get("ACCOUNT_DISABLE/SUCCESS").get("detail").asText());
        assertEquals(cm, byAction.get("PASSWORD_CHANGE/SUCCESS").get("actor").asText());
        for (JsonNode r : all) {
            String text = r.toString();
            assertFalse(text, text.contains(first) || text.contains(second) || text.contains("pbkdf2")
                || text.contains(password()));
        }
    }
}
