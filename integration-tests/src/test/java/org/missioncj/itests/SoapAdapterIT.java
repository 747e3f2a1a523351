package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.event.Event;
import org.osgi.util.tracker.ServiceTracker;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The SOAP reference adapter end to end through the assembly: a simulated jail and court send notifications
 * to {@code /mission/soap/custody} as plain SOAP 1.1 over HTTP (what any host system's SOAP stack sends), and
 * a simulated court's {@code CourtNoticeService} receives the platform's notices through the CXF client, with
 * HTTP Basic, and can be told to go down or to refuse. The runtime under it is the one AdapterIT covers
 * through webhooks; here is what SOAP adds: the served contract, the sign-in and the account's system, the
 * hardened parser, and the client.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SoapAdapterIT extends MissionTestSupport {
    static final String COURT_NAME = "SOAP IT County Court";
    static final String COURT_ACCOUNT = "it.soapcourt." + RUN;
    static final String COURT_CLIENT = "platform-client";
    static final String COURT_CLIENT_PASSWORD = "court-side-password-0123456789";
    static final String PORT_PROPERTY = "mission.it.soapcourt.port";
    static final String CHANNEL = "(&(objectClass=org.missioncj.adapter.spi.OutboundChannel)(mission.adapter.system=county-court))";
    static final String NS = "urn:missioncj:soap:1";

    private static SimulatedCourtService court;
    private static AdapterFixtures.OutboxEvents events;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private String teamId;

    @Override
    protected List<String> extraBootFeatures() {
        return List.of("mission-adapter-soap");
    }

    @Override
    @Configuration
    public Option[] config() throws Exception {
        List<Option> o = new ArrayList<>(List.of(super.config()));
        AdapterFixtures.runtime(o, COURT_NAME, 4);
        o.add(editConfigurationFilePut("etc/users.properties", COURT_ACCOUNT,
            "{CRYPT}" + bootstrapHash(password()) + "{CRYPT},INTEGRATION"));
        String jail = "etc/org.missioncj.adapter.soap-county-jail.cfg";
        o.add(editConfigurationFilePut(jail, "system", "county-jail"));
        o.add(editConfigurationFilePut(jail, "account", INTEGRATION));
        o.add(editConfigurationFilePut(jail, "kinds", "BOOKING, RELEASE"));
        int port = freePort();
        o.add(editConfigurationFilePut("etc/system.properties", PORT_PROPERTY, Integer.toString(port)));
        String courtCfg = "etc/org.missioncj.adapter.soap-county-court.cfg";
        o.add(editConfigurationFilePut(courtCfg, "system", "county-court"));
        o.add(editConfigurationFilePut(courtCfg, "account", COURT_ACCOUNT));
        o.add(editConfigurationFilePut(courtCfg, "kinds", "HEARING_SCHEDULED, HEARING_CHANGED, HEARING_CANCELLED"));
        o.add(editConfigurationFilePut(courtCfg, "url", "http://127.0.0.1:" + port + "/court-notices"));
        o.add(editConfigurationFilePut(courtCfg, "user", COURT_CLIENT));
        o.add(editConfigurationFilePut(courtCfg, ".password", COURT_CLIENT_PASSWORD));
        return o.toArray(new Option[0]);
    }

    @Before
    public void simulatedSystems() throws Exception {
        if (court == null) {
            court = new SimulatedCourtService(Integer.getInteger(PORT_PROPERTY));
            events = new AdapterFixtures.OutboxEvents(bundleContext, new String[0], e -> { });
        }
        ServiceTracker<Object, Object> t = new ServiceTracker<>(bundleContext, bundleContext.createFilter(CHANNEL), null);
        t.open();
        try {
            assertNotNull("the county-court SOAP channel is registered", t.waitForService(30_000));
        } finally {
            t.close();
        }
        court.down = false;
        court.refuse = false;
        String site = "SOAP " + UUID.randomUUID().toString().substring(0, 8);
        teamId = createTeam(site, createStaff("CASE_MANAGER", null, site), createStaff("PEER_SPECIALIST", null, site), null)
            .get("id").asText();
    }

    // ---- the simulated court's CourtNoticeService ------------------------------------------------------

    /**
     * What a court's SOAP stack does with court-notices.wsdl: checks the platform's HTTP Basic sign-in, reads the
     * PlatformNotice, records its id and document, and acknowledges it. Down: 503. Refusing: a Client fault.
     */
    static final class SimulatedCourtService {
        final Map<String, Integer> received = new ConcurrentHashMap<>();
        final Map<String, String> documents = new ConcurrentHashMap<>();
        volatile boolean down;
        volatile boolean refuse;
        final HttpServer server;

        SimulatedCourtService(int port) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/court-notices", x -> {
                byte[] body = x.getRequestBody().readAllBytes();
                String auth = x.getRequestHeaders().getFirst("Authorization");
                String expected = "Basic " + Base64.getEncoder().encodeToString(
                    (COURT_CLIENT + ":" + COURT_CLIENT_PASSWORD).getBytes(StandardCharsets.UTF_8));
                int status;
                String answer;
                if (down) {
                    status = 503;
                    answer = "";
                } else if (!expected.equals(auth)) {
                    status = 401;
                    answer = "";
                } else if (refuse) {
                    status = 500;
                    answer = envelope("<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Unknown case number"
                        + "</faultstring></soap:Fault>");
                } else {
                    Document d = parse(body);
                    String id = text(d, "IdentificationID");
                    received.merge(id, 1, Integer::sum);
                    documents.put(id, text(d, "NoticeDocument"));
                    status = 200;
                    answer = envelope("<mcj:NoticeAcknowledgement xmlns:mcj=\"" + NS + "\"><mcj:MessageIdentification>"
                        + "<mcj:IdentificationID>" + id + "</mcj:IdentificationID></mcj:MessageIdentification>"
                        + "</mcj:NoticeAcknowledgement>");
                }
                byte[] out = answer.getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
                x.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
                try (OutputStream os = x.getResponseBody()) {
                    os.write(out);
                }
            });
            server.start();
        }
    }

    static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + body
            + "</soap:Body></soap:Envelope>";
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    static String text(Document d, String element) {
        org.w3c.dom.NodeList l = d.getElementsByTagNameNS("*", element);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }

    // ---- the simulated jail and court: SOAP requests ---------------------------------------------------

    /** A SOAP answer: status, headers, the parsed envelope. */
    static final class SoapReply {
        final int status;
        final String body;
        final HttpResponse<String> raw;

        SoapReply(HttpResponse<String> raw) {
            this.raw = raw;
            this.status = raw.statusCode();
            this.body = raw.body();
        }

        Document document() {
            return parse(body.getBytes(StandardCharsets.UTF_8));
        }

        String value(String element) {
            return text(document(), element);
        }

        String fault() {
            return body.contains("faultstring") ? value("faultstring") : null;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private String soapUrl() throws IOException {
        return baseUrl().replace("/api/v1", "/soap/custody");
    }

    private SoapReply soap(String user, String action, String xml) throws Exception {
        return soap(user, password(), action, HttpRequest.BodyPublishers.ofString(xml));
    }

    private SoapReply soap(String user, String password, String action, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(soapUrl())).timeout(Duration.ofSeconds(30))
            .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"urn:missioncj:soap:custody:1:" + action + "\"")
            .POST(body);
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
        }
        return new SoapReply(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static String person(String system, String value) {
        return "<mcj:Person><mcj:PersonOtherIdentification><mcj:IdentificationID>" + value + "</mcj:IdentificationID>"
            + "<mcj:IdentificationCategoryText>" + system + "</mcj:IdentificationCategoryText>"
            + "</mcj:PersonOtherIdentification></mcj:Person>";
    }

    private static String head(String messageId) {
        return "<mcj:MessageIdentification><mcj:IdentificationID>" + messageId + "</mcj:IdentificationID>"
            + "</mcj:MessageIdentification><mcj:ActivityDateTime>" + Instant.now().minusSeconds(60) + "</mcj:ActivityDateTime>";
    }

    static String booking(String messageId, String booking) {
        return envelope("<mcj:BookingNotification xmlns:mcj=\"" + NS + "\">" + head(messageId) + person("jail-booking", booking)
            + "<mcj:Booking><mcj:BookingAgencyRecordIdentification><mcj:IdentificationID>" + booking
            + "</mcj:IdentificationID></mcj:BookingAgencyRecordIdentification><mcj:BookingDetentionFacility>"
            + "<mcj:FacilityName>County Jail</mcj:FacilityName></mcj:BookingDetentionFacility></mcj:Booking>"
            + "</mcj:BookingNotification>");
    }

    static String release(String messageId, String booking, LocalDate day) {
        return envelope("<mcj:ReleaseNotification xmlns:mcj=\"" + NS + "\">" + head(messageId) + person("jail-booking", booking)
            + "<mcj:Release><mcj:BookingAgencyRecordIdentification><mcj:IdentificationID>" + booking
            + "</mcj:IdentificationID></mcj:BookingAgencyRecordIdentification><mcj:ReleaseDate>" + day
            + "</mcj:ReleaseDate><mcj:ReleaseToText>community</mcj:ReleaseToText></mcj:Release></mcj:ReleaseNotification>");
    }

    static String courtEvent(String messageId, String docket, String hearingId, String status, Instant at) {
        return envelope("<mcj:CourtEventNotification xmlns:mcj=\"" + NS + "\">" + head(messageId) + person("court-docket", docket)
            + "<mcj:CourtEvent><mcj:ActivityIdentification><mcj:IdentificationID>" + hearingId
            + "</mcj:IdentificationID></mcj:ActivityIdentification><mcj:ActivityStatusCode>" + status
            + "</mcj:ActivityStatusCode>" + (at == null ? "" : "<mcj:CourtEventScheduleDateTime>" + at
            + "</mcj:CourtEventScheduleDateTime>") + "<mcj:CourtName>" + COURT_NAME + "</mcj:CourtName>"
            + "<mcj:ActivityCategoryText>status review</mcj:ActivityCategoryText></mcj:CourtEvent>"
            + "</mcj:CourtEventNotification>");
    }

    // ---- participants and the outbox -------------------------------------------------------------------

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A participant known to the jail by its booking number and to the court by its docket, then enrolled. */
    private String participant(String booking, String docket, boolean consent) throws Exception {
        Map<String, Object> p = new HashMap<>();
        p.put("givenName", "Soap");
        p.put("familyName", "Case " + booking);
        p.put("dateOfBirth", "1983-03-03");
        p.put("identifiers", List.of(Map.of("system", "jail-booking", "value", booking),
            Map.of("system", "court-docket", "value", docket)));
        Reply created = post(ADMIN, "/participants", p);
        assertEquals(created.toString(), 201, created.status);
        String id = created.json.get("id").asText();
        if (consent) {
            consent(id);
        }
        Reply enrolled = enroll(ADMIN, id, teamId, "ENROLLED", LocalDate.now().minusDays(3), 12);
        assertEquals(enrolled.toString(), 201, enrolled.status);
        return id;
    }

    private void consent(String participantId) throws Exception {
        Reply r = post(ADMIN, "/consents", courtConsent(participantId, COURT_NAME, List.of("ENROLLMENT", "CASE_MANAGEMENT")));
        assertEquals(r.toString(), 201, r.status);
    }

    private String notice(String participantId) throws Exception {
        return events.queued(participantId);
    }

    private Event awaitOutbox(String messageId, String state) throws Exception {
        return events.outbox(messageId, state);
    }

    private List<String> courtEvents(String participantId) throws Exception {
        Reply r = get(ADMIN, "/adapters/participants/" + participantId + "/court-events");
        assertEquals(r.toString(), 200, r.status);
        List<String> kinds = new ArrayList<>();
        r.json.get("items").forEach(i -> kinds.add(i.get("kind").asText() + " " + i.path("releaseDate").asText("")));
        kinds.sort(null);
        return kinds;
    }

    private int inboxTotal() throws Exception {
        Reply r = get(ADMIN, "/adapters/inbox?sourceSystem=county-jail&size=1");
        assertEquals(r.toString(), 200, r.status);
        return r.json.get("totalItems").asInt();
    }

    // ---- the tests -------------------------------------------------------------------------------------

    @Test
    public void aReleaseBySoapMovesTheCtiPhasesOnceHoweverOftenItIsSent() throws Exception {
        String bk = newId("BK");
        String p = participant(bk, newId("DK"), false);
        SoapReply booked = soap(INTEGRATION, "NotifyBooking", booking("sb-" + bk, bk));
        assertEquals(booked.toString(), 200, booked.status);
        assertEquals("PROCESSED", booked.value("InboxStatusCode"));
        LocalDate day = LocalDate.now().minusDays(1);
        SoapReply released = soap(INTEGRATION, "NotifyRelease", release("sr-" + bk, bk, day));
        assertEquals(released.toString(), "PROCESSED", released.value("InboxStatusCode"));
        assertEquals("false", released.value("DuplicateIndicator"));
        // sent again (stamped anew by the jail's stack): acknowledged, no second effect
        SoapReply again = soap(INTEGRATION, "NotifyRelease", release("sr-" + bk, bk, day));
        assertEquals(again.toString(), 200, again.status);
        assertEquals("true", again.value("DuplicateIndicator"));
        assertEquals(textOf(released, "InboxIdentification"), textOf(again, "InboxIdentification"));
        // the same id for another release is refused, never swallowed as a duplicate
        SoapReply reused = soap(INTEGRATION, "NotifyRelease", release("sr-" + bk, bk, day.minusDays(5)));
        assertEquals(reused.toString(), 409, reused.status);
        assertTrue(reused.fault(), reused.fault().contains("received before with other content"));
        Reply schedule = get(ADMIN, "/cti/participants/" + p + "/schedule");
        assertEquals(schedule.toString(), day.toString(), schedule.json.get("anchorDate").asText());
        assertEquals(List.of("BOOKING ", "RELEASE " + day), courtEvents(p));
        // the inbox entry says it came by SOAP from the jail, as the jail's INTEGRATION account
        Reply entry = get(ADMIN, "/adapters/inbox/" + textOf(released, "InboxIdentification"));
        assertEquals(entry.toString(), "county-jail", entry.json.get("sourceSystem").asText());
    }

    private static String textOf(SoapReply r, String parent) {
        org.w3c.dom.Element e = (org.w3c.dom.Element) r.document().getElementsByTagNameNS(NS, parent).item(0);
        return e.getElementsByTagNameNS(NS, "IdentificationID").item(0).getTextContent();
    }

    @Test
    public void releaseThenBookingBySoapEndsAsBookingThenRelease() throws Exception {
        LocalDate day = LocalDate.now().minusDays(2);
        String inOrder = newId("BK");
        String pa = participant(inOrder, newId("DK"), false);
        soap(INTEGRATION, "NotifyBooking", booking("b-" + inOrder, inOrder));
        soap(INTEGRATION, "NotifyRelease", release("r-" + inOrder, inOrder, day));
        String reversed = newId("BK");
        String pb = participant(reversed, newId("DK"), false);
        SoapReply held = soap(INTEGRATION, "NotifyRelease", release("r-" + reversed, reversed, day));
        assertEquals(held.toString(), "HELD", held.value("InboxStatusCode"));
        soap(INTEGRATION, "NotifyBooking", booking("b-" + reversed, reversed));
        assertEquals("PROCESSED", get(ADMIN, "/adapters/inbox/" + textOf(held, "InboxIdentification")).json.get("state").asText());
        assertEquals(courtEvents(pa), courtEvents(pb));
        assertEquals(get(ADMIN, "/cti/participants/" + pa + "/schedule").json.get("anchorDate"),
            get(ADMIN, "/cti/participants/" + pb + "/schedule").json.get("anchorDate"));
    }

    @Test
    public void theCourtsHearingsBySoapAreListedAndTheJailMayNotSendThem() throws Exception {
        String docket = newId("DK");
        String p = participant(newId("BK"), docket, false);
        String hearing = newId("H");
        Instant first = Instant.now().plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant moved = first.plus(Duration.ofDays(2));
        SoapReply set = soap(COURT_ACCOUNT, "NotifyCourtEvent", courtEvent("h1-" + hearing, docket, hearing, "SCHEDULED", first));
        assertEquals(set.toString(), "PROCESSED", set.value("InboxStatusCode"));
        SoapReply changed = soap(COURT_ACCOUNT, "NotifyCourtEvent", courtEvent("h2-" + hearing, docket, hearing, "CHANGED", moved));
        assertEquals(changed.toString(), "PROCESSED", changed.value("InboxStatusCode"));
        Reply hearings = get(ADMIN, "/adapters/participants/" + p + "/hearings");
        assertEquals(hearings.toString(), 1, hearings.json.get("items").size());
        assertEquals(moved, Instant.parse(hearings.json.get("items").get(0).get("scheduledAt").asText()));
        SoapReply cancelled = soap(COURT_ACCOUNT, "NotifyCourtEvent", courtEvent("h3-" + hearing, docket, hearing, "CANCELLED", null));
        assertEquals(cancelled.toString(), "PROCESSED", cancelled.value("InboxStatusCode"));
        assertEquals("CANCELLED", get(ADMIN, "/adapters/participants/" + p + "/hearings").json.get("items").get(0)
            .get("status").asText());
        // each system sends only its own kinds, as its own account
        SoapReply jail = soap(INTEGRATION, "NotifyCourtEvent", courtEvent("h4-" + hearing, docket, hearing, "SCHEDULED", first));
        assertEquals(jail.toString(), 403, jail.status);
        assertTrue(jail.fault(), jail.fault().contains("county-jail may not send HEARING_SCHEDULED"));
        SoapReply courtBooking = soap(COURT_ACCOUNT, "NotifyBooking", booking("cb-" + hearing, newId("BK")));
        assertEquals(courtBooking.toString(), 403, courtBooking.status);
    }

    @Test
    public void noticesReachTheCourtsSoapServiceOnceEvenAfterItWasDown() throws Exception {
        court.down = true;
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            messages.add(notice(participant(newId("BK"), newId("DK"), true)));
        }
        for (String m : messages) {
            awaitOutbox(m, "PENDING");
        }
        court.down = false;
        for (String m : messages) {
            awaitOutbox(m, "DELIVERED");
            assertEquals(Integer.valueOf(1), court.received.get(m));
            JsonNode document = JSON.readTree(court.documents.get(m));
            assertEquals("ENROLLMENT_NOTICE", document.get("kind").asText());
            assertTrue(document.get("notice").asText().contains("42 CFR part 2"));
            assertTrue(get(ADMIN, "/adapters/outbox/" + m).json.get("attempts").asInt() >= 2);
        }
    }

    @Test
    public void aNoticeWithoutConsentIsBlockedAndACourtsRefusalIsADeadLetterUntilReplayed() throws Exception {
        String p = participant(newId("BK"), newId("DK"), false);
        String blocked = notice(p);
        awaitOutbox(blocked, "BLOCKED_BY_CONSENT");
        assertEquals(null, court.received.get(blocked));
        court.refuse = true;
        consent(p);
        awaitOutbox(blocked, "DEAD");
        Reply dead = get(ADMIN, "/adapters/outbox/" + blocked);
        assertEquals(dead.toString(), 1, dead.json.get("attempts").asInt());
        assertTrue(dead.toString(), dead.json.get("lastError").asText().contains("SOAP Client fault: Unknown case number"));
        assertEquals(0, get(ADMIN, "/disclosures?participantId=" + p).json.get("totalItems").asInt());
        court.refuse = false;
        Reply replayed = post(ADMIN, "/adapters/outbox/" + blocked + "/replay", null);
        assertEquals(replayed.toString(), "PENDING", replayed.json.get("state").asText());
        awaitOutbox(blocked, "DELIVERED");
        assertEquals(Integer.valueOf(1), court.received.get(blocked));
        Reply accounting = get(ADMIN, "/disclosures?participantId=" + p);
        assertEquals(accounting.toString(), 1, accounting.json.get("totalItems").asInt());
        assertEquals(COURT_NAME, accounting.json.get("items").get(0).get("recipientName").asText());
    }

    @Test
    public void hostileDocumentsGetAFaultThatSaysWhyAndStoreNothing() throws Exception {
        String secret = "xxe-secret-" + UUID.randomUUID();
        Path file = Files.createTempFile("soap-it", ".txt");
        Files.writeString(file, secret);
        String real = booking("hostile-" + UUID.randomUUID(), newId("BK"));
        StringBuilder lol = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 2; i <= 9; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 2 ? "" : Integer.toString(i - 1)) + ";")
                .repeat(10)).append("\">");
        }
        lol.append("]>");
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("billion laughs", new String[] {"<?xml version=\"1.0\"?>" + lol + real.replace("County Jail", "&lol9;"),
            "400", "no DTDs, no entities"});
        cases.put("external entity", new String[] {"<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \""
            + file.toUri() + "\">]>" + real.replace("County Jail", "&xxe;"), "400", "no DTDs, no entities"});
        cases.put("deep nesting", new String[] {envelope("<a>".repeat(5000) + "</a>".repeat(5000)), "400", "nested deeper than"});
        cases.put("many elements", new String[] {envelope("<a>" + "<b/>".repeat(50_000) + "</a>"), "400", "more elements"});
        cases.put("not well-formed", new String[] {real.replace("</mcj:Booking>", "</mcj:Bookin>"), "400", "not well-formed XML"});
        cases.put("outside the schema", new String[] {real.replace("mcj:BookingDetentionFacility", "mcj:Facility"), "400",
            "does not follow the service's schema"});
        cases.put("a value the inbox refuses", new String[] {real.replace("County Jail", "County\nJail"), "400",
            "FacilityName must be one line"});
        cases.put("two notifications in one Body", new String[] {real.replace("</soap:Body>",
            real.substring(real.indexOf("<mcj:BookingNotification"), real.indexOf("</soap:Body>")) + "</soap:Body>"), "400",
            "one Body holding exactly one notification"});
        cases.put("no Body", new String[] {"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"/>", "400",
            "one Body holding exactly one notification"});
        int before = inboxTotal();
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            SoapReply r = soap(INTEGRATION, "NotifyBooking", c.getValue()[0]);
            assertEquals(c.getKey() + ": " + r, Integer.parseInt(c.getValue()[1]), r.status);
            assertSafeFault(c.getKey(), r, c.getValue()[2]);
            assertFalse(c.getKey() + " read the file", r.body.contains(secret));
        }
        // 50 MB, declared: refused on its Content-Length before a byte is parsed
        byte[] big = envelope("<a>" + "x".repeat(50 * 1024 * 1024) + "</a>").getBytes(StandardCharsets.UTF_8);
        SoapReply declared = soap(INTEGRATION, password(), "NotifyBooking", HttpRequest.BodyPublishers.ofByteArray(big));
        assertEquals(declared.toString(), 413, declared.status);
        assertSafeFault("50 MB", declared, "at most");
        // 50 MB, chunked (no length): cut off as it streams in
        SoapReply streamed = soap(INTEGRATION, password(), "NotifyBooking",
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertTrue(streamed.toString(), streamed.status == 400 || streamed.status == 413);
        assertSafeFault("50 MB chunked", streamed, "");
        // and a stranger's 50 MB is never read at all: the sign-in comes first
        SoapReply stranger = soap(null, null, "NotifyBooking", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertEquals(stranger.toString(), 401, stranger.status);
        assertEquals(before, inboxTotal());
        Files.delete(file);
    }

    private static void assertSafeFault(String what, SoapReply r, String words) {
        String fault = r.fault();
        assertNotNull(what + ": a SOAP fault " + r, fault);
        assertTrue(what + ": " + fault, fault.contains(words));
        assertEquals(what, "soap:Client", r.value("faultcode"));
        for (String internal : new String[] {"Exception", "wstx", "Woodstox", "cvc-", "org.apache", "at org.", "java."}) {
            assertFalse(what + " shows parser internals: " + r.body, r.body.contains(internal));
        }
    }

    /**
     * A stranger's request is answered before its body is read: one that declares a body and sends a byte of it
     * gets its 401 (or 404, 415) at once, on the SOAP service and on the REST API alike (CXF would otherwise read
     * what is left of the body first, and a client sending it slowly would hold a server thread); the test fails
     * when no answer comes while the body is still due.
     */
    @Test
    public void aStrangersBodyIsNeverWaitedFor() throws Exception {
        java.net.URL base = new java.net.URL(baseUrl());
        String[][] cases = {{"/mission/soap/custody", "text/xml", "401"}, {"/mission/api/v1/participants", "application/json", "401"},
            {"/mission/api/v1/participants", "text/xml", "415"}, {"/mission/api/v1/no-such-path", "application/json", "404"}};
        for (String[] c : cases) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", base.getPort())) {
                s.setSoTimeout(20_000);
                s.getOutputStream().write(("POST " + c[0] + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + c[1]
                    + "\r\nContent-Length: 100000\r\n\r\n<").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                byte[] head = new byte[512];
                int n = s.getInputStream().read(head);
                String answer = new String(head, 0, Math.max(0, n), StandardCharsets.US_ASCII);
                assertTrue(c[0] + " " + c[1] + ": " + answer, answer.startsWith("HTTP/1.1 " + c[2]));
            }
        }
    }

    /**
     * The SOAP side of the access matrix: only the INTEGRATION account a system's configuration names may send,
     * and only as that system; every other role is refused; no sign-in, a wrong password or the right name in
     * another case is a 401. The contract itself (WSDL, schema) is public.
     */
    @Test
    public void onlyTheSystemsOwnIntegrationAccountMaySendAndTheContractIsPublic() throws Exception {
        String bk = newId("BK");
        for (String[] u : USERS) {
            if (u[0].equals(LOCKED)) {
                continue;
            }
            SoapReply r = soap(u[0], "NotifyBooking", booking("acl-" + u[1] + "-" + bk, bk));
            int expected = "INTEGRATION".equals(u[1]) ? 200 : 403;
            assertEquals(u[1] + ": " + r, expected, r.status);
            if (expected == 403) {
                assertTrue(r.fault(), r.fault().contains("Only an INTEGRATION account"));
            }
        }
        SoapReply nobody = soap(null, null, "NotifyBooking", HttpRequest.BodyPublishers.ofString(booking("acl-none-" + bk, bk)));
        assertEquals(nobody.toString(), 401, nobody.status);
        assertEquals("Basic realm=\"mission\"", nobody.raw.headers().firstValue("WWW-Authenticate").orElse(null));
        SoapReply wrong = soap(INTEGRATION, "not-the-password", "NotifyBooking",
            HttpRequest.BodyPublishers.ofString(booking("acl-wrong-" + bk, bk)));
        assertEquals(wrong.toString(), 401, wrong.status);
        SoapReply otherCase = soap(INTEGRATION.toUpperCase(java.util.Locale.ROOT), password(), "NotifyBooking",
            HttpRequest.BodyPublishers.ofString(booking("acl-case-" + bk, bk)));
        assertEquals(otherCase.toString(), 401, otherCase.status);
        SoapReply padded = soap(INTEGRATION + " ", password(), "NotifyBooking",
            HttpRequest.BodyPublishers.ofString(booking("acl-pad-" + bk, bk)));
        assertEquals(padded.toString(), 401, padded.status);

        HttpResponse<String> wsdl = http.send(HttpRequest.newBuilder(URI.create(soapUrl() + "?wsdl")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, wsdl.statusCode());
        for (String op : new String[] {"NotifyBooking", "NotifyRelease", "NotifyCourtEvent", "mission-soap.xsd"}) {
            assertTrue(op, wsdl.body().contains(op));
        }
        HttpResponse<String> xsd = http.send(HttpRequest.newBuilder(URI.create(soapUrl() + "?xsd=mission-soap.xsd")).GET()
            .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, xsd.statusCode());
        assertTrue(xsd.body().contains("BookingNotification"));
        // the served address is the configured one (publishedUrl), never the address or Host header of the request
        assertTrue(wsdl.body(), wsdl.body().contains("location=\"http://localhost:8181/mission/soap/custody\""));
        for (String other : new String[] {"", "?xsd=../../etc/hostname", "?xsd=court-notices.wsdl", "?wsdl&x=1"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(soapUrl() + other)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(other + ": " + r.body(), 404, r.statusCode());
            assertFalse(r.body(), r.body().contains("Exception"));
        }
        for (String method : new String[] {"PUT", "DELETE", "OPTIONS"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(soapUrl())).method(method,
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(method, 405, r.statusCode());
        }
        SoapReply action = soap(INTEGRATION, password(), "NotifyNothing", HttpRequest.BodyPublishers.ofString(
            booking("acl-action-" + bk, bk)));
        assertEquals(action.toString(), 400, action.status);
        assertTrue(action.fault(), action.fault().contains("is none of this service's"));
        // every refusal above is in the audit trail as a denied sign-in, the stranger's included
        Reply denied = get(ADMIN, "/audit?action=LOGIN&outcome=DENIED&actor=" + INTEGRATION);
        assertEquals(denied.toString(), 200, denied.status);
        assertTrue(denied.toString(), denied.json.get("totalItems").asInt() >= 1);
    }
}
