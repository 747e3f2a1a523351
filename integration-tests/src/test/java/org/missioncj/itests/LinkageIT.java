package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Linkage through HTTP, on a synthetic 2,000-service HSDS directory (written by the test JVM, {@link HsdsFiles}):
 * import as JSON and as the CSV package (all or nothing, the same file twice changing nothing, a newer file retiring
 * what it lost), export and back, search with HSDS paging, a service's nested detail, closed-loop referrals with
 * their steps, 409 for a retired service, the team's late steps, the court report's section and the console.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LinkageIT extends MissionTestSupport {
    @Inject
    protected SessionFactory sessionFactory;

    static final String OTHER_CM = "it.lk.cm2." + RUN;
    static final String FEED = "it.lk.feed." + RUN;
    private static final String COURT = "Synthetic Linkage Court " + RUN;
    private static final String REASON = "Wants trauma counseling; nightmares since the arrest";
    private static final String ZIP = "application/zip";

    @Override
    @org.ops4j.pax.exam.Configuration
    public org.ops4j.pax.exam.Option[] config() throws Exception {
        List<org.ops4j.pax.exam.Option> o = new ArrayList<>(List.of(withUsers(super.config(),
            new String[] {OTHER_CM, "CASE_MANAGER"}, new String[] {FEED, "INTEGRATION"})));
        o.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut("etc/system.properties",
            HsdsFiles.PROPERTY, HsdsFiles.write()));
        return o.toArray(new org.ops4j.pax.exam.Option[0]);
    }

    private static final String site = "Linkage " + UUID.randomUUID().toString().substring(0, 8);
    private static String teamId;
    private static String otherTeamId;
    private BlockingQueue<Event> moved;

    @Before
    public void setUp() throws Exception {
        moved = events("org/missioncj/linkage/REFERRAL_STATUS_CHANGED");
        if (teamId == null) {
            teamId = createTeam(site, createStaff("CASE_MANAGER", CM, site), createStaff("PEER_SPECIALIST", PSS, site),
                null).get("id").asText();
            otherTeamId = createTeam(site, createStaff("CASE_MANAGER", OTHER_CM, site),
                createStaff("PEER_SPECIALIST", null, site), null).get("id").asText();
        }
    }

    private static byte[] file(String name) throws Exception {
        return Files.readAllBytes(Paths.get(System.getProperty(HsdsFiles.PROPERTY), name));
    }

    private Reply importJson(String user, byte[] body) throws Exception {
        return reply(callBinary(user, "POST", "/linkage/directory/import", body, "application/json"));
    }

    /** The full directory, as the file has it (a test that changed it puts it back first). */
    private JsonNode fullDirectory() throws Exception {
        Reply r = importJson(ADMIN, file(HsdsFiles.JSON));
        assertEquals(r.toString(), 200, r.status);
        return r.json;
    }

    private static Reply reply(HttpResponse<byte[]> raw) throws Exception {
        return new Reply(new TextResponse(raw));
    }

    private static int count(JsonNode imported, String table, String field) {
        for (JsonNode t : imported.get("tables")) {
            if (t.get("table").asText().equals(table)) {
                return t.get(field).asInt();
            }
        }
        throw new AssertionError("no " + table + " in " + imported);
    }

    private String enrolledParticipant(String family, String team) throws Exception {
        String id = createParticipant("Riley", family, "1988-08-08", null).json.get("id").asText();
        Reply e = enroll(ADMIN, id, team, "ENROLLED", LocalDate.now().minusDays(60), 12);
        assertEquals(e.toString(), 201, e.status);
        return id;
    }

    /** An active service of the directory that offers the kind. */
    private String activeService(String kind) throws Exception {
        Reply page = get(CM, "/linkage/services?kind=" + kind + "&per_page=50");
        assertEquals(page.toString(), 200, page.status);
        for (JsonNode s : page.json.get("contents")) {
            if (s.get("status").asText().equals("active")) {
                return s.get("id").asText();
            }
        }
        throw new AssertionError("no active " + kind + " service: " + page);
    }

    private Reply refer(String user, String participant, String service, LocalDate sentOn) throws Exception {
        Map<String, Object> r = new HashMap<>();
        r.put("participantId", participant);
        r.put("serviceId", service);
        r.put("reason", REASON);
        r.put("accompanied", true);
        if (sentOn != null) {
            r.put("sentOn", sentOn.toString());
        }
        return post(user, "/linkage/referrals", r);
    }

    private Reply step(String user, Reply current, Map<String, Object> step) throws Exception {
        return call(user, "POST", "/linkage/referrals/" + current.json.get("id").asText() + "/steps", step,
            Map.of("If-Match", current.header("ETag")));
    }

    @Test
    public void theDirectoryIsImportedWholeOnceAndTheSameFileInEitherFormChangesNothing() throws Exception {
        fullDirectory();
        Reply again = importJson(FEED, file(HsdsFiles.JSON));
        assertEquals(again.toString(), 200, again.status);
        assertFalse(again.toString(), again.json.get("changed").asBoolean());
        assertEquals(HsdsFiles.SERVICES, count(again.json, "service", "unchanged"));
        Reply asCsv = reply(callBinary(ADMIN, "POST", "/linkage/directory/import", file(HsdsFiles.ZIP), ZIP));
        assertEquals(asCsv.toString(), 200, asCsv.status);
        assertFalse("the tabular package of the same directory", asCsv.json.get("changed").asBoolean());
        assertEquals("CSV", asCsv.json.get("format").asText());
        Reply fromWindows = reply(callBinary(ADMIN, "POST", "/linkage/directory/import", file(HsdsFiles.ZIP),
            "application/x-zip-compressed"));
        assertEquals(fromWindows.toString(), "CSV", fromWindows.json.get("format").asText());
        Reply byCm = importJson(CM, file(HsdsFiles.JSON));
        assertEquals("a large body only from those who may import, or the server holds it first: " + byCm, 413,
            byCm.status);
        Reply smallByCm = importJson(CM, "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(smallByCm.toString(), 403, smallByCm.status);
    }

    @Test
    public void aFileWithOneBrokenReferenceIsRefusedWholeWithTheRecordAndTheReason() throws Exception {
        fullDirectory();
        ObjectNode doc = (ObjectNode) JSON.readTree(file(HsdsFiles.JSON));
        ArrayNode services = (ArrayNode) doc.get("service");
        ((ObjectNode) services.get(0)).put("name", "Never Imported Outreach " + RUN);
        ObjectNode sixth = (ObjectNode) services.get(5);
        sixth.put("organization_id", "org-that-is-not-there");
        Reply refused = importJson(ADMIN, JSON.writeValueAsBytes(doc));
        assertEquals(refused.toString(), 422, refused.status);
        assertTrue(refused.toString(), refused.header("Content-Type").contains("problem+json"));
        String where = "service[6](" + sixth.get("id").asText() + ").organization_id";
        boolean named = false;
        for (JsonNode e : refused.json.get("errors")) {
            named |= e.get("field").asText().equals(where) && e.get("reason").asText().contains("org-that-is-not-there");
        }
        assertTrue(where + " in " + refused, named);
        Reply search = get(CM, "/linkage/services?text=never%20imported%20outreach");
        assertEquals(search.toString(), 0, search.json.get("total_items").asInt());
        Reply notJson = reply(callBinary(ADMIN, "POST", "/linkage/directory/import",
            "{\"service\": [".getBytes(StandardCharsets.UTF_8), "application/json"));
        assertEquals(notJson.toString(), 422, notJson.status);
        Reply empty = importJson(ADMIN, "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals("an empty file would retire the directory: " + empty, 422, empty.status);
    }

    @Test
    public void theDirectoryIsSearchedByKindNameAndAreaWithHsdsPaging() throws Exception {
        fullDirectory();
        Reply trauma = get(CM, "/linkage/services?kind=trauma-specialized-care&per_page=10&page=2");
        assertEquals(trauma.toString(), 200, trauma.status);
        JsonNode p = trauma.json;
        assertEquals(2, p.get("page_number").asInt());
        assertEquals(10, p.get("size").asInt());
        assertTrue(p.toString(), p.get("total_items").asInt() > 10);
        assertEquals((p.get("total_items").asInt() + 9) / 10, p.get("total_pages").asInt());
        assertFalse(p.get("first_page").asBoolean());
        for (JsonNode s : p.get("contents")) {
            assertTrue(s.toString(), s.get("kinds").toString().contains("trauma-specialized-care"));
        }
        String id = p.get("contents").get(0).get("id").asText();
        Reply detail = get(CM, "/linkage/services/" + id);
        assertEquals(detail.toString(), 200, detail.status);
        assertNotNull(detail.json.get("organization"));
        JsonNode site0 = detail.json.get("service_at_locations").get(0);
        String city = site0.get("location").get("addresses").get(0).get("city").asText();
        String name = detail.json.get("name").asText();
        Reply byName = get(CM, "/linkage/services?text=" + name.split(" ")[0].toUpperCase() + "&area="
            + city.toLowerCase().replace(" ", "%20"));
        boolean found = false;
        for (JsonNode s : byName.json.get("contents")) {
            found |= s.get("id").asText().equals(id);
        }
        assertTrue(byName.toString(), found || byName.json.get("total_pages").asInt() > 1);
        assertEquals(400, get(CM, "/linkage/services?page=0").status);
        assertEquals(400, get(CM, "/linkage/services?per_page=500").status);
        assertEquals(404, get(CM, "/linkage/services/no-such-service").status);
        Reply liaison = get(ADMIN, "/linkage/organizations?per_page=5");
        assertEquals(liaison.toString(), 5, liaison.json.get("contents").size());
    }

    @Test
    public void anExportImportsBackUnchanged() throws Exception {
        fullDirectory();
        HttpResponse<byte[]> zip = callBinary(ADMIN, "GET", "/linkage/directory/export?format=CSV", null, null);
        assertEquals(200, zip.statusCode());
        assertEquals(ZIP, zip.headers().firstValue("Content-Type").orElse(""));
        Reply back = reply(callBinary(FEED, "POST", "/linkage/directory/import", zip.body(), ZIP));
        assertEquals(back.toString(), 200, back.status);
        assertFalse(back.toString(), back.json.get("changed").asBoolean());
        HttpResponse<byte[]> json = callBinary(ADMIN, "GET", "/linkage/directory/export", null, null);
        Reply jsonBack = importJson(ADMIN, json.body());
        assertFalse(jsonBack.toString(), jsonBack.json.get("changed").asBoolean());
        assertEquals(403, callBinary(CM, "GET", "/linkage/directory/export", null, null).statusCode());
    }

    @Test
    public void aReferralFollowsItsLoopAndTheTeamSeesTheLateOnes() throws Exception {
        fullDirectory();
        String p = enrolledParticipant("Okafor", teamId);
        String service = activeService("trauma-specialized-care");
        LocalDate today = LocalDate.now();
        Reply sent = refer(CM, p, service, today.minusDays(10));
        assertEquals(sent.toString(), 201, sent.status);
        assertEquals("SENT", sent.json.get("status").asText());
        assertEquals(today.minusDays(3).toString(), sent.json.get("dueOn").asText());
        assertTrue(sent.json.get("late").asBoolean());

        Reply late = get(CM, "/linkage/teams/" + teamId + "/referral-follow-ups");
        assertEquals(late.toString(), 200, late.status);
        assertTrue(late.toString(), late.toString().contains(sent.json.get("id").asText()));
        assertEquals(403, get(OTHER_CM, "/linkage/teams/" + teamId + "/referral-follow-ups").status);
        assertEquals(403, get(OTHER_CM, "/linkage/referrals/" + sent.json.get("id").asText()).status);

        Reply skip = step(PSS, sent, Map.of("status", "ATTENDED"));
        assertEquals(skip.toString(), 409, skip.status);
        Reply accepted = step(PSS, sent, Map.of("status", "ACCEPTED", "effectiveDate", today.minusDays(8).toString()));
        assertEquals(accepted.toString(), 200, accepted.status);
        Reply stale = step(PSS, sent, Map.of("status", "DECLINED", "reason", "full"));
        assertEquals(stale.toString(), 412, stale.status);
        Reply scheduled = step(CM, accepted, Map.of("status", "SCHEDULED", "effectiveDate", today.minusDays(7).toString(),
            "appointmentOn", today.minusDays(2).toString()));
        assertEquals(scheduled.toString(), 200, scheduled.status);
        Reply attended = step(CM, scheduled, Map.of("status", "ATTENDED", "effectiveDate",
            today.minusDays(2).toString()));
        assertEquals(attended.toString(), 200, attended.status);
        assertEquals(4, attended.json.get("history").size());
        assertFalse(attended.json.has("dueOn"));
        Set<String> statuses = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            Event e = moved.poll(30, TimeUnit.SECONDS);
            assertNotNull("a REFERRAL_STATUS_CHANGED event", e);
            assertEquals(teamId, e.getProperty("teamId"));
            statuses.add((String) e.getProperty("status"));
        }
        assertEquals(Set.of("ACCEPTED", "SCHEDULED", "ATTENDED"), statuses);
        Reply list = get(CM, "/linkage/participants/" + p + "/referrals");
        assertEquals(1, list.json.get("totalItems").asInt());
        assertFalse(get(CM, "/linkage/teams/" + teamId + "/referral-follow-ups").toString()
            .contains(sent.json.get("id").asText()));
        assertEquals(403, refer(OTHER_CM, p, service, null).status);
        assertEquals(403, refer(ADMIN, p, service, null).status);
        assertEquals(422, refer(CM, p, "svc-not-in-the-directory", null).status);
    }

    @Test
    public void aServiceThatLeftTheDirectoryStaysReadableButCannotBeReferredTo() throws Exception {
        fullDirectory();
        String p = enrolledParticipant("Nakamura", teamId);
        String service = activeService("housing");
        Reply before = refer(CM, p, service, null);
        assertEquals(before.toString(), 201, before.status);
        ObjectNode doc = (ObjectNode) JSON.readTree(file(HsdsFiles.JSON));
        Set<String> sites = new HashSet<>();
        removeWhere(doc, "service", "id", service, null);
        removeWhere(doc, "service_at_location", "service_id", service, sites);
        removeWhere(doc, "service_area", "service_id", service, null);
        removeWhere(doc, "attribute", "link_id", service, null);
        removeWhere(doc, "phone", "service_id", service, null);
        for (String s : sites) {
            removeWhere(doc, "phone", "service_at_location_id", s, null);
        }
        Reply newer = importJson(ADMIN, JSON.writeValueAsBytes(doc));
        assertEquals(newer.toString(), 200, newer.status);
        assertEquals(newer.toString(), 1, count(newer.json, "service", "retired"));
        Reply gone = refer(CM, p, service, null);
        assertEquals(gone.toString(), 409, gone.status);
        assertTrue(gone.toString(), gone.toString().contains("left the directory"));
        Reply detail = get(CM, "/linkage/services/" + service);
        assertEquals(detail.toString(), 200, detail.status);
        assertTrue(detail.toString(), detail.json.has("retired_at"));
        assertEquals(service, get(CM, "/linkage/referrals/" + before.json.get("id").asText()).json.get("serviceId")
            .asText());
        JsonNode back = fullDirectory();
        assertEquals(back.toString(), 1, count(back, "service", "updated"));
    }

    private static void removeWhere(ObjectNode doc, String table, String column, String value, Set<String> ids) {
        ArrayNode rows = (ArrayNode) doc.get(table);
        if (rows == null) {
            return;
        }
        for (Iterator<JsonNode> it = rows.iterator(); it.hasNext();) {
            JsonNode r = it.next();
            if (value.equals(r.path(column).asText(null))) {
                if (ids != null) {
                    ids.add(r.get("id").asText());
                }
                it.remove();
            }
        }
    }

    @Test
    public void theCourtReportCountsLinkagesMadeAndAttendedNeverTheReasonOrTheProvider() throws Exception {
        fullDirectory();
        String p = enrolledParticipant("Lindqvist", teamId);
        String service = activeService("trauma-specialized-care");
        String provider = get(CM, "/linkage/services/" + service).json.get("organization").get("name").asText();
        LocalDate today = LocalDate.now();
        Reply sent = refer(CM, p, service, today.minusDays(5));
        Reply accepted = step(CM, sent, Map.of("status", "ACCEPTED", "effectiveDate", today.minusDays(4).toString()));
        Reply scheduled = step(CM, accepted, Map.of("status", "SCHEDULED", "effectiveDate", today.minusDays(4).toString(),
            "appointmentOn", today.minusDays(1).toString()));
        assertEquals(200, step(CM, scheduled, Map.of("status", "ATTENDED", "effectiveDate",
            today.minusDays(1).toString())).status);
        JsonNode sections = get(CM, "/court-reports/sections").json;
        assertTrue(sections.toString(), sections.toString().contains("\"linkage.referrals\""));
        assertTrue(sections.toString(), sections.toString().contains("\"LINKAGE\""));
        Reply consent = post(CM, "/consents", courtConsent(p, COURT, List.of("LINKAGE")));
        assertEquals(consent.toString(), 201, consent.status);
        Reply report = courtReport(CM, p, today.minusDays(29), today, COURT);
        assertEquals(report.toString(), 201, report.status);
        List<String> ids = new ArrayList<>();
        report.json.get("sections").forEach(s -> ids.add(s.get("id").asText()));
        assertEquals(List.of("linkage.referrals"), ids);
        String body = report.raw.body();
        assertTrue(body, body.contains(today.minusDays(5).toString()));
        assertTrue(body, body.contains("Attended"));
        assertTrue(body, body.contains("Trauma-specialized care"));
        for (String never : List.of("nightmares", "trauma counseling", provider)) {
            assertFalse(never + " in " + body, body.toLowerCase().contains(never.toLowerCase()));
        }
        String section = report.json.get("sections").toString();
        assertFalse("who made the referral: " + section, section.contains(CM));
    }

    @Test
    public void theConsoleImportsTheDirectoryAndListsReferrals() throws Exception {
        fullDirectory();
        String out = execute("mission:directory-import " + Paths.get(System.getProperty(HsdsFiles.PROPERTY),
            HsdsFiles.ZIP));
        assertTrue(out, out.contains("Nothing changed"));
        assertTrue(out, out.contains("service"));
        Path broken = Files.createTempFile("broken-hsds", ".json");
        Files.write(broken, "{\"service\": [{\"id\": \"s 1\"}]}".getBytes(StandardCharsets.UTF_8));
        String refused = execute("mission:directory-import " + broken);
        assertTrue(refused, refused.contains("refused whole"));
        String p = enrolledParticipant("Ferreira", otherTeamId);
        Reply r = refer(OTHER_CM, p, activeService("employment"), null);
        assertEquals(r.toString(), 201, r.status);
        String list = execute("mission:referrals " + p);
        assertTrue(list, list.contains(r.json.get("id").asText()));
        assertTrue(list, list.contains("1 referral"));
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
