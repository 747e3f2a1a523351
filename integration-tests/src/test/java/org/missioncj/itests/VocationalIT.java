package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.event.Event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Vocational support through HTTP: the employment timeline (a move, a 409 naming the period in the way, 422 for an
 * end before the start, corrections and deletes with If-Match, the days employed and EMPLOYED / LOST_JOB), employers
 * and openings kept by the site's staff, applications (404 for an unknown opening), goals with notes, education
 * completions, on-the-job support posted for CTI, the court report's employment section (no notes, employers or
 * wages) and the console.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VocationalIT extends MissionTestSupport {
    @Inject
    protected SessionFactory sessionFactory;

    static final String OTHER_CM = "it.voc.cm2." + RUN;
    static final String FAR_CM = "it.voc.cm3." + RUN;
    private static final String COURT = "Synthetic Vocational Court " + RUN;
    private static final String SECRET = "Spoke about the panic attack at the loading dock";

    @Override
    @org.ops4j.pax.exam.Configuration
    public org.ops4j.pax.exam.Option[] config() throws Exception {
        return withUsers(super.config(), new String[] {OTHER_CM, "CASE_MANAGER"}, new String[] {FAR_CM, "CASE_MANAGER"});
    }

    private static final String site = "Vocational " + UUID.randomUUID().toString().substring(0, 8);
    private static final String farSite = "Far " + UUID.randomUUID().toString().substring(0, 8);
    private static String teamId;
    private BlockingQueue<Event> employed;
    private BlockingQueue<Event> lost;

    @Before
    public void setUp() throws Exception {
        employed = events("org/missioncj/vocational/EMPLOYED");
        lost = events("org/missioncj/vocational/LOST_JOB");
        if (teamId == null) {
            String cmId = createStaff("CASE_MANAGER", CM, site);
            teamId = createTeam(site, cmId, createStaff("PEER_SPECIALIST", PSS, site), null).get("id").asText();
            String otherCmId = createStaff("CASE_MANAGER", OTHER_CM, site);
            createTeam(site, otherCmId, createStaff("PEER_SPECIALIST", null, site), null);
            createStaff("CASE_MANAGER", FAR_CM, farSite);
            createStaff("CLINICAL_SUPERVISOR", SUPERVISOR, site);
        }
    }

    private String enrolledParticipant(String family) throws Exception {
        String id = createParticipant("Jordan", family, "1986-06-06", null).json.get("id").asText();
        Reply e = enroll(id, teamId, "ENROLLED", LocalDate.now().minusDays(90));
        assertEquals(e.toString(), 201, e.status);
        return id;
    }

    private static Map<String, Object> period(String status, LocalDate start, LocalDate end) {
        Map<String, Object> p = new HashMap<>();
        p.put("status", status);
        p.put("startDate", start.toString());
        if (end != null) {
            p.put("endDate", end.toString());
        }
        return p;
    }

    private static String sitePath(String s) {
        return s.replace(" ", "%20");
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.has("id") ? i.get("id").asText() : i.get("participantId").asText()));
        return out;
    }

    private String employerAndOpening(String name) throws Exception {
        Reply employer = post(CM, "/vocational/employers", Map.of("site", site, "name", name, "contactName",
            "Sam Synthetic", "terms", "Paid trial shifts"));
        assertEquals(employer.toString(), 201, employer.status);
        Reply opening = post(PSS, "/vocational/openings", Map.of("employerId", employer.json.get("id").asText(), "title",
            "Warehouse associate", "hours", "PART_TIME", "wage", "$17.50/hour",
            "postedOn", LocalDate.now().minusDays(20).toString()));
        assertEquals(opening.toString(), 201, opening.status);
        return opening.json.get("id").asText();
    }

    @Test
    public void theTimelineMovesRefusesOverlapsAndCountsTheDaysEmployed() throws Exception {
        String p = enrolledParticipant("Abara");
        String base = "/vocational/participants/" + p + "/employment";
        LocalDate today = LocalDate.now();
        Reply first = post(CM, base, period("UNEMPLOYED", today.minusDays(60), null));
        assertEquals(first.toString(), 201, first.status);
        assertEquals("\"1\"", first.header("ETag"));
        Reply job = post(PSS, base, period("FULL_TIME", today.minusDays(20), null));
        assertEquals(job.toString(), 201, job.status);
        String jobId = job.json.get("id").asText();
        // a move: the open status ends the day the new one starts
        JsonNode ended = get(CM, "/vocational/employment/" + first.json.get("id").asText()).json;
        assertEquals(today.minusDays(20).toString(), ended.get("endDate").asText());
        Event e = employed.poll(10, TimeUnit.SECONDS);
        assertNotNull("EMPLOYED is posted", e);
        assertEquals(p, e.getProperty("participantId"));
        assertEquals("UNEMPLOYED", e.getProperty("previousStatus"));
        assertEquals(teamId, e.getProperty("teamId"));

        Reply overlap = post(CM, base, period("STUDENT", today.minusDays(30), today.minusDays(10)));
        assertEquals(overlap.toString(), 409, overlap.status);
        assertTrue(overlap.toString(), overlap.header("Content-Type").contains("problem+json"));
        assertEquals(jobId, overlap.json.get("conflicting").get("id").asText());
        Reply backwards = post(CM, base, period("STUDENT", today.minusDays(30), today.minusDays(30)));
        assertEquals(backwards.toString(), 422, backwards.status);
        assertEquals("endDate", backwards.json.get("errors").get(0).get("field").asText());
        assertEquals(400, post(CM, base, Map.of("startDate", today.minusDays(3).toString())).status);
        assertEquals(2, get(CM, base).json.get("totalItems").asInt());

        Reply days = get(CM, "/vocational/participants/" + p + "/employment-days?from=" + today.minusDays(60) + "&to="
            + today.minusDays(1));
        assertEquals(days.toString(), 200, days.status);
        assertEquals(20, days.json.get("daysEmployed").asInt());
        assertEquals(60, days.json.get("daysCounted").asInt());
        assertEquals(60, days.json.get("daysRecorded").asInt());
        Reply badDay = get(CM, "/vocational/participants/" + p + "/employment-days?from=yesterday&to=" + today);
        assertEquals(badDay.toString(), 400, badDay.status);
        assertEquals("from", badDay.json.get("errors").get(0).get("field").asText());
        assertEquals(403, get(OTHER_CM, "/vocational/participants/" + p + "/employment").status);
        Reply team = get(CM, "/vocational/teams/" + teamId + "/employment?size=200");
        assertTrue(team.toString(), ids(team.json).contains(p));

        // corrections: never a move, and If-Match; a delete of a period entered in error
        String jobPath = "/vocational/employment/" + jobId;
        assertEquals(428, put(CM, jobPath, null, period("PART_TIME", today.minusDays(20), null)).status);
        assertEquals(412, put(CM, jobPath, "\"7\"", period("PART_TIME", today.minusDays(20), null)).status);
        Reply into = put(CM, jobPath, "\"1\"", period("FULL_TIME", today.minusDays(40), null));
        assertEquals(into.toString(), 409, into.status);
        Reply fixed = put(CM, jobPath, "\"1\"", period("PART_TIME", today.minusDays(20), null));
        assertEquals(fixed.toString(), 200, fixed.status);
        assertEquals("\"2\"", fixed.header("ETag"));
        assertEquals(428, call(CM, "DELETE", jobPath, null, Map.of()).status);
        Reply gone = call(CM, "DELETE", jobPath, null, Map.of("If-Match", "\"2\""));
        assertEquals(gone.toString(), 204, gone.status);
        assertEquals(403, get(CM, jobPath).status);
        Event l = lost.poll(10, TimeUnit.SECONDS);
        assertNotNull("LOST_JOB is posted: nothing holds today any more", l);
        assertEquals("NONE", l.getProperty("statusToday"));
    }

    @Test
    public void theSitesStaffKeepEmployersAndAnApplicationNeedsAnOpening() throws Exception {
        String p = enrolledParticipant("Bondarenko");
        String openingId = employerAndOpening("Acme Synthetic Widgets " + RUN);
        JsonNode opening = get(CM, "/vocational/openings/" + openingId).json;
        String employerId = opening.get("employerId").asText();
        assertEquals(site, opening.get("site").asText());
        assertEquals(403, get(FAR_CM, "/vocational/employers/" + employerId).status);
        assertEquals(403, get(FAR_CM, "/vocational/sites/" + sitePath(site) + "/employers").status);
        assertTrue(ids(get(SUPERVISOR, "/vocational/sites/" + sitePath(site) + "/openings?size=200").json)
            .contains(openingId));
        assertEquals(400, get(CM, "/vocational/sites/" + sitePath(site) + "/openings?status=SOON").status);
        assertEquals(403, post(SUPERVISOR, "/vocational/employers", Map.of("site", site, "name", "Not theirs")).status);
        assertEquals(400, post(CM, "/vocational/employers", Map.of("site", site)).status);
        Reply renamed = put(CM, "/vocational/employers/" + employerId, "\"1\"", Map.of("name", "Acme Widgets Two"));
        assertEquals(renamed.toString(), 200, renamed.status);

        Reply unknown = post(CM, "/vocational/applications", Map.of("participantId", p, "openingId", "no-such-opening"));
        assertEquals(unknown.toString(), 404, unknown.status);
        Map<String, Object> application = new HashMap<>();
        application.put("participantId", p);
        application.put("openingId", openingId);
        application.put("appliedOn", LocalDate.now().minusDays(10).toString());
        application.put("documents", Map.of("RESUME", true, "ID", true));
        Reply applied = post(PSS, "/vocational/applications", application);
        assertEquals(applied.toString(), 201, applied.status);
        assertFalse(applied.json.get("documents").get("REFERENCES").asBoolean());
        String appId = applied.json.get("id").asText();
        Reply twice = post(PSS, "/vocational/applications", application);
        assertEquals(twice.toString(), 409, twice.status);
        assertEquals(appId, twice.json.get("conflicting").get("id").asText());
        assertEquals(403, get(OTHER_CM, "/vocational/applications/" + appId).status);

        Map<String, Object> update = new HashMap<>(application);
        update.put("status", "ACCEPTED");
        update.put("interviews", List.of(Map.of("scheduledAt", OffsetDateTime.now().minusDays(6).toString(),
            "preparation", "Mock interview", "outcome", "ATTENDED")));
        Map<String, Object> offer = new HashMap<>();
        offer.put("offeredOn", LocalDate.now().minusDays(3).toString());
        offer.put("wage", "$18/hour");
        offer.put("hours", "PART_TIME");
        update.put("offers", List.of(offer));
        Reply noOffer = put(CM, "/vocational/applications/" + appId, "\"1\"", update);
        assertEquals(noOffer.toString(), 422, noOffer.status);
        offer.put("response", "ACCEPTED");
        Reply accepted = put(CM, "/vocational/applications/" + appId, "\"1\"", update);
        assertEquals(accepted.toString(), 200, accepted.status);
        assertEquals("ACCEPTED", accepted.json.get("status").asText());
        assertEquals("ATTENDED", accepted.json.get("interviews").get(0).get("outcome").asText());
        assertEquals(1, get(CM, "/vocational/participants/" + p + "/applications").json.get("totalItems").asInt());
        Reply unknownField = post(CM, "/vocational/applications", Map.of("participantId", p, "openingId", openingId,
            "salary", "lots"));
        assertEquals(unknownField.toString(), 400, unknownField.status);
    }

    @Test
    public void goalsKeepTheirNotesAndACompletionIsPosted() throws Exception {
        BlockingQueue<Event> completions = events("org/missioncj/vocational/EDUCATION_COMPLETED");
        String p = enrolledParticipant("Castellanos");
        Reply goal = post(PSS, "/vocational/goals", Map.of("participantId", p, "kind", "EDUCATION", "title",
            "Finish the GED by autumn"));
        assertEquals(goal.toString(), 201, goal.status);
        String goalId = goal.json.get("id").asText();
        Reply note = post(CM, "/vocational/goals/" + goalId + "/notes", Map.of("text", "Enrolled in evening classes"));
        assertEquals(note.toString(), 201, note.status);
        assertEquals("Enrolled in evening classes", note.json.get("notes").get(0).get("text").asText());
        assertEquals(400, post(CM, "/vocational/goals/" + goalId + "/notes", Map.of()).status);
        assertEquals(403, post(OTHER_CM, "/vocational/goals/" + goalId + "/notes", Map.of("text", "not mine")).status);
        Reply achieved = put(CM, "/vocational/goals/" + goalId, "\"2\"", Map.of("kind", "EDUCATION", "title",
            "Finish the GED by autumn", "status", "ACHIEVED"));
        assertEquals(achieved.toString(), 200, achieved.status);
        assertEquals(1, achieved.json.get("notes").size());

        Map<String, Object> ged = new HashMap<>();
        ged.put("programName", "Evening GED classes");
        ged.put("kind", "GED");
        ged.put("enrolledOn", LocalDate.now().minusDays(80).toString());
        Reply enrolled = post(CM, "/vocational/participants/" + p + "/education", ged);
        assertEquals(enrolled.toString(), 201, enrolled.status);
        ged.put("status", "COMPLETED");
        Reply missing = put(CM, "/vocational/education/" + enrolled.json.get("id").asText(), "\"1\"", ged);
        assertEquals(missing.toString(), 400, missing.status);
        ged.put("completedOn", LocalDate.now().minusDays(4).toString());
        Reply done = put(CM, "/vocational/education/" + enrolled.json.get("id").asText(), "\"1\"", ged);
        assertEquals(done.toString(), 200, done.status);
        Event c = completions.poll(10, TimeUnit.SECONDS);
        assertNotNull("EDUCATION_COMPLETED is posted", c);
        assertEquals("GED", c.getProperty("kind"));
        assertNull("no program name in the event", c.getProperty("programName"));
    }

    @Test
    public void onTheJobSupportIsTheTeamsAndIsPostedForCti() throws Exception {
        BlockingQueue<Event> logged = events("org/missioncj/support/CONTACT_LOGGED");
        String p = enrolledParticipant("Dube");
        Map<String, Object> contact = new HashMap<>();
        contact.put("occurredAt", OffsetDateTime.now().minusHours(2).withNano(0).toString());
        contact.put("mode", "IN_PERSON");
        contact.put("topics", List.of("PUNCTUALITY", "SYMPTOMS_AT_WORK"));
        contact.put("minutes", 40);
        contact.put("notes", SECRET);
        String path = "/vocational/participants/" + p + "/support-contacts";
        Reply r = post(PSS, path, contact);
        assertEquals(r.toString(), 201, r.status);
        Event e = logged.poll(10, TimeUnit.SECONDS);
        assertNotNull("CONTACT_LOGGED is posted", e);
        assertEquals("vocational", e.getProperty("source"));
        assertEquals(r.json.get("id").asText(), e.getProperty("contactId"));
        assertEquals(r.json.get("staffId").asText(), e.getProperty("staffId"));
        for (String name : e.getPropertyNames()) {
            assertFalse(name, SECRET.equals(e.getProperty(name)));
        }
        assertEquals(403, post(OTHER_CM, path, contact).status);
        assertEquals(403, post(SUPERVISOR, path, contact).status);
        assertEquals(403, post(ADMIN, path, contact).status);
        contact.put("mode", "SMOKE_SIGNALS");
        Reply bad = post(CM, path, contact);
        assertEquals(bad.toString(), 400, bad.status);
        assertEquals("mode", bad.json.get("errors").get(0).get("field").asText());
        assertEquals(1, get(SUPERVISOR, path).json.get("totalItems").asInt());
    }

    @Test
    public void theCourtReportGivesStatusesDatesAndCountsNeverNotesEmployersOrWages() throws Exception {
        String p = enrolledParticipant("Eriksen");
        LocalDate today = LocalDate.now();
        String openingId = employerAndOpening("Secretive Synthetic Bakery " + RUN);
        assertEquals(201, post(CM, "/vocational/applications", Map.of("participantId", p, "openingId", openingId)).status);
        String goalId = post(CM, "/vocational/goals", Map.of("participantId", p, "kind", "JOB", "title",
            "Bakery job")).json.get("id").asText();
        assertEquals(201, post(CM, "/vocational/goals/" + goalId + "/notes", Map.of("text", SECRET)).status);
        assertEquals(201, post(CM, "/vocational/participants/" + p + "/employment",
            period("PART_TIME", today.minusDays(12), null)).status);
        JsonNode sections = get(CM, "/court-reports/sections").json;
        assertTrue(sections.toString(), sections.toString().contains("\"vocational.employment\""));
        assertTrue(sections.toString(), sections.toString().contains("\"EMPLOYMENT\""));

        Reply consent = post(CM, "/consents", courtConsent(p, COURT, List.of("EMPLOYMENT")));
        assertEquals(consent.toString(), 201, consent.status);
        Reply report = courtReport(CM, p, today.minusDays(29), today, COURT);
        assertEquals(report.toString(), 201, report.status);
        List<String> ids = new ArrayList<>();
        report.json.get("sections").forEach(s -> ids.add(s.get("id").asText()));
        assertEquals(List.of("vocational.employment"), ids);
        String body = report.raw.body();
        assertTrue(body, body.contains(today.minusDays(12).toString()));
        assertTrue(body, body.contains("Part time"));
        for (String never : List.of(SECRET, "Bakery", "Warehouse", "17.50", "Sam Synthetic")) {
            assertFalse(never + " in " + body, body.contains(never));
        }
    }

    @Test
    public void theConsolePrintsTheTimelineAndTheDaysEmployed() throws Exception {
        String p = enrolledParticipant("Fofanah");
        LocalDate start = LocalDate.now().minusDays(15);
        String id = post(CM, "/vocational/participants/" + p + "/employment", period("FULL_TIME", start, null)).json
            .get("id").asText();
        String out = execute("mission:employment " + p);
        assertTrue(out, out.contains(id));
        assertTrue(out, out.contains("FULL_TIME"));
        assertTrue(out, out.contains("1 period"));
        assertTrue(out, out.contains("days employed"));
    }

    private String execute(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true);
        Session session = sessionFactory.create(System.in, ps, ps);
        session.execute(command);
        ps.flush();
        return out.toString();
    }
}
