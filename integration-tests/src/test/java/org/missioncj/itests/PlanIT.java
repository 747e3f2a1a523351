package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
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

/** The recovery and treatment plan through HTTP: versions, If-Match, goal notes, reviews due at CTI phase changes. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlanIT extends MissionTestSupport {
    /** The case manager of another team of the site. */
    static final String OTHER_CM = "it.plan.cm2." + RUN;

    @Override
    @org.ops4j.pax.exam.Configuration
    public org.ops4j.pax.exam.Option[] config() throws Exception {
        return withUsers(super.config(), new String[] {OTHER_CM, "CASE_MANAGER"});
    }

    /** One team for the class (JUnit makes an instance per test; the Karaf boot is per class). */
    private static final String site = "Plan " + UUID.randomUUID().toString().substring(0, 8);
    private static JsonNode team;
    private BlockingQueue<Event> events;

    @Before
    public void setUp() throws Exception {
        events = events("org/missioncj/curriculum/PLAN_SAVED", "org/missioncj/curriculum/PLAN_REVIEWED");
        if (team == null) {
            // the test sign-ins CM and PSS are this team's members; OTHER_CM leads another team of the site
            team = createTeam(site, createStaff("CASE_MANAGER", CM, site), createStaff("PEER_SPECIALIST", PSS, site), null);
            createTeam(site, createStaff("CASE_MANAGER", OTHER_CM, site), createStaff("PEER_SPECIALIST", null, site), null);
        }
    }

    /** A participant enrolled on the team for 12 months from {@code daysAgo} days ago. */
    private String enrolledParticipant(String family, int daysAgo) throws Exception {
        String id = createParticipant("Rowan", family, "1986-06-06", null).json.get("id").asText();
        Reply e = enroll(CM, id, team.get("id").asText(), "ENROLLED", LocalDate.now().minusDays(daysAgo), 12);
        assertEquals(e.toString(), 201, e.status);
        return id;
    }

    private static Map<String, Object> goal(String goalId, String text, LocalDate target) {
        Map<String, Object> g = new HashMap<>();
        if (goalId != null) {
            g.put("goalId", goalId);
        }
        g.put("text", text);
        g.put("targetDate", target.toString());
        return g;
    }

    /** A synthetic plan: two pathways, the goals, one diagnosis. */
    private static Map<String, Object> plan(List<Map<String, Object>> goals) {
        Map<String, Object> p = new HashMap<>();
        p.put("pathways", List.of(Map.of("pathway", "LIFERING"),
            Map.of("pathway", "OTHER", "description", "Recovery Dharma on Thursdays")));
        p.put("goals", goals);
        p.put("diagnoses", List.of(Map.of("code", "F10.20", "description", "Alcohol use disorder, moderate",
            "statedBy", "Dr. A. Synthetic, MD", "statedOn", LocalDate.now().minusDays(2).toString())));
        return p;
    }

    private String path(String participantId) {
        return "/curriculum/participants/" + participantId + "/plan";
    }

    private Reply post(String user, String path, String etag, Object body) throws Exception {
        return call(user, "POST", path, body, etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    private Event next(String topic) throws InterruptedException {
        while (true) {
            Event e = events.poll(10, TimeUnit.SECONDS);
            assertNotNull("no " + topic + " event", e);
            if (e.getTopic().equals(topic)) {
                return e;
            }
        }
    }

    @Test
    public void aPlanIsRevisedIntoNewVersionsAndTheFirstStaysReadable() throws Exception {
        String p = enrolledParticipant("Achterberg", 20);
        Reply created = post(CM, path(p), plan(List.of(goal(null, "Go to a LifeRing meeting every week",
            LocalDate.now().plusDays(30)))));
        assertEquals(created.toString(), 201, created.status);
        assertEquals("\"1\"", created.header("ETag"));
        assertTrue(created.header("Location").endsWith(path(p)));
        assertEquals("CREATED", created.json.get("reason").asText());
        assertEquals(1, created.json.get("phase").asInt());
        String goalId = created.json.get("goals").get(0).get("goalId").asText();
        Event saved = next("org/missioncj/curriculum/PLAN_SAVED");
        assertEquals(p, saved.getProperty("participantId"));
        assertEquals(1, saved.getProperty("version"));
        assertEquals(409, post(PSS, path(p), plan(List.of())).status);

        Map<String, Object> revised = plan(List.of(goal(goalId, "Go to a LifeRing meeting every week",
            LocalDate.now().plusDays(30)), goal(null, "Find a sponsor", LocalDate.now().plusDays(60))));
        assertEquals(428, put(PSS, path(p), null, revised).status);
        Reply v2 = put(PSS, path(p), "\"1\"", revised);
        assertEquals(v2.toString(), 200, v2.status);
        assertEquals("\"2\"", v2.header("ETag"));
        assertEquals(goalId, v2.json.get("goals").get(0).get("goalId").asText());
        assertEquals(2, v2.json.get("goals").size());
        Reply stale = put(CM, path(p), "\"1\"", revised);
        assertEquals(stale.toString(), 412, stale.status);

        Reply first = get(CM, path(p) + "?version=1");
        assertEquals(first.toString(), 200, first.status);
        assertFalse(first.json.get("current").asBoolean());
        assertEquals(1, first.json.get("goals").size());
        Reply current = get(CM, path(p));
        assertEquals(2, current.json.get("version").asInt());
        assertEquals("\"2\"", current.header("ETag"));
        Reply versions = get(CM, path(p) + "/versions");
        assertEquals(versions.toString(), 200, versions.status);
        assertEquals(2, versions.json.get("totalItems").asInt());
        assertEquals("REVISED", versions.json.get("items").get(0).get("reason").asText());
        assertEquals(404, get(CM, path(p) + "?version=3").status);

        Reply note = post(PSS, "/curriculum/plan-goals/" + goalId + "/notes", Map.of("note", "Went twice this week."));
        assertEquals(note.toString(), 201, note.status);
        Reply notes = get(CM, "/curriculum/plan-goals/" + goalId + "/notes");
        assertEquals(1, notes.json.get("totalItems").asInt());
        assertEquals("Went twice this week.", notes.json.get("items").get(0).get("note").asText());
        assertEquals(2, get(CM, path(p)).json.get("version").asInt());
    }

    @Test
    public void aParticipantInPhaseTwoWithoutAPlanIsDueAndTheReviewIsCounted() throws Exception {
        // 150 days into a 12-month enrollment: phase 2 (Try-out) began about a month ago
        LocalDate start = LocalDate.now().minusDays(150);
        String p = enrolledParticipant("Brightwater", 150);
        Reply status = get(CM, path(p) + "/status");
        assertEquals(status.toString(), 200, status.status);
        assertEquals(2, status.json.get("currentPhase").asInt());
        assertTrue(status.json.get("reviewDue").asBoolean());
        assertTrue(status.json.get("planMissing").asBoolean());
        assertEquals(start.toString(), status.json.get("dueSince").asText());
        assertTrue(dueOnTeam().contains(p));

        Reply created = post(CM, path(p), plan(List.of(goal(null, "Keep the job at the bakery", LocalDate.now().plusDays(7)))));
        assertEquals(created.toString(), 201, created.status);
        assertEquals(2, created.json.get("phase").asInt());
        Reply after = get(PSS, path(p) + "/status");
        assertFalse(after.toString(), after.json.get("reviewDue").asBoolean());
        assertFalse(dueOnTeam().contains(p));

        Map<String, Object> reviewed = plan(List.of(goal(created.json.get("goals").get(0).get("goalId").asText(),
            "Keep the job at the bakery", LocalDate.now().plusDays(7))));
        assertEquals(428, post(PSS, path(p) + "/reviews", null, reviewed).status);
        reviewed.put("reviewedPhase", 3);
        Reply wrongPhase = post(PSS, path(p) + "/reviews", "\"1\"", reviewed);
        assertEquals(wrongPhase.toString(), 422, wrongPhase.status);
        reviewed.remove("reviewedPhase");
        assertEquals(403, post(ADMIN, path(p) + "/reviews", "\"1\"", reviewed).status);
        events.clear();
        Reply review = post(PSS, path(p) + "/reviews", "\"1\"", reviewed);
        assertEquals(review.toString(), 201, review.status);
        assertEquals("PHASE_REVIEW", review.json.get("reason").asText());
        assertEquals(2, review.json.get("reviewedPhase").asInt());
        Event counted = next("org/missioncj/curriculum/PLAN_REVIEWED");
        assertEquals(p, counted.getProperty("participantId"));
        assertEquals(2, counted.getProperty("phase"));
        assertEquals(2, counted.getProperty("version"));
        assertEquals(team.get("id").asText(), counted.getProperty("teamId"));
        for (String name : counted.getPropertyNames()) {
            assertFalse("no content in the event: " + name, name.contains("goal") || name.contains("diagnos"));
        }
    }

    @Test
    public void anotherTeamAndOutsidersAreRefused() throws Exception {
        String p = enrolledParticipant("Cavendish", 10);
        assertEquals(201, post(CM, path(p), plan(List.of())).status);
        assertEquals(403, get(OTHER_CM, path(p)).status);
        assertEquals(403, put(OTHER_CM, path(p), "\"1\"", plan(List.of())).status);
        assertEquals(403, get(OTHER_CM, "/curriculum/teams/" + team.get("id").asText() + "/plan-reviews-due").status);
        assertEquals(403, get(LIAISON, path(p)).status);
        assertEquals(403, get(INTEGRATION, path(p) + "/status").status);
        assertEquals("an unknown participant answers like another team's", 403,
            get(CM, path(UUID.randomUUID().toString())).status);
        assertEquals(404, get(ADMIN, path(UUID.randomUUID().toString())).status);
    }

    @Test
    public void badPlansGetTheirReasons() throws Exception {
        String p = enrolledParticipant("Drummond", 10);
        Map<String, Object> bad = new HashMap<>();
        bad.put("pathways", List.of(Map.of("pathway", "OTHER")));
        bad.put("goals", List.of(Map.of("text", "")));
        bad.put("diagnoses", List.of(Map.of("code", "F10.20 and more", "description", "x", "statedBy", "Dr. B",
            "statedOn", LocalDate.now().plusDays(3).toString())));
        Reply refused = post(CM, path(p), bad);
        assertEquals(refused.toString(), 400, refused.status);
        List<String> fields = new ArrayList<>();
        refused.json.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("pathways[0].description", "goals[0].text", "goals[0].targetDate", "diagnoses[0].code",
            "diagnoses[0].statedOn"), fields);
        Reply past = post(CM, path(p), plan(List.of(goal(null, "Finish the GED", LocalDate.now().minusDays(5)))));
        assertEquals(past.toString(), 422, past.status);
        assertTrue(past.toString(), past.json.get("detail").asText().contains("goals[0].targetDate"));
        assertEquals(400, post(CM, path(p), Map.of("pathways", List.of(Map.of("pathway", "NARCOTICS_ANONYMOUS")))).status);
    }

    private List<String> dueOnTeam() throws Exception {
        Reply due = get(CM, "/curriculum/teams/" + team.get("id").asText() + "/plan-reviews-due?size=200");
        assertEquals(due.toString(), 200, due.status);
        List<String> ids = new ArrayList<>();
        due.json.get("items").forEach(i -> ids.add(i.get("participantId").asText()));
        return ids;
    }
}
