package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Peer-led sessions through HTTP: groups with their comfort agreement, roster and attendance as each caller may see
 * them, individual sessions, progress, the court report's peer section, the console.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PeerIT extends MissionTestSupport {
    @Inject
    protected SessionFactory sessionFactory;

    /** The Peer Support Specialist of the second team, who facilitates the group. */
    static final String FACILITATOR = "it.pss2." + RUN;
    static final String S1 = "peer-mission-cj-01";
    static final String S2 = "peer-mission-cj-02";
    static final String S3 = "peer-mission-cj-03";

    @Override
    @org.ops4j.pax.exam.Configuration
    public org.ops4j.pax.exam.Option[] config() throws Exception {
        return withUsers(super.config(), new String[] {FACILITATOR, "PEER_SPECIALIST"});
    }

    /** Two teams of one site for the class: CM and PSS sign in as team A's, FACILITATOR as team B's peer specialist. */
    private static final String site = "Peer " + UUID.randomUUID().toString().substring(0, 8);
    private static String pssId;
    private static String facilitatorId;
    private static JsonNode teamA;
    private static JsonNode teamB;
    private BlockingQueue<Event> events;

    @Before
    public void setUp() throws Exception {
        events = events("org/missioncj/peer/*");
        if (teamA == null) {
            String cmId = createStaff("CASE_MANAGER", CM, site);
            pssId = createStaff("PEER_SPECIALIST", PSS, site);
            teamA = createTeam(site, cmId, pssId, null);
            facilitatorId = createStaff("PEER_SPECIALIST", FACILITATOR, site);
            teamB = createTeam(site, createStaff("CASE_MANAGER", null, site), facilitatorId, null);
            createStaff("CLINICAL_SUPERVISOR", SUPERVISOR, site);
        }
    }

    private String enrolled(String family, JsonNode team, int daysAgo) throws Exception {
        String id = createParticipant("Rowan", family, "1986-06-06", null).json.get("id").asText();
        Reply e = enroll(ADMIN, id, team.get("id").asText(), "ENROLLED", LocalDate.now().minusDays(daysAgo), 6);
        assertEquals(e.toString(), 201, e.status);
        return id;
    }

    private static LocalDate daysAgo(int n) {
        return LocalDate.now().minusDays(n);
    }

    private Map<String, Object> meeting(LocalDate on, String session, Object... attendance) {
        Map<String, Object> m = new HashMap<>();
        m.put("heldOn", on.toString());
        m.put("catalogSessionId", session);
        m.put("minutes", 90);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < attendance.length; i += 2) {
            list.add(Map.of("participantId", attendance[i], "attendance", attendance[i + 1]));
        }
        m.put("attendance", list);
        return m;
    }

    private Reply join(String user, String groupId, String participantId, LocalDate on, Boolean agreed) throws Exception {
        Map<String, Object> m = new HashMap<>();
        m.put("participantId", participantId);
        m.put("joinedOn", on.toString());
        if (agreed != null) {
            m.put("agreedToComfortAgreement", agreed);
        }
        return post(user, "/peer/groups/" + groupId + "/members", m);
    }

    private String group(String name) throws Exception {
        Map<String, Object> g = new HashMap<>();
        g.put("facilitatorId", facilitatorId);
        g.put("name", name);
        g.put("place", "Community room");
        g.put("schedule", "Tuesdays 18:00-19:30");
        Reply r = post(FACILITATOR, "/peer/groups", g);
        assertEquals(r.toString(), 201, r.status);
        assertNotNull(r.header("ETag"));
        assertTrue(r.header("Location").contains("/peer/groups/"));
        assertEquals("FULL", r.json.get("roster").asText());
        return r.json.get("id").asText();
    }

    /** A group of team B's peer specialist with pA (team A) and pB (team B), its first meeting 20 days ago. */
    private String startedGroup(String name, String pA, String pB) throws Exception {
        String g = group(name);
        assertEquals(201, join(FACILITATOR, g, pA, daysAgo(25), null).status);
        assertEquals(201, join(FACILITATOR, g, pB, daysAgo(25), null).status);
        Map<String, Object> first = meeting(daysAgo(20), S1, pA, "ATTENDED", pB, "ATTENDED");
        first.put("comfortAgreement", Map.of("text", "What is said here stays here.", "agreedBy", List.of(pA, pB)));
        Reply r = post(FACILITATOR, "/peer/groups/" + g + "/meetings", first);
        assertEquals(r.toString(), 201, r.status);
        return g;
    }

    @Test
    public void aGroupStartsWithItsComfortAgreementAndShowsEachCallerWhatTheyMaySee() throws Exception {
        String pA = enrolled("Ashdown", teamA, 40);
        String pB = enrolled("Birchwood", teamB, 40);
        String g = group("Tuesday evening " + RUN);
        assertEquals(403, post(CM, "/peer/groups", Map.of("facilitatorId", facilitatorId, "name", "x")).status);
        assertEquals(403, post(SUPERVISOR, "/peer/groups/" + g + "/members", Map.of()).status);
        assertEquals("not their group", 403, post(PSS, "/peer/groups/" + g + "/members", Map.of()).status);
        assertEquals(201, join(FACILITATOR, g, pA, daysAgo(25), null).status);
        assertEquals(201, join(FACILITATOR, g, pB, daysAgo(25), null).status);
        Reply staff = join(FACILITATOR, g, pssId, daysAgo(25), null);
        assertEquals(staff.toString(), 422, staff.status);
        assertTrue(staff.toString(), staff.json.get("detail").asText().contains("Staff are never members"));

        Reply early = post(FACILITATOR, "/peer/groups/" + g + "/meetings", meeting(daysAgo(20), S1, pA, "ATTENDED"));
        assertEquals(early.toString(), 409, early.status);
        assertTrue(early.toString(), early.json.get("detail").asText().contains("no comfort agreement yet"));
        Map<String, Object> first = meeting(daysAgo(20), S1, pA, "ATTENDED", pB, "PARTLY");
        first.put("comfortAgreement", Map.of("text", "What is said here stays here.", "agreedBy", List.of(pA, pB)));
        Reply recorded = post(FACILITATOR, "/peer/groups/" + g + "/meetings", first);
        assertEquals(recorded.toString(), 201, recorded.status);
        String meetingId = recorded.json.get("id").asText();
        assertEquals(1, recorded.json.get("comfortAgreementVersion").asInt());
        assertEquals(1, recorded.json.get("catalogVersion").asInt());
        Event e = poll("org/missioncj/peer/MEETING_RECORDED");
        assertEquals(meetingId, e.getProperty("meetingId"));
        assertEquals(1, e.getProperty("attended"));
        assertEquals(1, e.getProperty("partly"));

        String later = enrolled("Calloway", teamA, 40);
        Reply notAgreeing = join(FACILITATOR, g, later, daysAgo(10), null);
        assertEquals(notAgreeing.toString(), 422, notAgreeing.status);
        assertEquals(201, join(FACILITATOR, g, later, daysAgo(10), true).status);
        Reply stranger = post(FACILITATOR, "/peer/groups/" + g + "/meetings",
            meeting(daysAgo(5), S2, enrolled("Dunmore", teamA, 40), "ATTENDED"));
        assertEquals(stranger.toString(), 409, stranger.status);

        // the facilitator sees everyone; team A's case manager sees team A's members; the supervisor counts
        Reply full = get(FACILITATOR, "/peer/groups/" + g);
        assertEquals(full.toString(), 200, full.status);
        assertEquals("FULL", full.json.get("roster").asText());
        assertEquals(Set.of(pA, pB, later), participants(full.json.get("members")));
        Reply own = get(CM, "/peer/groups/" + g);
        assertEquals("OWN_TEAM", own.json.get("roster").asText());
        assertEquals(Set.of(pA, later), participants(own.json.get("members")));
        Reply counts = get(SUPERVISOR, "/peer/groups/" + g);
        assertEquals(counts.toString(), 200, counts.status);
        assertEquals("COUNTS", counts.json.get("roster").asText());
        assertNull("no roster in the counts view", counts.json.get("members"));
        assertEquals(3, counts.json.get("memberCount").asInt());
        assertEquals(1, counts.json.get("meetingCount").asInt());
        assertFalse(counts.raw.body().contains(pA));

        Reply ownMeeting = get(CM, "/peer/meetings/" + meetingId);
        assertEquals(Set.of(pA), participants(ownMeeting.json.get("attendance")));
        assertEquals(1, ownMeeting.json.get("partly").asInt());
        Reply countedMeeting = get(SUPERVISOR, "/peer/meetings/" + meetingId);
        assertNull(countedMeeting.json.get("attendance"));
        assertEquals(2, countedMeeting.json.get("members").asInt());
        Reply listed = get(CM, "/peer/groups?site=" + site.replace(" ", "%20"));
        assertEquals(listed.toString(), 200, listed.status);
        assertNull(listed.json.get("items").get(0).get("members"));
        assertEquals(400, get(CM, "/peer/groups").status);
        Reply agreements = get(SUPERVISOR, "/peer/groups/" + g + "/comfort-agreements");
        assertEquals("two at the first meeting, the later member when joining", 3,
            agreements.json.get(0).get("assentCount").asInt());
        assertNull(agreements.json.get(0).get("assents"));

        // the trail names who saw which member: the case manager saw team A's, never team B's
        Reply trail = get(PRIVACY, "/audit?component=peer&participantId=" + pB + "&actor=" + CM);
        assertEquals(trail.toString(), 200, trail.status);
        assertEquals(0, trail.json.get("totalItems").asInt());
        Reply seen = get(PRIVACY, "/audit?component=peer&participantId=" + pA + "&actor=" + CM + "&action=READ");
        assertTrue(seen.toString(), seen.json.get("totalItems").asInt() >= 2);

        // a member who leaves stays in the meetings they were at
        String membership = null;
        for (JsonNode m : full.json.get("members")) {
            if (m.get("participantId").asText().equals(pB)) {
                membership = m.get("id").asText();
            }
        }
        Reply left = post(FACILITATOR, "/peer/memberships/" + membership + "/leave", Map.of("leftOn", daysAgo(3).toString()));
        assertEquals(left.toString(), 200, left.status);
        assertFalse(left.json.get("current").asBoolean());
        assertEquals(1, get(SUPERVISOR, "/peer/groups/" + g).json.get("formerMemberCount").asInt());
        assertEquals(2, get(FACILITATOR, "/peer/meetings/" + meetingId).json.get("attendance").size());
        Reply update = put(FACILITATOR, "/peer/groups/" + g, null, Map.of("facilitatorId", facilitatorId, "name", "Renamed"));
        assertEquals(428, update.status);
        Reply renamed = put(FACILITATOR, "/peer/groups/" + g, full.header("ETag"),
            Map.of("facilitatorId", facilitatorId, "name", "Renamed " + RUN, "schedule", "Wednesdays 17:00"));
        assertEquals(renamed.toString(), 200, renamed.status);
        assertEquals("\"2\"", renamed.header("ETag"));
    }

    @Test
    public void individualSessionsCountTowardsProgressWithTheGroupsMeetings() throws Exception {
        String pA = enrolled("Eastwood", teamA, 40);
        String pB = enrolled("Fairweather", teamB, 40);
        startedGroup("Thursday circle " + RUN, pA, pB);
        Map<String, Object> s = new HashMap<>();
        s.put("participantId", pA);
        s.put("staffId", pssId);
        s.put("heldOn", daysAgo(15).toString());
        s.put("catalogSessionId", S2);
        s.put("attendance", "ATTENDED");
        s.put("setting", "JAIL");
        s.put("minutes", 45);
        assertEquals(403, post(CM, "/peer/sessions", s).status);
        assertEquals("another team's participant", 403, post(FACILITATOR, "/peer/sessions", s).status);
        Reply recorded = post(PSS, "/peer/sessions", s);
        assertEquals(recorded.toString(), 201, recorded.status);
        assertEquals("Self-Acceptance and Respect", recorded.json.get("catalogTitle").asText());
        Event e = poll("org/missioncj/peer/SESSION_RECORDED");
        assertEquals(recorded.json.get("id").asText(), e.getProperty("sessionId"));
        assertEquals(200, get(CM, "/peer/sessions/" + recorded.json.get("id").asText()).status);

        Map<String, Object> drt = new HashMap<>(s);
        drt.put("catalogSessionId", "drt-mission-cj-01");
        assertEquals(404, post(PSS, "/peer/sessions", drt).status);
        Map<String, Object> future = new HashMap<>(s);
        future.put("heldOn", LocalDate.now().plusDays(3).toString());
        assertEquals(422, post(PSS, "/peer/sessions", future).status);
        Map<String, Object> before = new HashMap<>(s);
        before.put("heldOn", daysAgo(45).toString());
        Reply b = post(PSS, "/peer/sessions", before);
        assertEquals(b.toString(), 422, b.status);
        assertTrue(b.toString(), b.json.get("detail").asText().contains("before the participant's enrollment started"));
        assertEquals(400, post(PSS, "/peer/sessions", Map.of("participantId", pA)).status);

        Reply progress = get(CM, "/peer/participants/" + pA + "/progress");
        assertEquals(progress.toString(), 200, progress.status);
        assertEquals(2, progress.json.get("done").asInt());
        assertEquals(11, progress.json.get("of").asInt());
        assertEquals(1, progress.json.get("individualAttended").asInt());
        assertEquals(1, progress.json.get("groupAttended").asInt());
        assertEquals(S3, progress.json.get("nextSessionId").asText());
        assertEquals(15, progress.json.get("daysSinceLast").asInt(), 1);

        Reply team = get(CM, "/peer/teams/" + teamA.get("id").asText() + "/progress?size=200");
        assertEquals(team.toString(), 200, team.status);
        assertTrue(team.toString(), team.raw.body().contains(pA));
        assertEquals(403, get(CM, "/peer/teams/" + teamB.get("id").asText() + "/progress").status);

        Reply history = get(CM, "/peer/participants/" + pA + "/sessions");
        assertEquals(history.toString(), 200, history.status);
        assertEquals(2, history.json.get("totalItems").asInt());
        assertEquals("INDIVIDUAL", history.json.get("items").get(0).get("kind").asText());
        assertEquals("GROUP", history.json.get("items").get(1).get("kind").asText());
        Reply supervised = get(SUPERVISOR, "/peer/participants/" + pA + "/sessions");
        assertEquals("a group meeting reveals the group's roster", 1, supervised.json.get("totalItems").asInt());
    }

    @Test
    public void theCourtReportHasAPeerSectionUnderItsOwnConsentCategory() throws Exception {
        String pA = enrolled("Garrison", teamA, 40);
        String pB = enrolled("Hathaway", teamB, 40);
        String groupName = "Court-quiet group " + RUN;
        startedGroup(groupName, pA, pB);
        Reply sections = get(CM, "/court-reports/sections");
        assertTrue(sections.toString(), sections.raw.body().contains("PEER_SESSION_PROGRESS"));
        String court = "Peer Court " + RUN;
        Reply consent = post(CM, "/consents", courtConsent(pA, court, List.of("ENROLLMENT", "PEER_SESSION_PROGRESS")));
        assertEquals(consent.toString(), 201, consent.status);
        Reply report = courtReport(CM, pA, daysAgo(30), daysAgo(1), court);
        assertEquals(report.toString(), 201, report.status);
        JsonNode peer = null;
        for (JsonNode section : report.json.get("sections")) {
            if (section.get("id").asText().equals("peer.sessions")) {
                peer = section;
            }
        }
        assertNotNull(report.toString(), peer);
        assertEquals("PEER_SESSION_PROGRESS", peer.get("category").asText());
        String text = peer.toString();
        assertTrue(text, text.contains("1 of 11"));
        for (String secret : List.of(groupName, pB, "Willingness", "stays here")) {
            assertFalse("the report says " + secret + ": " + text, text.contains(secret));
        }
    }

    @Test
    public void theConsoleListsGroupsWithCountsNotRosters() throws Exception {
        String pA = enrolled("Ingleby", teamA, 40);
        String pB = enrolled("Jardine", teamB, 40);
        String name = "Console group " + RUN;
        String g = startedGroup(name, pA, pB);
        String out = execute("mission:groups -s \"" + site + "\"");
        assertTrue(out, out.contains(g));
        assertFalse(out, out.contains(pA));
        assertFalse(out, out.contains(pB));
        String progress = execute("mission:peer-progress " + pA);
        assertTrue(progress, progress.contains(pA));
    }

    private Event poll(String topic) throws InterruptedException {
        while (true) {
            Event e = events.poll(10, TimeUnit.SECONDS);
            assertNotNull("no " + topic + " event", e);
            if (e.getTopic().equals(topic)) {
                return e;
            }
        }
    }

    private static Set<String> participants(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.get("participantId").asText()));
        return out;
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
