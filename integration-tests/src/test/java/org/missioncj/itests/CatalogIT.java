package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The session catalogs through HTTP and the console: the shipped manual, an edition of the test's own (on
 * PostgreSQL every class shares the database, so the shipped sessions are only read and the edition in use is
 * always put back), local sessions, rewording with If-Match, retiring, and who may change it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CatalogIT extends MissionTestSupport {
    private static final String SHIPPED = "mission-cj";

    @Inject
    protected SessionFactory sessionFactory;

    /** An edition code of this class and run (lower-case letters, digits and '-'). */
    private static String edition(String what) {
        return "it-" + what + "-" + RUN.toLowerCase();
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    private Reply newEdition(String curriculum, String code, String basedOn) throws Exception {
        Map<String, Object> e = new HashMap<>();
        e.put("code", code);
        e.put("title", "Test edition " + code);
        if (basedOn != null) {
            e.put("basedOn", basedOn);
        }
        return post(ADMIN, "/curriculum/catalogs/" + curriculum + "/editions", e);
    }

    private Reply addSession(String user, String curriculum, String edition, Integer number, String title)
            throws Exception {
        Map<String, Object> s = new HashMap<>();
        s.put("title", title);
        s.put("summary", "A session the site added for the test.");
        if (edition != null) {
            s.put("edition", edition);
        }
        if (number != null) {
            s.put("number", number);
        }
        return post(user, "/curriculum/catalogs/" + curriculum + "/sessions", s);
    }

    @Test
    public void staffReadTheShippedCatalogs() throws Exception {
        Reply drt = get(CM, "/curriculum/catalogs/drt/sessions?size=50");
        assertEquals(drt.toString(), 200, drt.status);
        Reply peer = get(PSS, "/curriculum/catalogs/PEER/sessions?size=50");
        assertEquals(peer.toString(), 200, peer.status);
        if (databaseKind().equals("derby")) {
            assertEquals(13, drt.json.get("totalItems").asInt());
            assertEquals(11, peer.json.get("totalItems").asInt());
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 13; i++) {
                expected.add(String.format("drt-mission-cj-%02d", i));
            }
            assertEquals(expected, ids(drt.json.get("items")));
        }
        // version 1 of the shipped wording is there whatever happened since
        Reply first = get(SUPERVISOR, "/curriculum/sessions/drt-mission-cj-01?version=1");
        assertEquals(first.toString(), 200, first.status);
        assertEquals("Onset of Problems", first.json.get("title").asText());
        assertEquals("DRT", first.json.get("curriculum").asText());
        assertFalse(first.json.get("local").asBoolean());
        assertEquals("Making a Good Thing Last",
            get(PSS, "/curriculum/sessions/peer-mission-cj-11?version=1").json.get("title").asText());
        Reply current = get(CM, "/curriculum/sessions/peer-mission-cj-01");
        assertEquals(current.toString(), 200, current.status);
        assertEquals("\"" + current.json.get("version").asInt() + "\"", current.header("ETag"));

        Reply editions = get(PSS, "/curriculum/catalogs/drt/editions");
        assertEquals(editions.toString(), 200, editions.status);
        boolean shipped = false;
        for (JsonNode e : editions.json) {
            if (e.get("code").asText().equals(SHIPPED)) {
                shipped = true;
                assertEquals("MISSION-CJ manual", e.get("title").asText());
                assertEquals("migration", e.get("createdBy").asText());
            }
        }
        assertTrue(editions.toString(), shipped);
        assertEquals(200, get(CM, "/curriculum/catalogs/peer/editions/" + SHIPPED).status);
    }

    @Test
    public void aProgramAdminAddsRewordsAndRetiresSessions() throws Exception {
        String code = edition("a");
        Reply created = newEdition("drt", code, SHIPPED);
        assertEquals(created.toString(), 201, created.status);
        assertTrue(created.header("Location"), created.header("Location").endsWith("/curriculum/catalogs/drt/editions/" + code));
        assertFalse(created.json.get("inUse").asBoolean());
        assertTrue(created.toString(), created.json.get("sessions").asInt() >= 1);
        assertEquals(409, newEdition("drt", code, null).status);
        assertEquals(422, newEdition("drt", edition("b"), "no-such-edition").status);
        assertEquals(400, newEdition("drt", "Not A Code", null).status);

        Reply local = addSession(ADMIN, "drt", code, null, "Naloxone and Overdose Safety");
        assertEquals(local.toString(), 201, local.status);
        String id = local.json.get("id").asText();
        assertTrue(id, id.startsWith("drt-" + code + "-local-"));
        assertTrue(local.json.get("local").asBoolean());
        assertEquals("\"1\"", local.header("ETag"));
        assertTrue(local.header("Location"), local.header("Location").endsWith("/curriculum/sessions/" + id));
        int number = local.json.get("number").asInt();
        Reply taken = addSession(ADMIN, "drt", code, number, "Same Number");
        assertEquals(taken.toString(), 409, taken.status);
        assertTrue(taken.toString(), taken.json.get("detail").asText().contains(id));
        assertEquals(422, addSession(ADMIN, "drt", "no-such-edition", null, "Nowhere").status);
        Reply bad = post(ADMIN, "/curriculum/catalogs/drt/sessions", Map.of("number", 0));
        assertEquals(bad.toString(), 400, bad.status);
        assertEquals(2, bad.json.get("errors").size());

        Map<String, Object> reworded = Map.of("title", "Naloxone, Overdose and Staying Safe");
        Reply noVersion = put(ADMIN, "/curriculum/sessions/" + id, null, reworded);
        assertEquals(noVersion.toString(), 428, noVersion.status);
        Reply wrongVersion = put(ADMIN, "/curriculum/sessions/" + id, "\"5\"", reworded);
        assertEquals(wrongVersion.toString(), 412, wrongVersion.status);
        assertEquals(412, put(ADMIN, "/curriculum/sessions/" + id, "not-an-etag", reworded).status);
        Reply v2 = put(ADMIN, "/curriculum/sessions/" + id, local.header("ETag"), reworded);
        assertEquals(v2.toString(), 200, v2.status);
        assertEquals(2, v2.json.get("version").asInt());
        assertEquals("\"2\"", v2.header("ETag"));
        assertEquals("A session the site added for the test.", v2.json.get("summary").asText());

        Reply v1 = get(CM, "/curriculum/sessions/" + id + "?version=1");
        assertEquals(v1.toString(), 200, v1.status);
        assertEquals("Naloxone and Overdose Safety", v1.json.get("title").asText());
        assertEquals(null, v1.header("ETag"));
        assertEquals("Naloxone, Overdose and Staying Safe", get(CM, "/curriculum/sessions/" + id).json.get("title").asText());
        Reply versions = get(PSS, "/curriculum/sessions/" + id + "/versions");
        assertEquals(versions.toString(), 200, versions.status);
        assertEquals(2, versions.json.size());
        assertEquals(1, versions.json.get(0).get("version").asInt());

        Reply noReason = call(ADMIN, "POST", "/curriculum/sessions/" + id + "/retirement", Map.of(),
            Map.of("If-Match", "\"2\""));
        assertEquals(noReason.toString(), 400, noReason.status);
        assertEquals(428, post(ADMIN, "/curriculum/sessions/" + id + "/retirement", Map.of("reason", "merged")).status);
        assertEquals(412, call(ADMIN, "POST", "/curriculum/sessions/" + id + "/retirement", Map.of("reason", "merged"),
            Map.of("If-Match", "\"1\"")).status);
        Reply retired = call(ADMIN, "POST", "/curriculum/sessions/" + id + "/retirement",
            Map.of("reason", "Merged into the relapse prevention session"), Map.of("If-Match", v2.header("ETag")));
        assertEquals(retired.toString(), 200, retired.status);
        assertTrue(retired.json.get("retired").asBoolean());
        assertEquals(3, retired.json.get("version").asInt());
        Reply twice = call(ADMIN, "POST", "/curriculum/sessions/" + id + "/retirement", Map.of("reason", "again"),
            Map.of("If-Match", "\"3\""));
        assertEquals(twice.toString(), 409, twice.status);
        assertEquals(409, put(ADMIN, "/curriculum/sessions/" + id, "\"3\"", reworded).status);

        List<String> listed = ids(get(CM, "/curriculum/catalogs/drt/sessions?size=200&edition=" + code).json.get("items"));
        assertFalse(listed.toString(), listed.contains(id));
        List<String> all = ids(get(CM, "/curriculum/catalogs/drt/sessions?size=200&includeRetired=true&edition=" + code)
            .json.get("items"));
        assertTrue(all.toString(), all.contains(id));
        assertEquals(400, get(CM, "/curriculum/catalogs/drt/sessions?includeRetired=maybe").status);

        Reply trail = get(PRIVACY, "/audit?component=curriculum&actor=" + ADMIN + "&size=100");
        assertEquals(trail.toString(), 200, trail.status);
        List<String> changes = new ArrayList<>();
        for (JsonNode r : trail.json.get("items")) {
            if (id.equals(r.path("resourceId").asText()) && r.get("outcome").asText().equals("SUCCESS")) {
                changes.add(r.get("action").asText() + " " + r.get("resourceType").asText());
            }
        }
        assertEquals(List.of("RETIRE catalog-session", "UPDATE catalog-session", "CREATE catalog-session"), changes);
    }

    @Test
    public void theEditionInUseDecidesWhatIsOfferedAndCounted() throws Exception {
        String code = edition("p");
        assertEquals(201, newEdition("peer", code, null).status);
        Reply empty = put(ADMIN, "/curriculum/catalogs/peer/edition-in-use", null, Map.of("code", code));
        assertEquals(empty.toString(), 409, empty.status);
        assertEquals(422, put(ADMIN, "/curriculum/catalogs/peer/edition-in-use", null, Map.of("code", "no-such")).status);
        String only = addSession(ADMIN, "peer", code, 1, "Welcome to the Group").json.get("id").asText();
        try {
            Reply used = put(ADMIN, "/curriculum/catalogs/peer/edition-in-use", null, Map.of("code", code));
            assertEquals(used.toString(), 200, used.status);
            assertTrue(used.json.get("inUse").asBoolean());
            Reply offered = get(PSS, "/curriculum/catalogs/peer/sessions");
            assertEquals(List.of(only), ids(offered.json.get("items")));
            int inUse = 0;
            for (JsonNode e : get(PSS, "/curriculum/catalogs/peer/editions").json) {
                inUse += e.get("inUse").asBoolean() ? 1 : 0;
            }
            assertEquals(1, inUse);
            // a session added without naming an edition goes to the one in use
            Reply added = addSession(ADMIN, "peer", null, null, "Our Second Meeting");
            assertEquals(code, added.json.get("edition").asText());
            assertEquals(2, added.json.get("number").asInt());
        } finally {
            Reply back = put(ADMIN, "/curriculum/catalogs/peer/edition-in-use", null, Map.of("code", SHIPPED));
            assertEquals(back.toString(), 200, back.status);
        }
        assertTrue(get(PSS, "/curriculum/catalogs/peer/sessions").json.get("items").get(0).get("id").asText()
            .startsWith("peer-mission-cj-"));
    }

    @Test
    public void aCaseManagerReadsButCannotChangeTheCatalog() throws Exception {
        assertEquals(200, get(CM, "/curriculum/sessions/drt-mission-cj-02/versions").status);
        Reply reword = put(CM, "/curriculum/sessions/drt-mission-cj-02", null, Map.of("title", "Mine"));
        assertEquals("403 before 428: the role is checked first " + reword, 403, reword.status);
        assertEquals(403, put(CM, "/curriculum/sessions/drt-mission-cj-02", "\"1\"", Map.of("title", "Mine")).status);
        assertEquals(403, call(CM, "POST", "/curriculum/sessions/drt-mission-cj-02/retirement", Map.of("reason", "x"),
            Map.of("If-Match", "\"1\"")).status);
        assertEquals(403, addSession(CM, "drt", null, null, "Mine").status);
        assertEquals(403, post(CM, "/curriculum/catalogs/drt/editions", Map.of("code", "mine", "title", "Mine")).status);
        assertEquals(403, put(CM, "/curriculum/catalogs/drt/edition-in-use", null, Map.of("code", SHIPPED)).status);
        assertEquals(403, get(LIAISON, "/curriculum/catalogs/drt/sessions").status);
        assertEquals(403, get(INTEGRATION, "/curriculum/sessions/drt-mission-cj-02").status);
        assertEquals(403, get(PRIVACY, "/curriculum/catalogs/drt/editions").status);
        Reply unchanged = get(ADMIN, "/curriculum/sessions/drt-mission-cj-02?version=1");
        assertEquals("Life Problem Areas", unchanged.json.get("title").asText());
    }

    @Test
    public void unknownSessionsVersionsEditionsAndCurriculaAre404() throws Exception {
        Reply none = get(CM, "/curriculum/sessions/drt-mission-cj-99");
        assertEquals(none.toString(), 404, none.status);
        assertEquals("not-found", none.problemType());
        assertTrue(none.toString(), none.json.get("detail").asText().contains("drt-mission-cj-99"));
        assertEquals(404, get(CM, "/curriculum/sessions/drt-mission-cj-01?version=999").status);
        assertEquals(404, get(CM, "/curriculum/sessions/nothing/versions").status);
        assertEquals(404, put(ADMIN, "/curriculum/sessions/nothing", "\"1\"", Map.of("title", "x")).status);
        assertEquals(404, get(CM, "/curriculum/catalogs/drt/sessions?edition=no-such-edition").status);
        assertEquals(404, get(CM, "/curriculum/catalogs/drt/editions/no-such-edition").status);
        Reply curriculum = get(CM, "/curriculum/catalogs/dtr/sessions");
        assertEquals(curriculum.toString(), 404, curriculum.status);
        assertEquals("not-found", curriculum.problemType());
        assertTrue(curriculum.toString(), curriculum.json.get("detail").asText().contains("drt"));
        assertEquals(403, get(LIAISON, "/curriculum/catalogs/dtr/sessions").status);
        assertEquals(400, get(CM, "/curriculum/sessions/drt-mission-cj-01?version=first").status);
    }

    @Test
    public void theConsoleListsAndChangesTheCatalog() throws Exception {
        String listing = execute("mission:catalog drt");
        assertTrue(listing, listing.contains("drt-mission-cj-13"));
        assertTrue(listing, listing.contains("Scheduling Activities in Early Recovery"));
        String code = edition("c");
        String added = execute("mission:catalog-edition --add " + code + " --title \"Console edition\" drt");
        assertTrue(added, added.contains("Added edition " + code));
        assertTrue(added, added.contains(SHIPPED));
        String session = execute("mission:catalog-add -e " + code + " drt \"Console Session\"");
        assertTrue(session, session.contains("version 1"));
        String id = session.substring(session.indexOf("drt-" + code + "-local-")).split(":")[0];
        String reworded = execute("mission:catalog-reword " + id + " 1 \"Console Session, Reworded\"");
        assertTrue(reworded, reworded.contains("version 2"));
        String retired = execute("mission:catalog-retire " + id + " 2 \"Only a test\"");
        assertTrue(retired, retired.contains("retired in version 3"));
        String withRetired = execute("mission:catalog --edition " + code + " --retired drt");
        assertTrue(withRetired, withRetired.contains(id));
        assertTrue(withRetired, withRetired.contains("retired"));
        Reply stored = get(ADMIN, "/curriculum/sessions/" + id + "?version=2");
        assertEquals("Console Session, Reworded", stored.json.get("title").asText());
        assertNotNull(stored.json.get("updatedBy"));
    }

    private String execute(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true);
        Session session = sessionFactory.create(System.in, ps, ps);
        try {
            session.execute(command);
        } catch (Exception e) {
            ps.flush();
            throw new AssertionError(command + " failed: " + e + "\n" + out, e);
        }
        ps.flush();
        return out.toString();
    }
}
