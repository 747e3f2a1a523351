package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
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
import org.osgi.service.event.EventAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/** Housing first over HTTP: the timeline and its nights, move-ins, the team's view, budgets, custody and the report. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HousingIT extends MissionTestSupport {
    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    protected EventAdmin eventAdmin;

    private static final String COURT = "Synthetic Housing Court " + RUN;
    private static final String site = "Housing " + UUID.randomUUID().toString().substring(0, 8);
    private static String teamId;
    private BlockingQueue<Event> housed;

    @Before
    public void setUp() throws Exception {
        housed = events("org/missioncj/housing/HOUSED", "org/missioncj/housing/LOST_HOUSING");
        if (teamId == null) {
            String cmId = createStaff("CASE_MANAGER", CM, site);
            teamId = createTeam(site, cmId, createStaff("PEER_SPECIALIST", PSS, site), null).get("id").asText();
            createStaff("CLINICAL_SUPERVISOR", SUPERVISOR, site);
        }
    }

    private String enrolledParticipant(String family) throws Exception {
        String id = createParticipant("Avery", family, "1981-03-03", null).json.get("id").asText();
        Reply e = enroll(id, teamId, "ENROLLED", LocalDate.now().minusDays(60));
        assertEquals(e.toString(), 201, e.status);
        return id;
    }

    private static Map<String, Object> status(String status, LocalDate start, LocalDate end) {
        Map<String, Object> s = new HashMap<>();
        s.put("status", status);
        s.put("startDate", start.toString());
        if (end != null) {
            s.put("endDate", end.toString());
        }
        return s;
    }

    private static List<String> ids(JsonNode page, String field) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get(field).asText()));
        return out;
    }

    @Test
    public void theTimelineNeverOverlapsAndCountsNights() throws Exception {
        String p = enrolledParticipant("Timeline");
        LocalDate today = LocalDate.now();
        Reply street = post(CM, "/housing/participants/" + p + "/statuses", status("STREET", today.minusDays(30),
                today.minusDays(20)));
        assertEquals(street.toString(), 201, street.status);
        Reply shelter = post(PSS, "/housing/participants/" + p + "/statuses", status("SHELTER", today.minusDays(20), null));
        assertEquals(shelter.toString(), 201, shelter.status);

        // a closed period inside the open one: 409 naming it
        Reply overlap = post(CM, "/housing/participants/" + p + "/statuses", status("HOSPITAL", today.minusDays(10),
                today.minusDays(8)));
        assertEquals(overlap.toString(), 409, overlap.status);
        assertEquals(shelter.json.get("id").asText(), overlap.json.get("conflicting").get("id").asText());
        assertEquals("SHELTER", overlap.json.get("conflicting").get("status").asText());
        // an end before its start: 422 naming endDate
        Reply backwards = post(CM, "/housing/participants/" + p + "/statuses", status("HOSPITAL", today.minusDays(40),
                today.minusDays(45)));
        assertEquals(backwards.toString(), 422, backwards.status);
        assertEquals("endDate", backwards.json.get("errors").get(0).get("field").asText());
        assertEquals(400, post(CM, "/housing/participants/" + p + "/statuses", Map.of("status", "MANSION",
                "startDate", today.toString())).status);
        // found by the attack on issue 13: a number was read as the enum constant of that index
        Reply number = post(CM, "/housing/participants/" + p + "/statuses", Map.of("status", 3,
                "startDate", today.toString()));
        assertEquals(number.toString(), 400, number.status);
        assertEquals("status", number.json.get("errors").get(0).get("field").asText());

        // a move: rental from 5 days ago ends the shelter
        Reply rental = post(CM, "/housing/participants/" + p + "/statuses", status("RENTAL", today.minusDays(5), null));
        assertEquals(rental.toString(), 201, rental.status);
        Event e = housed.poll(10, TimeUnit.SECONDS);
        assertNotNull("HOUSED is posted", e);
        assertEquals("org/missioncj/housing/HOUSED", e.getTopic());
        JsonNode list = get(CM, "/housing/participants/" + p + "/statuses").json;
        assertEquals(3, list.get("totalItems").asInt());
        assertEquals(today.minusDays(5).toString(), list.get("items").get(1).get("endDate").asText());

        // nights of the last 30 days and tonight: 10 street, 15 shelter, 6 rental (5 days ago up to tonight)
        Reply nights = get(CM, "/housing/participants/" + p + "/nights?from=" + today.minusDays(30) + "&to=" + today);
        assertEquals(nights.toString(), 200, nights.status);
        assertEquals(6, nights.json.get("housed").asInt());
        assertEquals(25, nights.json.get("homeless").asInt());
        assertEquals(0, nights.json.get("unknown").asInt());
        assertEquals(422, get(CM, "/housing/participants/" + p + "/nights?from=" + today + "&to="
                + today.minusDays(1)).status);

        // a correction: the street period began two days later; stale If-Match is 412
        String streetId = street.json.get("id").asText();
        Reply fixed = put(CM, "/housing/statuses/" + streetId, "\"1\"", status("STREET", today.minusDays(28),
                today.minusDays(20)));
        assertEquals(fixed.toString(), 200, fixed.status);
        assertEquals(412, put(CM, "/housing/statuses/" + streetId, "\"1\"", status("STREET", today.minusDays(27),
                today.minusDays(20))).status);
        Reply unknown = get(CM, "/housing/participants/" + p + "/nights?from=" + today.minusDays(30) + "&to=" + today);
        assertEquals(2, unknown.json.get("unknown").asInt());
    }

    @Test
    public void aMoveInStartsTheUnitsStatusAndAConflictPutsItAtRisk() throws Exception {
        String p = enrolledParticipant("Placement");
        LocalDate today = LocalDate.now();
        assertEquals(201, post(CM, "/housing/participants/" + p + "/statuses", status("SHELTER", today.minusDays(12), null))
                .status);
        Map<String, Object> unit = new HashMap<>();
        unit.put("kind", "RECOVERY_RESIDENCE");
        unit.put("address", "12 Synthetic Way");
        unit.put("available", true);
        Reply u = post(CM, "/housing/sites/" + site.replace(" ", "%20") + "/units", unit);
        assertEquals(u.toString(), 201, u.status);
        String unitId = u.json.get("id").asText();
        assertEquals(404, post(CM, "/housing/participants/" + p + "/placements", Map.of("unitId", "no-such-unit",
                "moveInDate", today.minusDays(3).toString())).status);
        Reply moved = post(CM, "/housing/participants/" + p + "/placements", Map.of("unitId", unitId,
                "moveInDate", today.minusDays(3).toString(), "moveHelp", "Bus pass and a bed frame"));
        assertEquals(moved.toString(), 201, moved.status);
        String placementId = moved.json.get("id").asText();
        JsonNode now = get(CM, "/housing/participants/" + p + "/statuses").json.get("items").get(0);
        assertEquals("RECOVERY_RESIDENCE", now.get("status").asText());
        assertEquals(unitId, now.get("unitId").asText());

        Reply conflict = post(PSS, "/housing/placements/" + placementId + "/conflicts", Map.of("openedOn",
                today.minusDays(1).toString(), "description", "Noise complaint from a neighbour"));
        assertEquals(conflict.toString(), 201, conflict.status);
        Reply risk = get(CM, "/housing/teams/" + teamId + "/at-risk?size=100");
        assertEquals(risk.toString(), 200, risk.status);
        assertTrue(risk.toString(), ids(risk.json, "participantId").contains(p));
        Reply resolved = put(CM, "/housing/conflicts/" + conflict.json.get("id").asText(), "\"1\"", Map.of(
                "description", "Noise complaint from a neighbour", "resolvedOn", today.toString(),
                "resolution", "Met with the landlord and the PSS; agreed quiet hours"));
        assertEquals(resolved.toString(), 200, resolved.status);
        assertFalse(ids(get(CM, "/housing/teams/" + teamId + "/at-risk?size=100").json, "participantId").contains(p));

        Map<String, Object> contact = new HashMap<>();
        contact.put("kind", "LANDLORD_MEETING");
        contact.put("mode", "IN_PERSON");
        contact.put("occurredAt", java.time.OffsetDateTime.now().minusHours(2).toString());
        contact.put("peerAttended", true);
        Reply logged = post(PSS, "/housing/participants/" + p + "/contacts", contact);
        assertEquals(logged.toString(), 201, logged.status);
    }

    @Test
    public void theTeamSeesWhoIsHomelessTonight() throws Exception {
        String p = enrolledParticipant("Street");
        assertEquals(201, post(CM, "/housing/participants/" + p + "/statuses", status("STREET", LocalDate.now().minusDays(2),
                null)).status);
        Reply homeless = get(CM, "/housing/teams/" + teamId + "/homeless?size=100");
        assertEquals(homeless.toString(), 200, homeless.status);
        assertTrue(homeless.toString(), ids(homeless.json, "participantId").contains(p));
    }

    @Test
    public void aBudgetWithANegativeAmountNamesTheLine() throws Exception {
        String p = enrolledParticipant("Budget");
        List<Map<String, Object>> lines = new ArrayList<>();
        lines.add(Map.of("kind", "INCOME", "label", "SSI", "amount", 943));
        lines.add(Map.of("kind", "RENT", "label", "Room", "amount", 800));
        lines.add(Map.of("kind", "COST", "label", "Phone", "amount", -20));
        Reply bad = put(CM, "/housing/participants/" + p + "/budget", null, Map.of("lines", lines));
        assertEquals(bad.toString(), 422, bad.status);
        assertEquals("lines[2].amount", bad.json.get("errors").get(0).get("field").asText());
        assertEquals(404, get(CM, "/housing/participants/" + p + "/budget").status);
        lines.set(2, Map.of("kind", "COST", "label", "Phone", "amount", 220));
        Reply ok = put(CM, "/housing/participants/" + p + "/budget", null, Map.of("lines", lines));
        assertEquals(ok.toString(), 200, ok.status);
        assertEquals(77, ok.json.get("shortfall").asInt());
    }

    @Test
    public void aBookingAndAReleaseFromAnAdapterUpdateTheTimeline() throws Exception {
        String p = enrolledParticipant("Custody");
        LocalDate today = LocalDate.now();
        assertEquals(201, post(CM, "/housing/participants/" + p + "/statuses", status("FAMILY_OR_FRIENDS",
                today.minusDays(20), null)).status);
        eventAdmin.sendEvent(new Event("org/missioncj/custody/BOOKED", Map.of("participantId", p,
                "bookedAt", java.time.Instant.now().minusSeconds(7 * 86400L).toString())));
        eventAdmin.sendEvent(new Event("org/missioncj/custody/RELEASED", Map.of("participantId", p,
                "releaseDate", today.minusDays(2).toString())));
        JsonNode items = get(CM, "/housing/participants/" + p + "/statuses").json.get("items");
        assertEquals(items.toString(), "INCARCERATED", items.get(0).get("status").asText());
        assertEquals("ADAPTER", items.get(0).get("source").asText());
        assertEquals(today.minusDays(2).toString(), items.get(0).get("endDate").asText());
        Reply nights = get(CM, "/housing/participants/" + p + "/nights?from=" + today.minusDays(9) + "&to=" + today);
        assertEquals(5, nights.json.get("incarcerated").asInt());
        assertEquals(2, nights.json.get("housed").asInt());
        assertEquals(3, nights.json.get("unknown").asInt());
    }

    @Test
    public void theCourtReportGivesStatusesAndDatesNeverAddresses() throws Exception {
        String p = enrolledParticipant("Report");
        LocalDate today = LocalDate.now();
        assertEquals(201, post(CM, "/housing/participants/" + p + "/statuses", status("SHELTER", today.minusDays(25),
                today.minusDays(9))).status);
        Map<String, Object> unit = Map.of("kind", "APARTMENT", "address", "77 Synthetic Avenue", "available", true);
        String unitId = post(CM, "/housing/sites/" + site.replace(" ", "%20") + "/units", unit).json.get("id").asText();
        assertEquals(201, post(CM, "/housing/participants/" + p + "/placements", Map.of("unitId", unitId,
                "moveInDate", today.minusDays(9).toString())).status);
        Reply consent = post(CM, "/consents", courtConsent(p, COURT, List.of("HOUSING")));
        assertEquals(consent.toString(), 201, consent.status);
        Reply report = courtReport(CM, p, today.minusDays(29), today, COURT);
        assertEquals(report.toString(), 201, report.status);
        List<String> ids = new ArrayList<>();
        report.json.get("sections").forEach(s -> ids.add(s.get("id").asText()));
        assertEquals(List.of("housing.status"), ids);
        String body = report.raw.body();
        assertTrue(body, body.contains("Housed since " + today.minusDays(9)));
        for (String never : List.of("Synthetic Avenue", unitId, "landlord", "Rental", "Shelter")) {
            assertFalse(never + " in " + body, body.contains(never));
        }
    }

    @Test
    public void theConsolePrintsTheTimeline() throws Exception {
        String p = enrolledParticipant("Console");
        assertEquals(201, post(CM, "/housing/participants/" + p + "/statuses", status("OWN_HOME",
                LocalDate.now().minusDays(4), null)).status);
        String out = execute("mission:housing-status " + p);
        assertTrue(out, out.contains("OWN_HOME"));
        assertTrue(out, out.contains("housed 5"));
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
