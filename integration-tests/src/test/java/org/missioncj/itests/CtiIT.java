package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.missioncj.core.api.support.SupportContacts;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/** Critical Time Intervention through HTTP: schedules built from enrollments, contacts, adherence. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CtiIT extends MissionTestSupport {
    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    protected EventAdmin eventAdmin;

    /** A case manager of another team of the site, who must break the glass to see team's participants. */
    static final String OTHER_CM = "it.cm2." + RUN;

    /** A module name this site counts support contacts from, at every site (synthetic: no module posts it but the test). */
    static final String COUNTED_SOURCE = "it-support";

    @Override
    @org.ops4j.pax.exam.Configuration
    public org.ops4j.pax.exam.Option[] config() throws Exception {
        return org.ops4j.pax.exam.OptionUtils.combine(withUsers(super.config(), new String[] {OTHER_CM, "CASE_MANAGER"}),
            org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut("etc/org.missioncj.cti.cfg",
                "countSupportContacts", COUNTED_SOURCE));
    }

    /** One team for the class (JUnit makes an instance per test; the Karaf boot is per class). */
    private static final String site = "CTI " + UUID.randomUUID().toString().substring(0, 8);
    private static String cmId;
    private static String pssId;
    private static JsonNode team;
    private java.util.concurrent.BlockingQueue<Event> crises;

    @Before
    public void setUp() throws Exception {
        crises = events("org/missioncj/cti/CRISIS");
        if (team == null) {
            // the test sign-ins CM and PSS are this team's members; the supervisor works elsewhere
            cmId = createStaff("CASE_MANAGER", CM, site);
            pssId = createStaff("PEER_SPECIALIST", PSS, site);
            team = createTeam(site, cmId, pssId, null);
            createStaff("CLINICAL_SUPERVISOR", SUPERVISOR, "Elsewhere " + RUN);
        }
    }

    /** A participant enrolled {@code daysAgo} days ago, once CTI has built the schedule. */
    private String enrolledParticipant(String family, int daysAgo) throws Exception {
        String id = createParticipant("Quinn", family, "1984-04-04", null).json.get("id").asText();
        Reply e = enroll(id, team.get("id").asText(), "ENROLLED", LocalDate.now().minusDays(daysAgo));
        assertEquals(e.toString(), 201, e.status);
        // a read right after enrolling has the schedule, whether or not the registry's event reached CTI yet
        Reply schedule = get(CM, "/cti/participants/" + id + "/schedule");
        assertEquals(schedule.toString(), 200, schedule.status);
        return id;
    }

    private Map<String, Object> contact(String participantId, String staffId, ZonedDateTime at, String kind) {
        Map<String, Object> c = new HashMap<>();
        c.put("participantId", participantId);
        c.put("staffId", staffId);
        c.put("occurredAt", at.toOffsetDateTime().toString());
        c.put("kind", kind);
        c.put("minutes", 30);
        return c;
    }

    @Test
    public void enrollingBuildsAScheduleThatContactsFill() throws Exception {
        String p = enrolledParticipant("Oyelaran", 20);
        Reply logged = post(CM, "/cti/contacts", contact(p, cmId, ZonedDateTime.now().minusDays(1), "IN_PERSON"));
        assertEquals(logged.toString(), 201, logged.status);
        assertTrue(logged.header("Location").contains("/cti/contacts/"));
        assertEquals(1, logged.json.get("phase").asInt());
        assertEquals("Transition to community", logged.json.get("phaseName").asText());

        Map<String, Object> peer = contact(p, pssId, ZonedDateTime.now().minusHours(1), "ACCOMPANIMENT");
        peer.put("accompanimentTo", "INTERVIEW");
        peer.put("peerSupport", "DID_WITH");
        assertEquals(201, post(PSS, "/cti/contacts", peer).status);

        Reply schedule = get(CM, "/cti/participants/" + p + "/schedule");
        assertEquals(1, schedule.json.get("currentPhase").asInt());
        assertEquals(3, schedule.json.get("phases").size());
        assertTrue(schedule.toString(), schedule.json.get("doneCount").asInt() >= 1);
        assertTrue(schedule.toString(), schedule.json.get("missedCount").asInt() >= 1);

        Reply list = get(PSS, "/cti/contacts?participantId=" + p);
        assertEquals(2, list.json.get("totalItems").asInt());
        assertEquals(200, get(CM, "/cti/contacts/" + logged.json.get("id").asText()).status);
    }

    @Test
    public void badContactsGetTheirReason() throws Exception {
        String p = enrolledParticipant("Pemberton", 5);
        Reply before = post(CM, "/cti/contacts", contact(p, cmId, ZonedDateTime.now().minusDays(9), "PHONE"));
        assertEquals(422, before.status);
        assertTrue(before.toString(), before.json.get("detail").asText().contains("before the enrollment started"));
        Reply future = post(CM, "/cti/contacts", contact(p, cmId, ZonedDateTime.now().plusDays(2), "PHONE"));
        assertEquals(422, future.status);
        assertEquals(404, post(CM, "/cti/contacts", contact(p, UUID.randomUUID().toString(), ZonedDateTime.now(),
            "PHONE")).status);
        assertEquals("an unknown participant answers like another team's", 403, post(CM, "/cti/contacts",
            contact(UUID.randomUUID().toString(), cmId, ZonedDateTime.now(), "PHONE")).status);
        Reply outsider = get(SUPERVISOR, "/cti/participants/" + p + "/schedule");
        assertEquals(403, outsider.status);
        Reply missing = post(CM, "/cti/contacts", Map.of("participantId", p));
        assertEquals(400, missing.status);
        assertEquals(3, missing.json.get("errors").size());
    }

    @Test
    public void overdueListAndPhaseDistribution() throws Exception {
        String late = enrolledParticipant("Quintero", 30);
        String onTrack = enrolledParticipant("Rasmussen", 30);
        assertEquals(201, post(CM, "/cti/contacts", contact(onTrack, cmId, ZonedDateTime.now(), "HOME_VISIT")).status);
        Reply overdue = get(CM, "/cti/teams/" + team.get("id").asText() + "/overdue");
        assertEquals(overdue.toString(), 200, overdue.status);
        boolean lateListed = false;
        for (JsonNode o : overdue.json.get("items")) {
            assertTrue(o.toString(), !o.get("participantId").asText().equals(onTrack));
            if (o.get("participantId").asText().equals(late)) {
                lateListed = true;
                assertEquals(LocalDate.now().minusDays(30).toString(), o.get("dueDate").asText());
                assertTrue(o.get("daysLate").asInt() >= 20);
            }
        }
        assertTrue(overdue.toString(), lateListed);
        Reply phases = get(ADMIN, "/cti/sites/" + site.replace(" ", "%20") + "/phases");
        assertEquals(phases.toString(), 200, phases.status);
        assertTrue(phases.json.get("total").asInt() >= 2);
        assertEquals(403, get(CM, "/cti/sites/" + site.replace(" ", "%20") + "/phases").status);
    }

    @Test
    public void crisisRaisesAnEventAndReleaseMovesTheCommunityStart() throws Exception {
        String p = enrolledParticipant("Szabo", 10);
        Reply crisis = post(PSS, "/cti/contacts", contact(p, pssId, ZonedDateTime.now(), "CRISIS"));
        assertEquals(201, crisis.status);
        Event raised = crises.poll(30, java.util.concurrent.TimeUnit.SECONDS);
        assertNotNull("a crisis contact posts the CRISIS event", raised);
        assertEquals(crisis.json.get("id").asText(), raised.getProperty("contactId"));

        String release = LocalDate.now().plusDays(3).toString();
        eventAdmin.sendEvent(new Event("org/missioncj/custody/RELEASED", Map.of("participantId", p, "releaseDate", release)));
        Reply schedule = get(CM, "/cti/participants/" + p + "/schedule");
        assertEquals(release, schedule.json.get("anchorDate").asText());
        assertEquals(0, schedule.json.get("currentPhase").asInt());
    }

    @Test
    public void consoleShowsScheduleAndOverdue() throws Exception {
        String p = enrolledParticipant("Thorncastle", 15);
        String schedule = execute("mission:schedule " + p);
        assertTrue(schedule, schedule.contains("Transition to community"));
        assertTrue(schedule, schedule.contains("MISSED"));
        String overdue = execute("mission:overdue " + team.get("id").asText());
        assertTrue(overdue, overdue.contains(p));
    }

    @Test
    public void breakingTheGlassOpensAnotherTeamsParticipantAndFlagsEveryAccess() throws Exception {
        String p = enrolledParticipant("Vasquez", 10);
        assertEquals(201, post(CM, "/cti/contacts", contact(p, cmId, ZonedDateTime.now().minusHours(1), "PHONE")).status);
        createTeam(site, createStaff("CASE_MANAGER", OTHER_CM, site), createStaff("PEER_SPECIALIST", null, site), null);

        Reply denied = get(OTHER_CM, "/participants/" + p);
        assertEquals(denied.toString(), 403, denied.status);
        assertTrue(denied.toString(), denied.json.get("detail").asText().contains("POST /access/break-glass"));
        assertEquals(403, get(OTHER_CM, "/cti/contacts?participantId=" + p).status);
        assertEquals(400, post(OTHER_CM, "/access/break-glass", Map.of("participantId", p, "reason", "urgent")).status);
        assertEquals(403, post(LIAISON, "/access/break-glass", Map.of("participantId", p, "reason", "x".repeat(20))).status);
        String reason = "participant called in crisis; the north team is off today";
        Reply grant = post(OTHER_CM, "/access/break-glass", Map.of("participantId", p, "reason", reason));
        assertEquals(grant.toString(), 201, grant.status);
        assertEquals(OTHER_CM, grant.json.get("username").asText());
        assertTrue(grant.toString(), grant.json.get("expiresAt").asText().compareTo(grant.json.get("openedAt").asText()) > 0);

        assertEquals(200, get(OTHER_CM, "/participants/" + p).status);
        Reply contacts = get(OTHER_CM, "/cti/contacts?participantId=" + p);
        assertEquals(contacts.toString(), 200, contacts.status);
        assertEquals(1, contacts.json.get("totalItems").asInt());

        assertEquals(403, get(OTHER_CM, "/access/break-glass").status);
        Reply review = get(SUPERVISOR, "/access/break-glass?participantId=" + p);
        assertEquals(review.toString(), 200, review.status);
        assertEquals(1, review.json.get("totalItems").asInt());
        assertEquals(OTHER_CM, review.json.get("items").get(0).get("username").asText());
        assertEquals(reason, review.json.get("items").get(0).get("reason").asText());

        Reply trail = get(PRIVACY, "/audit?participantId=" + p + "&actor=" + OTHER_CM + "&outcome=SUCCESS");
        assertEquals(trail.toString(), 200, trail.status);
        List<String> actions = new java.util.ArrayList<>();
        for (JsonNode r : trail.json.get("items")) {
            actions.add(r.get("component").asText() + " " + r.get("action").asText());
            assertTrue(r.toString(), r.get("detail").asText().startsWith("break-the-glass: " + reason));
        }
        assertEquals(List.of("cti READ", "registry READ", "registry BREAK_THE_GLASS"), actions);
    }

    @Test
    public void aSupportContactFromAnotherModuleCountsOnceWhereTheSiteSaysSo() throws Exception {
        String p = enrolledParticipant("Underhill", 10);
        String supportContactId = UUID.randomUUID().toString();
        Map<String, Object> logged = new HashMap<>();
        logged.put(SupportContacts.PROP_SOURCE, COUNTED_SOURCE);
        logged.put(SupportContacts.PROP_CONTACT_ID, supportContactId);
        logged.put(SupportContacts.PROP_PARTICIPANT_ID, p);
        logged.put(SupportContacts.PROP_STAFF_ID, cmId);
        logged.put(SupportContacts.PROP_OCCURRED_AT, ZonedDateTime.now().minusDays(1).toOffsetDateTime().toString());
        logged.put(SupportContacts.PROP_MODE, "HOME_VISIT");
        logged.put(SupportContacts.PROP_KIND, "LANDLORD_MEETING");
        logged.put(SupportContacts.PROP_MINUTES, "40");
        // sendEvent returns once CTI's handler has run; the second delivery must not count twice
        eventAdmin.sendEvent(new Event(SupportContacts.LOGGED, logged));
        eventAdmin.sendEvent(new Event(SupportContacts.LOGGED, logged));
        Map<String, Object> notCounted = new HashMap<>(logged);
        notCounted.put(SupportContacts.PROP_SOURCE, "it-not-configured");
        notCounted.put(SupportContacts.PROP_CONTACT_ID, UUID.randomUUID().toString());
        eventAdmin.sendEvent(new Event(SupportContacts.LOGGED, notCounted));

        Reply list = get(CM, "/cti/contacts?participantId=" + p);
        assertEquals(list.toString(), 200, list.status);
        assertEquals(list.toString(), 1, list.json.get("totalItems").asInt());
        JsonNode c = list.json.get("items").get(0);
        assertEquals(COUNTED_SOURCE, c.get("source").asText());
        assertEquals(supportContactId, c.get("sourceContactId").asText());
        assertEquals("HOME_VISIT", c.get("kind").asText());
        assertEquals(cmId, c.get("staffId").asText());
        assertTrue(c.toString(), !c.has("notes"));
        Reply schedule = get(CM, "/cti/participants/" + p + "/schedule");
        assertTrue(schedule.toString(), schedule.json.get("doneCount").asInt() >= 1);
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
