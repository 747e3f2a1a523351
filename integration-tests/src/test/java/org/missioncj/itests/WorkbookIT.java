package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.event.Event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The participant workbook through HTTP: exercises as JSON Schemas, answers checked by the schema library inside
 * Karaf, versions kept, a peer scribing, reviews, and another team kept out.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WorkbookIT extends MissionTestSupport {
    /** The case manager of another team of the site. */
    static final String OTHER_CM = "it.wb.cm2." + RUN;
    private static final String TRIGGERS = "identifying-triggers";

    @javax.inject.Inject
    protected org.apache.karaf.shell.api.console.SessionFactory sessionFactory;

    @Override
    @org.ops4j.pax.exam.Configuration
    public org.ops4j.pax.exam.Option[] config() throws Exception {
        return withUsers(super.config(), new String[] {OTHER_CM, "CASE_MANAGER"});
    }

    /** One team for the class (JUnit makes an instance per test; the Karaf boot is per class). */
    private static final String site = "Workbook " + UUID.randomUUID().toString().substring(0, 8);
    private static JsonNode team;
    private BlockingQueue<Event> events;

    @Before
    public void setUp() throws Exception {
        events = events("org/missioncj/curriculum/WORKBOOK_SAVED", "org/missioncj/curriculum/WORKBOOK_REVIEWED");
        if (team == null) {
            // the test sign-ins CM and PSS are this team's members; OTHER_CM leads another team of the site
            team = createTeam(site, createStaff("CASE_MANAGER", CM, site), createStaff("PEER_SPECIALIST", PSS, site), null);
            createTeam(site, createStaff("CASE_MANAGER", OTHER_CM, site), createStaff("PEER_SPECIALIST", null, site), null);
        }
    }

    /** A participant enrolled on the team ten days ago. */
    private String enrolledParticipant(String family) throws Exception {
        String id = createParticipant("Morgan", family, "1988-08-08", null).json.get("id").asText();
        Reply e = enroll(CM, id, team.get("id").asText(), "ENROLLED", LocalDate.now().minusDays(10), 12);
        assertEquals(e.toString(), 201, e.status);
        return id;
    }

    /** The body of a save: answers to identifying-triggers whose last trigger has the intensity given. */
    private static Map<String, Object> triggers(int lastIntensity) {
        return triggers(lastIntensity, false);
    }

    private static Map<String, Object> triggers(int lastIntensity, boolean scribed) {
        Map<String, Object> body = new HashMap<>();
        body.put("exercise", TRIGGERS);
        body.put("scribed", scribed);
        body.put("answers", Map.of("completedOn", LocalDate.now().toString(), "triggers", List.of(
            Map.of("trigger", "Payday", "kind", "EVENTS", "intensity", 6),
            Map.of("trigger", "My old block", "kind", "PLACES", "intensity", 8),
            Map.of("trigger", "Feeling alone at night", "kind", "FEELINGS", "intensity", lastIntensity))));
        return body;
    }

    private Reply save(String user, String participantId, String ifMatch, Object body) throws Exception {
        return call(user, "POST", "/curriculum/participants/" + participantId + "/workbook", body,
            ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    @Test
    public void theExercisesAreSchemasAsData() throws Exception {
        Reply list = get(PSS, "/curriculum/exercises");
        assertEquals(list.toString(), 200, list.status);
        java.util.Set<String> codes = new java.util.TreeSet<>();
        list.json.forEach(x -> {
            codes.add(x.get("code").asText());
            assertNull("lists leave the schemas out", x.get("schema"));
        });
        // other tests of the class add exercises of their own
        assertTrue(codes.toString(), codes.containsAll(List.of("relapse-prevention-plan", "problem-solving",
            "employment-education-plan", "timeline-worksheet", "personal-recovery-plan", TRIGGERS, "coping-with-trauma")));
        Reply x = get(CM, "/curriculum/exercises/" + TRIGGERS);
        assertEquals(x.toString(), 200, x.status);
        assertEquals("https://json-schema.org/draft/2020-12/schema", x.json.get("schema").get("$schema").asText());
        assertEquals(10, x.json.get("schema").get("properties").get("triggers").get("items").get("properties")
            .get("intensity").get("maximum").asInt());
        assertEquals(404, get(CM, "/curriculum/exercises/no-such-exercise").status);
        assertEquals(403, get(LIAISON, "/curriculum/exercises").status);
    }

    @Test
    public void answersAreSavedAsVersionsAndVersionOneStays() throws Exception {
        String p = enrolledParticipant("Okonkwo");
        Reply v1 = save(CM, p, null, triggers(9));
        assertEquals(v1.toString(), 201, v1.status);
        assertEquals("\"1\"", v1.header("ETag"));
        assertTrue(v1.header("Location"), v1.header("Location").contains("/curriculum/workbook-entries/"));
        String entry = v1.json.get("id").asText();
        assertEquals(CM, v1.json.get("recordedBy").asText());
        assertEquals("CASE_MANAGER", v1.json.get("recorderRole").asText());
        Event saved = events.poll(30, TimeUnit.SECONDS);
        assertNotNull("a save posts WORKBOOK_SAVED", saved);
        assertEquals(entry, saved.getProperty("entryId"));
        assertEquals(TRIGGERS, saved.getProperty("exercise"));
        assertNull("no answers in the event", saved.getProperty("answers"));

        Reply noIfMatch = save(CM, p, null, triggers(7));
        assertEquals(noIfMatch.toString(), 428, noIfMatch.status);
        Reply v2 = save(PSS, p, "\"1\"", triggers(7));
        assertEquals(v2.toString(), 201, v2.status);
        assertEquals(2, v2.json.get("version").asInt());
        assertEquals(entry, v2.json.get("id").asText());
        assertEquals(412, save(CM, p, "\"1\"", triggers(5)).status);

        Reply first = get(CM, "/curriculum/workbook-entries/" + entry + "?version=1");
        assertEquals(first.toString(), 200, first.status);
        assertEquals(9, first.json.get("answers").get("triggers").get(2).get("intensity").asInt());
        assertNull("an old version is not one to save on", first.header("ETag"));
        Reply current = get(PSS, "/curriculum/workbook-entries/" + entry);
        assertEquals(2, current.json.get("version").asInt());
        assertEquals(7, current.json.get("answers").get("triggers").get(2).get("intensity").asInt());
        assertEquals("\"2\"", current.header("ETag"));

        Reply versions = get(CM, "/curriculum/workbook-entries/" + entry + "/versions");
        assertEquals(versions.toString(), 200, versions.status);
        assertEquals(2, versions.json.get("totalItems").asInt());
        assertEquals(2, versions.json.get("items").get(0).get("version").asInt());
        assertNull(versions.json.get("items").get(0).get("answers"));

        Reply workbook = get(CM, "/curriculum/participants/" + p + "/workbook");
        assertEquals(workbook.toString(), 200, workbook.status);
        boolean found = false;
        for (JsonNode x : workbook.json.get("exercises")) {
            if (x.get("exercise").asText().equals(TRIGGERS)) {
                found = true;
                assertEquals(entry, x.get("entryId").asText());
                assertEquals(2, x.get("currentVersion").asInt());
                assertFalse(x.get("reviewed").asBoolean());
            } else {
                assertNull(x.toString(), x.get("entryId"));
            }
        }
        assertTrue(workbook.toString(), found);
        assertEquals(404, get(CM, "/curriculum/workbook-entries/" + entry + "?version=3").status);
    }

    @Test
    public void anAnswerThatDoesNotMatchItsSchemaIs422NamingTheFieldAndTheRule() throws Exception {
        String p = enrolledParticipant("Petrakis");
        Reply bad = save(CM, p, null, triggers(11));
        assertEquals(bad.toString(), 422, bad.status);
        assertEquals("unprocessable", bad.problemType());
        assertEquals(1, bad.json.get("errors").size());
        assertEquals("answers.triggers[2].intensity", bad.json.get("errors").get(0).get("field").asText());
        assertEquals("must be at most 10 (maximum)", bad.json.get("errors").get(0).get("reason").asText());
        assertTrue(bad.toString(), bad.json.get("detail").asText().contains("answers.triggers[2].intensity must be at most 10"));

        Map<String, Object> badDate = triggers(3, false);
        badDate.put("answers", Map.of("completedOn", "2026-02-30", "triggers", List.of(
            Map.of("trigger", "Payday", "kind", "EVENTS", "intensity", 6))));
        Reply date = save(CM, p, null, badDate);
        assertEquals(date.toString(), 422, date.status);
        assertEquals("answers.completedOn", date.json.get("errors").get(0).get("field").asText());
        assertEquals("must be a date as YYYY-MM-DD (format)", date.json.get("errors").get(0).get("reason").asText());

        Map<String, Object> unknown = triggers(3, false);
        unknown.put("exercise", "no-such-exercise");
        assertEquals(404, save(CM, p, null, unknown).status);
        Map<String, Object> notAnObject = triggers(3, false);
        notAnObject.put("answers", List.of(1, 2));
        assertEquals(400, save(CM, p, null, notAnObject).status);
        assertEquals("nothing was saved", 0, get(CM, "/curriculum/participants/" + p + "/workbook").json.get("exercises")
            .findValues("entryId").size());
    }

    @Test
    public void aPeerScribesAndTheRecordSaysSoWhileACaseManagerMayNot() throws Exception {
        String p = enrolledParticipant("Quarshie");
        Reply byCm = save(CM, p, null, triggers(4, true));
        assertEquals(byCm.toString(), 403, byCm.status);
        assertTrue(byCm.toString(), byCm.json.get("detail").asText().contains("Peer Support Specialist or Peer Navigator"));
        Reply byPss = save(PSS, p, null, triggers(4, true));
        assertEquals(byPss.toString(), 201, byPss.status);
        Reply read = get(CM, "/curriculum/workbook-entries/" + byPss.json.get("id").asText());
        assertTrue(read.toString(), read.json.get("scribed").asBoolean());
        assertEquals(PSS, read.json.get("recordedBy").asText());
        assertEquals("PEER_SPECIALIST", read.json.get("recorderRole").asText());
    }

    @Test
    public void theCaseManagerAndThePeerReviewAVersion() throws Exception {
        String p = enrolledParticipant("Rautenberg");
        String entry = save(PSS, p, null, triggers(5)).json.get("id").asText();
        Reply byCm = post(CM, "/curriculum/workbook-entries/" + entry + "/reviews",
            Map.of("version", 1, "comment", "Went through the triggers together."));
        assertEquals(byCm.toString(), 201, byCm.status);
        assertEquals("CASE_MANAGER", byCm.json.get("reviewerRole").asText());
        assertEquals(201, post(PSS, "/curriculum/workbook-entries/" + entry + "/reviews", Map.of("version", 1)).status);
        assertEquals(409, post(CM, "/curriculum/workbook-entries/" + entry + "/reviews", Map.of("version", 1)).status);
        assertEquals(404, post(CM, "/curriculum/workbook-entries/" + entry + "/reviews", Map.of("version", 2)).status);
        assertEquals(403, post(ADMIN, "/curriculum/workbook-entries/" + entry + "/reviews", Map.of("version", 1)).status);
        Reply read = get(CM, "/curriculum/workbook-entries/" + entry);
        assertEquals(2, read.json.get("reviews").size());
        JsonNode item = get(CM, "/curriculum/participants/" + p + "/workbook").json.get("exercises").findParent("entryId");
        assertTrue(item.toString(), item.get("reviewed").asBoolean());
    }

    @Test
    public void aCaseManagerOfAnotherTeamGets403() throws Exception {
        String p = enrolledParticipant("Stavridis");
        String entry = save(CM, p, null, triggers(2)).json.get("id").asText();
        assertEquals(403, get(OTHER_CM, "/curriculum/participants/" + p + "/workbook").status);
        assertEquals(403, save(OTHER_CM, p, "\"1\"", triggers(3)).status);
        assertEquals(403, get(OTHER_CM, "/curriculum/workbook-entries/" + entry).status);
        assertEquals(403, get(OTHER_CM, "/curriculum/workbook-entries/" + entry + "/versions").status);
        assertEquals(403, post(OTHER_CM, "/curriculum/workbook-entries/" + entry + "/reviews", Map.of("version", 1)).status);
        assertEquals("an unknown entry answers alike", 403, get(OTHER_CM, "/curriculum/workbook-entries/"
            + UUID.randomUUID()).status);
    }

    @Test
    public void consoleShowsTheWorkbookWithoutAnswers() throws Exception {
        String p = enrolledParticipant("Umarov");
        String entry = save(CM, p, null, triggers(3)).json.get("id").asText();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream ps = new java.io.PrintStream(out, true);
        sessionFactory.create(System.in, ps, ps).execute("mission:workbook " + p);
        ps.flush();
        String shown = out.toString();
        assertTrue(shown, shown.contains(TRIGGERS) && shown.contains(entry));
        assertFalse("no answers on the console", shown.contains("Payday"));
    }

    @Test
    public void anAdminAddsAnExerciseWhoseSchemaTheLibraryChecks() throws Exception {
        String code = "it-notes-" + RUN;
        Map<String, Object> broken = Map.of("title", "Notes", "schema", Map.of("type", "objekt"));
        Reply refused = post(ADMIN, "/curriculum/exercises/" + code + "/versions", broken);
        assertEquals(refused.toString(), 422, refused.status);
        assertEquals("schema.type", refused.json.get("errors").get(0).get("field").asText());
        Reply remote = post(ADMIN, "/curriculum/exercises/" + code + "/versions", Map.of("title", "Notes", "schema",
            Map.of("type", "object", "properties", Map.of("a", Map.of("$ref", "https://example.org/a.json")))));
        assertEquals(remote.toString(), 422, remote.status);
        assertEquals("schema.properties.a.$ref", remote.json.get("errors").get(0).get("field").asText());
        Map<String, Object> schema = Map.of("$schema", "https://json-schema.org/draft/2020-12/schema", "type", "object",
            "additionalProperties", false, "required", List.of("note"),
            "properties", Map.of("note", Map.of("type", "string", "maxLength", 20)));
        assertEquals(403, post(CM, "/curriculum/exercises/" + code + "/versions", Map.of("title", "Notes", "schema",
            schema)).status);
        Reply added = post(ADMIN, "/curriculum/exercises/" + code + "/versions", Map.of("title", "Notes", "schema", schema));
        assertEquals(added.toString(), 201, added.status);
        assertEquals(1, added.json.get("version").asInt());

        String p = enrolledParticipant("Tanaka");
        Reply tooLong = save(CM, p, null, Map.of("exercise", code, "answers", Map.of("note", "x".repeat(21))));
        assertEquals(tooLong.toString(), 422, tooLong.status);
        assertEquals("answers.note", tooLong.json.get("errors").get(0).get("field").asText());
        assertEquals("must be at most 20 characters (maxLength)", tooLong.json.get("errors").get(0).get("reason").asText());
        assertEquals(201, save(CM, p, null, Map.of("exercise", code, "answers", Map.of("note", "Short."))).status);
    }

    @Test
    public void documentsOverTheLimitsAreRefused() throws Exception {
        String code = "it-free-" + RUN;
        Reply added = post(ADMIN, "/curriculum/exercises/" + code + "/versions", Map.of("title", "Free text", "schema",
            Map.of("type", "object", "properties", Map.of("text", Map.of("type", "string")))));
        assertEquals(added.toString(), 201, added.status);
        String p = enrolledParticipant("Vidal");
        Reply overColumn = save(CM, p, null, Map.of("exercise", code, "answers", Map.of("text", "x".repeat(32_001))));
        assertEquals(overColumn.toString().substring(0, 300), 422, overColumn.status);
        assertEquals("answers", overColumn.json.get("errors").get(0).get("field").asText());
        Reply overBody = save(CM, p, null, Map.of("exercise", code, "answers", Map.of("text", "x".repeat(1_100_000))));
        assertEquals(413, overBody.status);
        assertEquals(0, get(CM, "/curriculum/participants/" + p + "/workbook").json.get("exercises")
            .findValues("entryId").size());
    }
}
