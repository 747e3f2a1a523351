package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/** The participant registry through HTTP, the way a case manager's client uses it. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RegistryIT extends MissionTestSupport {
    @Inject
    protected SessionFactory sessionFactory;

    /** Unique per run, so the suite can run again on a PostgreSQL database that keeps its rows. */
    private static final String site = "IT " + UUID.randomUUID().toString().substring(0, 8);
    /** The staff records of the test sign-ins CM and PSS, who are on every team of this class. */
    private static String cmId;
    private static String pssId;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    /** ENROLLED events as they arrive (Event Admin delivers them asynchronously). */
    private final java.util.concurrent.BlockingQueue<Event> enrolledEvents = new java.util.concurrent.LinkedBlockingQueue<>();

    @Before
    public void listen() {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "org/missioncj/registry/*");
        ServiceRegistration<EventHandler> reg = bundleContext.registerService(EventHandler.class, e -> {
            events.add(e);
            if (e.getTopic().equals("org/missioncj/registry/ENROLLED")) {
                enrolledEvents.add(e);
            }
        }, props);
        assertNotNull(reg);
    }

    /** A team of CM and PSS: a team's participants are only its own members' caseload. */
    private JsonNode team(Integer limit) throws Exception {
        if (cmId == null) {
            cmId = createStaff("CASE_MANAGER", CM, site);
            pssId = createStaff("PEER_SPECIALIST", PSS, site);
        }
        return createTeam(site, cmId, pssId, limit);
    }

    private Reply participant(String given, String family, String dob, String booking) throws Exception {
        return createParticipant(given, family, dob, booking);
    }

    private Reply enroll(String participantId, String teamId, String status) throws Exception {
        return enroll(participantId, teamId, status, LocalDate.now().minusDays(3));
    }

    /**
     * The attack's finding: the same person entered at the same moment by four intake workers deadlocked (each insert
     * waited for the others' uncommitted rows), the lock waits timed out together and every request got 503 with
     * nothing stored; with deadlocks found sooner, eight at once still deadlocked (the second attack). Creates of the
     * same person are now one after another: one is stored, the rest are told.
     */
    @Test
    public void theSamePersonEnteredEightTimesAtOnceIsStoredOnce() throws Exception {
        String booking = "RACE-" + UUID.randomUUID().toString().substring(0, 8);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Reply>> creates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            creates.add(pool.submit(() -> createParticipant("Race", "Twin" + booking, "1980-02-02", booking)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (java.util.concurrent.Future<Reply> f : creates) {
            Reply r = f.get(2, TimeUnit.MINUTES);
            assertTrue(r.toString(), r.status < 500);
            statuses.add(r.status);
        }
        pool.shutdown();
        assertEquals(statuses.toString(), 1, Collections.frequency(statuses, 201));
        assertEquals(statuses.toString(), 7, Collections.frequency(statuses, 409));
        Reply found = get(ADMIN, "/participants?identifierSystem=jail-booking&identifierValue=" + booking);
        assertEquals(found.toString(), 1, found.json.get("totalItems").asLong());
    }

    @Test
    public void createReadSearchAndWarnOfDuplicates() throws Exception {
        String family = "Zed" + UUID.randomUUID().toString().substring(0, 6);
        String booking = "B-" + UUID.randomUUID();
        Reply created = participant("Quinn", family, "1985-06-30", booking);
        assertEquals(created.toString(), 201, created.status);
        String id = created.json.get("id").asText();
        assertEquals("\"1\"", created.header("ETag"));
        assertTrue(created.header("Location").endsWith("/participants/" + id));
        assertEquals(null, created.header("X-Mission-Warning"));

        Reply duplicate = participant("quinn", family.toUpperCase(), "1985-06-30", null);
        assertEquals(201, duplicate.status);
        assertEquals("possible-duplicate: " + id, duplicate.header("X-Mission-Warning"));
        assertEquals(id, duplicate.json.get("possibleDuplicates").get(0).asText());

        Reply taken = participant("Other", "Person", "1970-01-01", booking);
        assertEquals(409, taken.status);
        assertEquals("conflict", taken.problemType());

        Reply read = get(CM, "/participants/" + id);
        assertEquals(200, read.status);
        assertEquals("es-MX", read.json.get("preferredLanguage").asText());
        assertEquals("1985-06-30", read.json.get("dateOfBirth").asText());
        assertEquals(booking, read.json.get("identifiers").get(0).get("value").asText());

        Reply byName = get(PSS, "/participants?name=qui%20" + family.substring(0, 5) + "&size=1");
        assertEquals(byName.toString(), 200, byName.status);
        assertEquals(2, byName.json.get("totalItems").asInt());
        assertEquals(2, byName.json.get("totalPages").asInt());
        assertEquals(1, byName.json.get("items").size());
        assertFalse(byName.json.get("totalCapped").asBoolean());
        // paging by key: the previous page's next, an id
        String byNameUrl = "/participants?name=qui%20" + family.substring(0, 5) + "&size=1";
        Reply second = get(PSS, byNameUrl + "&after=" + byName.json.get("next").asText());
        assertEquals(second.toString(), 200, second.status);
        assertEquals(1, second.json.get("items").size());
        assertNotEquals(byName.json.get("items").get(0).get("id"), second.json.get("items").get(0).get("id"));
        Reply third = get(PSS, byNameUrl + "&after=" + second.json.get("next").asText());
        assertEquals(0, third.json.get("items").size());
        assertTrue(third.json.path("next").isNull() || third.json.path("next").isMissingNode());
        Reply unknownAfter = get(PSS, byNameUrl + "&after=" + UUID.randomUUID());
        assertEquals(400, unknownAfter.status);
        assertEquals(400, get(PSS, byNameUrl + "&page=1&after=" + byName.json.get("next").asText()).status);
        Reply byIdentifier = get(CM, "/participants?identifierSystem=jail-booking&identifierValue=" + booking);
        assertEquals(id, byIdentifier.json.get("items").get(0).get("id").asText());
        Reply byBirth = get(CM, "/participants?dateOfBirth=1985-06-30&name=" + family);
        assertEquals(2, byBirth.json.get("totalItems").asInt());
        assertEquals(400, get(CM, "/participants?dateOfBirth=30/06/1985").status);
        // outside one's caseload, a participant that does not exist answers like one that does
        assertEquals(403, get(CM, "/participants/" + UUID.randomUUID()).status);
        assertEquals(404, get(ADMIN, "/participants/" + UUID.randomUUID()).status);
    }

    @Test
    public void validationNamesEveryBadField() throws Exception {
        Map<String, Object> p = new HashMap<>();
        p.put("givenName", "");
        p.put("dateOfBirth", LocalDate.now().plusDays(1).toString());
        p.put("email", "nope");
        Reply r = post(CM, "/participants", p);
        assertEquals(400, r.status);
        assertEquals("validation", r.problemType());
        List<String> fields = new ArrayList<>();
        r.json.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("givenName", "familyName", "dateOfBirth", "email"), fields);

        Reply unknownField = post(CM, "/participants", Map.of("givenName", "A", "familyName", "B",
            "dateOfBirth", "1990-01-01", "ssn", "000-00-0000"));
        assertEquals(400, unknownField.status);
        assertEquals("ssn", unknownField.json.get("errors").get(0).get("field").asText());
        Reply badEnum = post(CM, "/participants", Map.of("givenName", "A", "familyName", "B",
            "dateOfBirth", "1990-01-01", "sex", "Q"));
        assertEquals(400, badEnum.status);
        assertTrue(badEnum.toString(), badEnum.json.get("errors").get(0).get("reason").asText().contains("FEMALE"));
    }

    @Test
    public void staleAndBlindUpdatesAreRefused() throws Exception {
        Reply created = participant("Reese", "Lindqvist", "1979-12-31", null);
        String id = created.json.get("id").asText();
        Map<String, Object> change = new HashMap<>();
        change.put("givenName", "Reese");
        change.put("familyName", "Lindqvist");
        change.put("dateOfBirth", "1979-12-31");
        change.put("phone", "555 0100");

        Reply blind = put(CM, "/participants/" + id, null, change);
        assertEquals(428, blind.status);
        Reply first = put(CM, "/participants/" + id, "\"1\"", change);
        assertEquals(first.toString(), 200, first.status);
        assertEquals("\"2\"", first.header("ETag"));
        change.put("phone", "555 0199");
        Reply stale = put(PSS, "/participants/" + id, "\"1\"", change);
        assertEquals(412, stale.status);
        assertEquals("precondition-failed", stale.problemType());
        assertEquals("555 0100", get(CM, "/participants/" + id).json.get("phone").asText());
    }

    @Test
    public void enrollmentFollowsTheProgramAndTheCaseloadLimit() throws Exception {
        JsonNode team = team(1);
        String teamId = team.get("id").asText();
        String a = participant("Sawyer", "Pemberton", "1991-03-03", null).json.get("id").asText();
        String b = participant("Tatum", "Rasmussen", "1992-04-04", null).json.get("id").asText();

        Reply enrolled = enroll(a, teamId, "ENROLLED");
        assertEquals(enrolled.toString(), 201, enrolled.status);
        String enrollmentId = enrolled.json.get("id").asText();
        assertEquals(LocalDate.now().minusDays(3).plusMonths(6).toString(), enrolled.json.get("expectedEndDate").asText());

        Reply full = enroll(b, teamId, "ENROLLED");
        assertEquals(409, full.status);
        assertTrue(full.toString(), full.json.get("detail").asText().contains("1 of 1"));

        Reply caseload = get(CM, "/teams/" + teamId + "/caseload");
        assertEquals(1, caseload.json.get("count").asInt());
        assertEquals(a, caseload.json.get("participants").get(0).get("participantId").asText());

        Reply illegal = call(CM, "POST", "/enrollments/" + enrollmentId + "/status", Map.of("status", "COMPLETED"),
            Map.of("If-Match", "\"1\""));
        assertEquals(409, illegal.status);
        Reply noReason = call(CM, "POST", "/enrollments/" + enrollmentId + "/status", Map.of("status", "DISCHARGED"),
            Map.of("If-Match", "\"1\""));
        assertEquals(400, noReason.status);
        assertEquals("reason", noReason.json.get("errors").get(0).get("field").asText());
        Reply peer = call(PSS, "POST", "/enrollments/" + enrollmentId + "/status", Map.of("status", "ACTIVE"),
            Map.of("If-Match", "\"1\""));
        assertEquals(403, peer.status);
        Reply active = call(CM, "POST", "/enrollments/" + enrollmentId + "/status", Map.of("status", "ACTIVE"),
            Map.of("If-Match", "\"1\""));
        assertEquals(active.toString(), 200, active.status);
        Reply withdrawn = call(CM, "POST", "/enrollments/" + enrollmentId + "/status",
            Map.of("status", "WITHDRAWN", "reason", "moved out of state"), Map.of("If-Match", active.header("ETag")));
        assertEquals(200, withdrawn.status);
        Reply history = get(CM, "/enrollments/" + enrollmentId + "/history");
        assertEquals(3, history.json.size());
        assertEquals("moved out of state", history.json.get(2).get("reason").asText());

        // the place is free again
        assertEquals(201, enroll(b, teamId, "ENROLLED").status);
        Reply listed = get(CM, "/enrollments?teamId=" + teamId + "&status=ENROLLED");
        assertEquals(1, listed.json.get("totalItems").asInt());

        List<String> enrolledIds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Event e = enrolledEvents.poll(10, TimeUnit.SECONDS);
            assertNotNull("an ENROLLED event for each enrollment", e);
            enrolledIds.add((String) e.getProperty("participantId"));
        }
        Collections.sort(enrolledIds);
        List<String> expected = new ArrayList<>(List.of(a, b));
        Collections.sort(expected);
        assertEquals(expected, enrolledIds);
    }

    @Test
    public void everyParticipantReadIsAuditedWithItsPurpose() throws Exception {
        String id = participant("Oakley", "Nakamura", "1983-08-08", null).json.get("id").asText();
        Reply read = call(PSS, "GET", "/participants/" + id, null, Map.of("X-Purpose-Of-Use", "CARE_COORDINATION"));
        assertEquals(200, read.status);
        assertEquals(403, get(LIAISON, "/participants/" + id).status);
        Reply trail = get(PRIVACY, "/audit?participantId=" + id);
        assertEquals(trail.toString(), 200, trail.status);
        JsonNode items = trail.json.get("items");
        assertEquals(3, items.size());
        assertEquals(LIAISON, items.get(0).get("actor").asText());
        assertEquals("DENIED", items.get(0).get("outcome").asText());
        assertEquals(PSS, items.get(1).get("actor").asText());
        assertEquals("CARE_COORDINATION", items.get(1).get("purpose").asText());
        assertEquals("PEER_SPECIALIST", items.get(1).get("roles").asText());
        assertEquals("CREATE", items.get(2).get("action").asText());
        Reply firstTwo = get(PRIVACY, "/audit?size=2&participantId=" + id);
        Reply rest = get(PRIVACY, "/audit?size=2&participantId=" + id + "&after=" + firstTwo.json.get("next").asText());
        assertEquals(rest.toString(), 200, rest.status);
        // the first search of the trail is a record of the participant's too, and the newest
        assertEquals("AUDIT_READ", firstTwo.json.get("items").get(0).get("action").asText());
        assertEquals(PSS, rest.json.get("items").get(0).get("actor").asText());
        assertEquals("CREATE", rest.json.get("items").get(1).get("action").asText());
        assertEquals(400, get(PRIVACY, "/audit?after=not-an-id").status);
        // reading the trail was itself recorded
        Reply reads = get(PRIVACY, "/audit?action=AUDIT_READ&actor=" + PRIVACY);
        assertTrue(reads.json.get("totalItems").asInt() >= 1);
    }

    @Test
    public void consoleCommandsListParticipantsAndCaseloads() throws Exception {
        JsonNode team = team(null);
        String p = participant("Marlow", "Thorncastle", "1975-05-05", null).json.get("id").asText();
        assertEquals(201, enroll(p, team.get("id").asText(), "ENROLLED").status);
        String list = execute("mission:participant-list --team " + team.get("id").asText());
        assertTrue(list, list.contains("Thorncastle"));
        assertTrue(list, list.contains("1 of 25"));
        String byName = execute("mission:participant-list --name thorncastle");
        assertTrue(byName, byName.contains(p));
        String caseloads = execute("mission:team-caseload --site \"" + site + "\"");
        assertTrue(caseloads, caseloads.contains(team.get("name").asText()));
        Reply trail = get(PRIVACY, "/audit?participantId=" + p + "&component=registry&action=READ");
        assertTrue(trail.toString(), trail.raw.body().contains("console:"));
        String verified = execute("mission:audit-verify");
        assertTrue(verified, verified.contains("Audit chain intact"));
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
