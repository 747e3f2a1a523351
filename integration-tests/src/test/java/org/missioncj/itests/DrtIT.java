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
 * Dual Recovery Therapy through HTTP: sessions recorded by the Case Manager against the catalog, who may record
 * them, progress per participant, team and site, and the court report's DRT section (counts only).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DrtIT extends MissionTestSupport {
    @Inject
    protected SessionFactory sessionFactory;

    /** A case manager of another team of the site. */
    static final String OTHER_CM = "it.drt.cm2." + RUN;
    private static final String COURT = "Synthetic DRT Court " + RUN;

    @Override
    @org.ops4j.pax.exam.Configuration
    public org.ops4j.pax.exam.Option[] config() throws Exception {
        return withUsers(super.config(), new String[] {OTHER_CM, "CASE_MANAGER"});
    }

    /** One team for the class (JUnit makes an instance per test; the Karaf boot is per class). */
    private static final String site = "DRT " + UUID.randomUUID().toString().substring(0, 8);
    private static String cmId;
    private static String otherCmId;
    private static String teamId;
    private static String otherTeamId;
    private BlockingQueue<Event> recorded;

    @Before
    public void setUp() throws Exception {
        recorded = events("org/missioncj/drt/SESSION_RECORDED");
        if (teamId == null) {
            // the test sign-ins CM and PSS are this team's members; the supervisor works at the site
            cmId = createStaff("CASE_MANAGER", CM, site);
            teamId = createTeam(site, cmId, createStaff("PEER_SPECIALIST", PSS, site), null).get("id").asText();
            otherCmId = createStaff("CASE_MANAGER", OTHER_CM, site);
            otherTeamId = createTeam(site, otherCmId, createStaff("PEER_SPECIALIST", null, site), null).get("id").asText();
            createStaff("CLINICAL_SUPERVISOR", SUPERVISOR, site);
        }
    }

    /** A participant of the team enrolled {@code daysAgo} days ago, once DRT has their enrollment. */
    private String enrolledParticipant(String family, int daysAgo) throws Exception {
        String id = createParticipant("Rowan", family, "1986-06-06", null).json.get("id").asText();
        Reply e = enroll(id, teamId, "ENROLLED", LocalDate.now().minusDays(daysAgo));
        assertEquals(e.toString(), 201, e.status);
        // a read right after enrolling has the enrollment, whether or not the registry's event reached DRT yet
        Reply progress = get(CM, "/drt/participants/" + id + "/progress");
        assertEquals(progress.toString(), 200, progress.status);
        return id;
    }

    private static Map<String, Object> session(String participantId, int number, LocalDate day, String attendance) {
        Map<String, Object> s = new HashMap<>();
        s.put("participantId", participantId);
        s.put("catalogSessionId", String.format("drt-mission-cj-%02d", number));
        s.put("sessionDate", day.toString());
        s.put("caseManagerId", cmId);
        s.put("attendance", attendance);
        s.put("minutes", 50);
        s.put("setting", "COMMUNITY");
        return s;
    }

    @Test
    public void aCaseManagerRecordsASessionThatKeepsItsCatalogVersion() throws Exception {
        String p = enrolledParticipant("Achterberg", 20);
        Map<String, Object> body = session(p, 1, LocalDate.now().minusDays(2), "ATTENDED");
        body.put("homeworkSet", true);
        body.put("homework", "List two early warning signs");
        Reply r = post(CM, "/drt/sessions", body);
        assertEquals(r.toString(), 201, r.status);
        assertTrue(r.header("Location").contains("/drt/sessions/"));
        assertEquals("\"1\"", r.header("ETag"));
        assertEquals(1, r.json.get("catalogVersion").asInt());
        assertFalse(r.json.get("pssReviewedWorkbook").asBoolean());
        String id = r.json.get("id").asText();
        Event e = recorded.poll(10, TimeUnit.SECONDS);
        assertNotNull("recording posts SESSION_RECORDED", e);
        assertEquals(id, e.getProperty("sessionId"));
        assertEquals(1, e.getProperty("catalogVersion"));
        assertEquals(teamId, e.getProperty("teamId"));
        assertEquals(site, e.getProperty("site"));

        assertEquals(200, get(PSS, "/drt/sessions/" + id).status);
        Reply list = get(PSS, "/drt/participants/" + p + "/sessions");
        assertEquals(list.toString(), 200, list.status);
        assertEquals(1, list.json.get("totalItems").asInt());

        // the PSS marks the workbook review afterwards, against the version read
        Map<String, Object> review = Map.of("pssReviewedWorkbook", true);
        assertEquals(428, put(PSS, "/drt/sessions/" + id + "/workbook-review", null, review).status);
        Reply reviewed = put(PSS, "/drt/sessions/" + id + "/workbook-review", "\"1\"", review);
        assertEquals(reviewed.toString(), 200, reviewed.status);
        assertTrue(reviewed.json.get("pssReviewedWorkbook").asBoolean());
        assertEquals("\"2\"", reviewed.header("ETag"));
        assertEquals(412, put(CM, "/drt/sessions/" + id + "/workbook-review", "\"1\"", review).status);
        assertEquals(403, put(OTHER_CM, "/drt/sessions/" + id + "/workbook-review", "\"2\"", review).status);

        Reply progress = get(CM, "/drt/participants/" + p + "/progress");
        assertEquals(1, progress.json.get("sessionsDone").asInt());
        assertEquals(13, progress.json.get("sessionsTotal").asInt());
        assertEquals(2, progress.json.get("nextSessionNumber").asInt());
        assertEquals(2, progress.json.get("daysSinceLast").asInt());
    }

    @Test
    public void onlyTheTeamsCaseManagerOrASupervisorRecordsAndBadSessionsGetTheirReason() throws Exception {
        String p = enrolledParticipant("Brandvold", 10);
        Reply pss = post(PSS, "/drt/sessions", Map.of());
        assertEquals("a PSS whatever the body: " + pss, 403, pss.status);
        assertEquals(403, post(PSS, "/drt/sessions", session(p, 1, LocalDate.now(), "ATTENDED")).status);
        assertEquals(403, post(ADMIN, "/drt/sessions", session(p, 1, LocalDate.now(), "ATTENDED")).status);
        Map<String, Object> byOther = session(p, 1, LocalDate.now(), "ATTENDED");
        byOther.put("caseManagerId", otherCmId);
        assertEquals("a CM of another team", 403, post(OTHER_CM, "/drt/sessions", byOther).status);

        Map<String, Object> unknown = session(p, 1, LocalDate.now(), "ATTENDED");
        unknown.put("catalogSessionId", "drt-no-such-session");
        assertEquals(404, post(CM, "/drt/sessions", unknown).status);
        Map<String, Object> peer = session(p, 1, LocalDate.now(), "ATTENDED");
        peer.put("catalogSessionId", "peer-mission-cj-01");
        assertEquals("a peer-led session is no DRT session", 404, post(CM, "/drt/sessions", peer).status);
        Reply future = post(CM, "/drt/sessions", session(p, 1, LocalDate.now().plusDays(2), "ATTENDED"));
        assertEquals(future.toString(), 422, future.status);
        assertTrue(future.toString(), future.json.get("detail").asText().contains("in the future"));
        Reply before = post(CM, "/drt/sessions", session(p, 1, LocalDate.now().minusDays(12), "ATTENDED"));
        assertEquals(before.toString(), 422, before.status);
        assertTrue(before.toString(), before.json.get("detail").asText().contains("before the enrollment started"));
        Map<String, Object> notCm = session(p, 1, LocalDate.now(), "ATTENDED");
        notCm.put("caseManagerId", otherCmId);
        assertEquals("the other team's CM named by this one", 422, post(CM, "/drt/sessions", notCm).status);
        Map<String, Object> tooLong = session(p, 1, LocalDate.now(), "ATTENDED");
        tooLong.put("minutes", 601);
        assertEquals(400, post(CM, "/drt/sessions", tooLong).status);
        Reply missing = post(CM, "/drt/sessions", Map.of("participantId", p));
        assertEquals(missing.toString(), 400, missing.status);
        assertEquals(5, missing.json.get("errors").size());

        Reply bySupervisor = post(SUPERVISOR, "/drt/sessions", session(p, 1, LocalDate.now(), "PARTLY"));
        assertEquals("the site's supervisor records for the team's CM: " + bySupervisor, 201, bySupervisor.status);
        assertEquals(403, get(OTHER_CM, "/drt/sessions/" + bySupervisor.json.get("id").asText()).status);
        assertEquals(403, get(OTHER_CM, "/drt/participants/" + p + "/progress").status);
    }

    @Test
    public void teamAndSiteViewsShowProgressAndWhoHasNoRecentSession() throws Exception {
        String active = enrolledParticipant("Castellanos", 60);
        String lapsed = enrolledParticipant("Dunmore", 60);
        String fresh = enrolledParticipant("Eriksen", 3);
        assertEquals(201, post(CM, "/drt/sessions", session(active, 1, LocalDate.now().minusDays(50), "ATTENDED")).status);
        assertEquals(201, post(CM, "/drt/sessions", session(active, 2, LocalDate.now().minusDays(1), "ATTENDED")).status);
        assertEquals(201, post(CM, "/drt/sessions", session(lapsed, 1, LocalDate.now().minusDays(45), "PARTLY")).status);
        assertEquals(201, post(CM, "/drt/sessions", session(lapsed, 2, LocalDate.now().minusDays(5), "NO_SHOW")).status);

        Reply team = get(PSS, "/drt/teams/" + teamId + "/progress?size=200");
        assertEquals(team.toString(), 200, team.status);
        Map<String, JsonNode> byParticipant = new HashMap<>();
        team.json.get("items").forEach(n -> byParticipant.put(n.get("participantId").asText(), n));
        assertEquals(2, byParticipant.get(active).get("sessionsDone").asInt());
        assertEquals(3, byParticipant.get(active).get("nextSessionNumber").asInt());
        assertEquals(1, byParticipant.get(lapsed).get("sessionsDone").asInt());
        assertEquals(45, byParticipant.get(lapsed).get("daysSinceLast").asInt());
        assertEquals(0, byParticipant.get(fresh).get("sessionsDone").asInt());
        assertEquals(403, get(OTHER_CM, "/drt/teams/" + teamId + "/progress").status);
        assertEquals(404, get(CM, "/drt/teams/no-such-team/progress").status);

        String path = "/drt/sites/" + site.replace(" ", "%20") + "/without-recent-session";
        Reply gaps = get(SUPERVISOR, path + "?size=200");
        assertEquals(gaps.toString(), 200, gaps.status);
        List<String> listed = new ArrayList<>();
        gaps.json.get("items").forEach(n -> listed.add(n.get("participantId").asText()));
        assertTrue(gaps.toString(), listed.contains(lapsed));
        assertTrue(gaps.toString(), listed.contains(fresh));
        assertFalse(gaps.toString(), listed.contains(active));
        for (JsonNode n : gaps.json.get("items")) {
            if (n.get("participantId").asText().equals(lapsed)) {
                assertEquals(45, n.get("daysSinceLast").asInt());
            }
            if (n.get("participantId").asText().equals(fresh)) {
                assertNull(n.get("lastSessionDate"));
            }
        }
        Reply fortySix = get(ADMIN, path + "?days=46&size=200");
        assertEquals(fortySix.toString(), 200, fortySix.status);
        assertFalse(fortySix.toString(), fortySix.toString().contains(lapsed));
        assertEquals(400, get(SUPERVISOR, path + "?days=0").status);
        assertEquals(400, get(SUPERVISOR, path + "?days=366").status);
        assertEquals(400, get(SUPERVISOR, path + "?days=thirty").status);
        assertEquals(403, get(CM, path).status);
        assertEquals(403, get(PSS, path).status);
    }

    @Test
    public void theCourtReportShowsDrtCountsOnlyWhenTheConsentNamesDrtProgress() throws Exception {
        String p = enrolledParticipant("Fairweather", 30);
        Map<String, Object> held = session(p, 1, LocalDate.now().minusDays(20), "ATTENDED");
        held.put("homeworkSet", true);
        held.put("homework", "Synthetic homework: call the sponsor");
        assertEquals(201, post(CM, "/drt/sessions", held).status);
        assertEquals(201, post(CM, "/drt/sessions", session(p, 2, LocalDate.now().minusDays(10), "NO_SHOW")).status);
        assertEquals(201, post(CM, "/drt/sessions", session(p, 2, LocalDate.now().minusDays(3), "PARTLY")).status);

        JsonNode sections = get(CM, "/court-reports/sections").json;
        assertTrue(sections.toString(), sections.toString().contains("\"drt.progress\""));
        assertTrue(sections.toString(), sections.toString().contains("\"DRT_PROGRESS\""));

        Reply consent = post(CM, "/consents", courtConsent(p, COURT, List.of("DRT_PROGRESS")));
        assertEquals(consent.toString(), 201, consent.status);
        Reply report = courtReport(CM, p, LocalDate.now().minusDays(29), LocalDate.now(), COURT);
        assertEquals(report.toString(), 201, report.status);
        List<String> ids = new ArrayList<>();
        report.json.get("sections").forEach(s -> ids.add(s.get("id").asText()));
        assertEquals(List.of("drt.progress"), ids);
        assertTrue(report.json.get("withheldCategories").toString().contains("ENROLLMENT"));
        JsonNode content = report.json.get("sections").get(0).get("content");
        Map<String, String> facts = new HashMap<>();
        content.get("facts").forEach(f -> facts.put(f.get("label").asText(), f.get("value").asText()));
        assertEquals(content.toString(), "3", facts.get("Sessions recorded in the period"));
        assertEquals(content.toString(), "2 of 13", facts.get("Sessions done at the end of the period"));
        String body = report.raw.body();
        for (String never : List.of("Onset of Problems", "Life Problem Areas", "call the sponsor", "drt-mission-cj")) {
            assertFalse(never + " in " + body, body.contains(never));
        }

        // a consent without DRT_PROGRESS keeps the section out
        String q = enrolledParticipant("Galloway", 30);
        assertEquals(201, post(CM, "/drt/sessions", session(q, 1, LocalDate.now().minusDays(2), "ATTENDED")).status);
        assertEquals(201, post(CM, "/consents", courtConsent(q, COURT, List.of("ENROLLMENT"))).status);
        Reply enrollmentOnly = courtReport(CM, q, LocalDate.now().minusDays(29), LocalDate.now(), COURT);
        assertEquals(enrollmentOnly.toString(), 201, enrollmentOnly.status);
        assertFalse(enrollmentOnly.json.get("sections").toString().contains("drt.progress"));
        assertTrue(enrollmentOnly.json.get("withheldCategories").toString().contains("DRT_PROGRESS"));
    }

    @Test
    public void consoleShowsAParticipantsAndATeamsProgress() throws Exception {
        String p = enrolledParticipant("Halvorsen", 15);
        assertEquals(201, post(CM, "/drt/sessions", session(p, 1, LocalDate.now().minusDays(4), "ATTENDED")).status);
        String one = execute("mission:drt-progress " + p);
        assertTrue(one, one.contains(p));
        assertTrue(one, one.contains("2: Life Problem Areas"));
        String team = execute("mission:drt-progress --team " + teamId);
        assertTrue(team, team.contains(p));
        assertTrue(team, team.contains("on the caseload"));
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
