package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The host-system runtime end to end through the assembly, with the REST reference adapter: a simulated
 * jail sends signed webhooks; a simulated court receives the platform's signed webhooks and can be told
 * to go down. Timings are short (etc/org.missioncj.adapter.cfg): tries one second apart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AdapterIT extends MissionTestSupport {
    static final String JAIL_SECRET = "it-jail-shared-secret-0123456789abcdef";
    static final String COURT_SECRET = "it-court-shared-secret-0123456789abcdef";
    static final String COURT_NAME = "Adapter IT County Court";
    static final String PORT_PROPERTY = "mission.it.court.port";
    static final String CHANNEL = "(&(objectClass=org.missioncj.adapter.spi.OutboundChannel)(mission.adapter.system=county-court))";

    private static SimulatedCourt court;
    /** Every outbox event of the run, and a wake-up per event for those waiting on them. */
    private static AdapterFixtures.OutboxEvents events;
    private static final BlockingQueue<Event> BOOKED = new LinkedBlockingQueue<>();

    private String teamId;

    @Override
    protected List<String> extraBootFeatures() {
        return List.of("mission-adapter-rest");
    }

    @Override
    @Configuration
    public Option[] config() throws Exception {
        List<Option> o = new ArrayList<>(List.of(super.config()));
        AdapterFixtures.runtime(o, COURT_NAME, 4);
        String jail = "etc/org.missioncj.adapter.webhook-county-jail.cfg";
        o.add(editConfigurationFilePut(jail, "system", "county-jail"));
        o.add(editConfigurationFilePut(jail, ".secret", JAIL_SECRET));
        o.add(editConfigurationFilePut(jail, "kinds", "BOOKING, RELEASE"));
        int port = freePort();
        o.add(editConfigurationFilePut("etc/system.properties", PORT_PROPERTY, Integer.toString(port)));
        String courtCfg = "etc/org.missioncj.adapter.webhook-county-court.cfg";
        o.add(editConfigurationFilePut(courtCfg, "system", "county-court"));
        o.add(editConfigurationFilePut(courtCfg, ".secret", COURT_SECRET));
        o.add(editConfigurationFilePut(courtCfg, "url", "http://127.0.0.1:" + port + "/court"));
        return o.toArray(new Option[0]);
    }

    @Before
    public void simulatedSystems() throws Exception {
        if (court == null) {
            court = new SimulatedCourt(Integer.getInteger(PORT_PROPERTY));
            events = new AdapterFixtures.OutboxEvents(bundleContext, new String[] {"org/missioncj/custody/BOOKED"}, BOOKED::add);
        }
        awaitChannel(true);
        court.down = false;
        String site = "Adapters " + UUID.randomUUID().toString().substring(0, 8);
        teamId = createTeam(site, createStaff("CASE_MANAGER", null, site), createStaff("PEER_SPECIALIST", null, site), null)
            .get("id").asText();
    }

    private void awaitChannel(boolean present) throws Exception {
        ServiceTracker<Object, Object> t = new ServiceTracker<>(bundleContext, bundleContext.createFilter(CHANNEL), null);
        t.open();
        try {
            if (present) {
                assertNotNull("the county-court channel is registered", t.waitForService(30_000));
            } else {
                assertTrue("the county-court channel is gone", t.isEmpty());
            }
        } finally {
            t.close();
        }
    }

    // ---- the simulated systems ---------------------------------------------------------------------

    /** A court's webhook receiver: checks the platform's signature, records each message id, can be down. */
    static final class SimulatedCourt {
        final Map<String, Integer> received = new ConcurrentHashMap<>();
        final Map<String, String> bodies = new ConcurrentHashMap<>();
        final BlockingQueue<String> arrivals = new LinkedBlockingQueue<>();
        volatile boolean down;
        final HttpServer server;

        SimulatedCourt(int port) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/court", x -> {
                byte[] body = x.getRequestBody().readAllBytes();
                String ts = x.getRequestHeaders().getFirst("X-Mission-Timestamp");
                String sig = x.getRequestHeaders().getFirst("X-Mission-Signature");
                String id = x.getRequestHeaders().getFirst("X-Mission-Message-Id");
                int status;
                if (down) {
                    status = 503;
                } else if (ts == null || sig == null || !sig.equals(sign(COURT_SECRET, ts, body))) {
                    status = 401;
                } else {
                    received.merge(id, 1, Integer::sum);
                    bodies.put(id, new String(body, StandardCharsets.UTF_8));
                    arrivals.add(id);
                    status = 200;
                }
                x.sendResponseHeaders(status, -1);
                try (OutputStream out = x.getResponseBody()) {
                    out.flush();
                }
            });
            server.start();
        }
    }

    static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            StringBuilder hex = new StringBuilder("sha256=");
            for (byte b : mac.doFinal(body)) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The simulated jail: a signed webhook, sent at {@code at} (Unix seconds). */
    private Reply jail(Map<String, Object> message, long at) throws Exception {
        return signed("county-jail", JAIL_SECRET, JSON.writeValueAsString(message), at);
    }

    private Reply jail(Map<String, Object> message) throws Exception {
        return jail(message, Instant.now().getEpochSecond());
    }

    private Reply signed(String system, String secret, String body, long at) throws Exception {
        String ts = Long.toString(at);
        return call(null, "POST", "/adapters/webhook/" + system, body, Map.of("X-Mission-Timestamp", ts,
            "X-Mission-Signature", sign(secret, ts, body.getBytes(StandardCharsets.UTF_8))));
    }

    private static Map<String, Object> booking(String messageId, String booking) {
        Map<String, Object> m = new HashMap<>();
        m.put("messageId", messageId);
        m.put("kind", "BOOKING");
        m.put("person", List.of(Map.of("system", "jail-booking", "value", booking)));
        m.put("bookingId", booking);
        m.put("facility", "County Jail");
        return m;
    }

    private static Map<String, Object> release(String messageId, String booking, LocalDate day) {
        Map<String, Object> m = booking(messageId, booking);
        m.remove("facility");
        m.put("kind", "RELEASE");
        m.put("releaseDate", day.toString());
        m.put("releaseDestination", "community");
        return m;
    }

    // ---- participants ----------------------------------------------------------------------------------

    /** A participant holding a jail booking number, with or without a consent to the court, then enrolled. */
    private String participant(String booking, boolean consent) throws Exception {
        String id = unenrolled(booking);
        if (consent) {
            consent(id);
        }
        Reply enrolled = enroll(ADMIN, id, teamId, "ENROLLED", LocalDate.now().minusDays(3), 12);
        assertEquals(enrolled.toString(), 201, enrolled.status);
        return id;
    }

    /** A participant known by the jail's booking number, not enrolled yet. */
    private String unenrolled(String booking) throws Exception {
        Map<String, Object> p = new HashMap<>();
        p.put("givenName", "Adapter");
        p.put("familyName", "Case " + booking);
        p.put("dateOfBirth", "1984-04-04");
        p.put("identifiers", List.of(Map.of("system", "jail-booking", "value", booking)));
        Reply created = post(ADMIN, "/participants", p);
        assertEquals(created.toString(), 201, created.status);
        return created.json.get("id").asText();
    }

    private void consent(String participantId) throws Exception {
        Reply r = post(ADMIN, "/consents", courtConsent(participantId, COURT_NAME, List.of("ENROLLMENT", "CASE_MANAGEMENT")));
        assertEquals(r.toString(), 201, r.status);
    }

    private static String booking() {
        return "BK-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The participant's one outbound message (the enrollment notice the ENROLLED event queues), once queued. */
    private String notice(String participantId) throws Exception {
        String queued = events.queued(participantId);
        Reply list = get(ADMIN, "/adapters/outbox?participantId=" + participantId);
        assertEquals(list.toString(), 1, list.json.get("totalItems").asInt());
        return queued;
    }

    private Event awaitOutbox(String messageId, String state) throws Exception {
        return events.outbox(messageId, state);
    }

    private List<String> courtEvents(String participantId) throws Exception {
        Reply r = get(CM, "/adapters/participants/" + participantId + "/court-events");
        if (r.status == 403) {
            r = get(ADMIN, "/adapters/participants/" + participantId + "/court-events");
        }
        assertEquals(r.toString(), 200, r.status);
        List<String> kinds = new ArrayList<>();
        r.json.get("items").forEach(i -> kinds.add(i.get("kind").asText() + " " + i.path("releaseDate").asText("")));
        kinds.sort(null);
        return kinds;
    }

    private int disclosures(String participantId) throws Exception {
        Reply r = get(ADMIN, "/disclosures?participantId=" + participantId);
        assertEquals(r.toString(), 200, r.status);
        return r.json.get("totalItems").asInt();
    }

    // ---- the tests -------------------------------------------------------------------------------------

    @Test
    public void aReleaseByWebhookMovesTheCtiPhasesAndABookingAlertsTheTeam() throws Exception {
        String bk = booking();
        String p = participant(bk, false);
        BOOKED.clear();
        Reply booked = jail(booking("b-" + bk, bk));
        assertEquals(booked.toString(), 202, booked.status);
        assertEquals("PROCESSED", booked.json.get("state").asText());
        Event alert = BOOKED.poll(10, TimeUnit.SECONDS);
        assertNotNull("a booking alert for the team", alert);
        assertEquals(p, alert.getProperty("participantId"));
        assertEquals(teamId, alert.getProperty("teamId"));
        LocalDate day = LocalDate.now().minusDays(1);
        Reply released = jail(release("r-" + bk, bk, day));
        assertEquals(released.toString(), "PROCESSED", released.json.get("state").asText());
        // the receipt comes once every handler has the release: CTI's phases start on the release day
        Reply schedule = get(ADMIN, "/cti/participants/" + p + "/schedule");
        assertEquals(schedule.toString(), day.toString(), schedule.json.get("anchorDate").asText());
        assertEquals(List.of("BOOKING ", "RELEASE " + day), courtEvents(p));
    }

    @Test
    public void aReleaseReportedBeforeTheEnrollmentStartsItsCommunityPhases() throws Exception {
        // the jail reports the release while intake has the participant's record but not yet the enrollment
        String bk = booking();
        String p = unenrolled(bk);
        assertEquals("PROCESSED", jail(booking("early-b-" + bk, bk)).json.get("state").asText());
        LocalDate day = LocalDate.now().minusDays(1);
        Reply released = jail(release("early-r-" + bk, bk, day));
        assertEquals(released.toString(), "PROCESSED", released.json.get("state").asText());
        Reply enrolled = enroll(ADMIN, p, teamId, "ENROLLED", LocalDate.now().minusDays(3), 12);
        assertEquals(enrolled.toString(), 201, enrolled.status);
        deliveredToCopies(enrolled.json.get("id").asText());
        Reply schedule = get(ADMIN, "/cti/participants/" + p + "/schedule");
        assertEquals(schedule.toString(), day.toString(), schedule.json.get("anchorDate").asText());
    }

    @Test
    public void theSameMessageTwiceHasOneEffect() throws Exception {
        String bk = booking();
        String p = participant(bk, false);
        long now = Instant.now().getEpochSecond();
        Reply first = jail(booking("twice-" + bk, bk), now);
        Reply second = jail(booking("twice-" + bk, bk), now - 1);
        assertEquals(first.toString(), 202, first.status);
        assertEquals(second.toString(), 200, second.status);
        assertTrue(second.json.get("duplicate").asBoolean());
        assertEquals(first.json.get("id").asText(), second.json.get("id").asText());
        assertEquals(List.of("BOOKING "), courtEvents(p));
    }

    @Test
    public void releaseThenBookingEndsAsBookingThenRelease() throws Exception {
        LocalDate day = LocalDate.now().minusDays(1);
        String inOrder = booking();
        String pa = participant(inOrder, false);
        jail(booking("b-" + inOrder, inOrder));
        jail(release("r-" + inOrder, inOrder, day));
        String reversed = booking();
        String pb = participant(reversed, false);
        Reply held = jail(release("r-" + reversed, reversed, day));
        assertEquals(held.toString(), "HELD", held.json.get("state").asText());
        assertEquals(List.of(), courtEvents(pb));
        jail(booking("b-" + reversed, reversed));
        assertEquals("PROCESSED", get(ADMIN, "/adapters/inbox/" + held.json.get("id").asText()).json.get("state").asText());
        assertEquals(courtEvents(pa), courtEvents(pb));
        assertEquals(get(ADMIN, "/cti/participants/" + pa + "/schedule").json.get("anchorDate"),
            get(ADMIN, "/cti/participants/" + pb + "/schedule").json.get("anchorDate"));
    }

    @Test
    public void aMessageThatMatchesNoOneWaitsForReviewAndProceedsWhenLinked() throws Exception {
        String p = participant(booking(), false);
        String unknown = booking();
        Reply r = jail(booking("u-" + unknown, unknown));
        assertEquals(r.toString(), "REVIEW", r.json.get("state").asText());
        String id = r.json.get("id").asText();
        Reply queue = get(ADMIN, "/adapters/inbox?sourceSystem=county-jail");
        boolean listed = false;
        for (JsonNode i : queue.json.get("items")) {
            listed |= id.equals(i.get("id").asText());
        }
        assertTrue(queue.toString(), listed);
        assertEquals(403, get(CM, "/adapters/inbox").status);
        Reply noReason = post(ADMIN, "/adapters/inbox/" + id + "/link", Map.of("participantId", p));
        assertEquals(noReason.toString(), 400, noReason.status);
        Reply linked = post(ADMIN, "/adapters/inbox/" + id + "/link", Map.of("participantId", p,
            "reason", "Booking number typed wrong at intake; jail confirmed by phone"));
        assertEquals(linked.toString(), 200, linked.status);
        assertEquals("PROCESSED", linked.json.get("state").asText());
        assertEquals(List.of("BOOKING "), courtEvents(p));
        assertEquals(409, post(ADMIN, "/adapters/inbox/" + id + "/dismiss", Map.of("reason", "late")).status);
    }

    @Test
    public void theCourtDownForAWhileGetsEveryMessageOnceWhenItReturns() throws Exception {
        court.down = true;
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            messages.add(notice(participant(booking(), true)));
        }
        for (String m : messages) {
            awaitOutbox(m, "PENDING");
        }
        court.down = false;
        for (String m : messages) {
            awaitOutbox(m, "DELIVERED");
        }
        for (String m : messages) {
            assertEquals(Integer.valueOf(1), court.received.get(m));
            JsonNode sent = JSON.readTree(court.bodies.get(m));
            assertEquals("ENROLLMENT_NOTICE", sent.get("kind").asText());
            assertTrue(sent.get("notice").asText().contains("42 CFR part 2"));
            Reply state = get(ADMIN, "/adapters/outbox/" + m);
            assertEquals("DELIVERED", state.json.get("state").asText());
            assertTrue(state.json.get("attempts").asInt() >= 2);
        }
    }

    /**
     * Several deliverers at once on one database, as several nodes on one PostgreSQL are: the worker and
     * four more threads call the outbox at the same moment. Nodes are told apart only by their claims in
     * the database (a claimed row matches no other claim until it ends), so each message goes out once.
     */
    @Test
    public void concurrentDeliverersSendEachMessageExactlyOnce() throws Exception {
        court.down = true;
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            messages.add(notice(participant(booking(), true)));
        }
        for (String m : messages) {
            awaitOutbox(m, "PENDING");
        }
        org.missioncj.adapter.api.Outbox outbox = bundleContext.getService(
            bundleContext.getServiceReference(org.missioncj.adapter.api.Outbox.class));
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.Set<String> pending = ConcurrentHashMap.newKeySet();
        pending.addAll(messages);
        List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            runs.add(nodes.submit(() -> {
                start.await();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!pending.isEmpty() && System.nanoTime() < end) {
                    outbox.deliverDue();
                    Thread.onSpinWait();
                }
                return null;
            }));
        }
        court.down = false;
        start.countDown();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!pending.isEmpty() && System.nanoTime() < end) {
            String arrived = court.arrivals.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (arrived != null) {
                pending.remove(arrived);
            }
        }
        assertTrue("every message arrives: " + pending, pending.isEmpty());
        for (java.util.concurrent.Future<?> run : runs) {
            run.get(40, TimeUnit.SECONDS);
        }
        nodes.shutdown();
        for (String m : messages) {
            assertEquals("delivered once: " + m, Integer.valueOf(1), court.received.get(m));
        }
    }

    @Test
    public void aDeadLetterIsReplayedFromTheApi() throws Exception {
        court.down = true;
        String p = participant(booking(), true);
        String m = notice(p);
        awaitOutbox(m, "DEAD");
        assertEquals(0, disclosures(p));
        Reply dead = get(ADMIN, "/adapters/outbox?state=DEAD&participantId=" + p);
        assertEquals(dead.toString(), 1, dead.json.get("totalItems").asInt());
        assertEquals("county-court answered HTTP 503", dead.json.get("items").get(0).get("lastError").asText());
        court.down = false;
        assertEquals(403, post(CM, "/adapters/outbox/" + m + "/replay", null).status);
        Reply replayed = post(ADMIN, "/adapters/outbox/" + m + "/replay", null);
        assertEquals(replayed.toString(), "PENDING", replayed.json.get("state").asText());
        awaitOutbox(m, "DELIVERED");
        assertEquals(Integer.valueOf(1), court.received.get(m));
        assertEquals(1, disclosures(p));
        assertEquals(409, post(ADMIN, "/adapters/outbox/" + m + "/replay", null).status);
    }

    @Test
    public void withoutConsentANoticeIsBlockedAndGoesOnceAConsentExists() throws Exception {
        String p = participant(booking(), false);
        String m = notice(p);
        awaitOutbox(m, "BLOCKED_BY_CONSENT");
        assertEquals(null, court.received.get(m));
        assertEquals(0, disclosures(p));
        consent(p);
        awaitOutbox(m, "DELIVERED");
        assertEquals(Integer.valueOf(1), court.received.get(m));
        Reply accounting = get(ADMIN, "/disclosures?participantId=" + p);
        assertEquals(accounting.toString(), 1, accounting.json.get("totalItems").asInt());
        assertEquals(COURT_NAME, accounting.json.get("items").get(0).get("recipientName").asText());
    }

    @Test
    public void aProgressReportGoesOutThroughTheGate() throws Exception {
        String p = participant(booking(), true);
        awaitOutbox(notice(p), "DELIVERED");
        Map<String, Object> send = new HashMap<>();
        send.put("system", "county-court");
        send.put("kind", "PROGRESS_REPORT");
        send.put("participantId", p);
        send.put("from", LocalDate.now().minusDays(3).toString());
        send.put("to", LocalDate.now().toString());
        Reply queued = post(ADMIN, "/adapters/outbox", send);
        assertEquals(queued.toString(), 201, queued.status);
        String m = queued.json.get("id").asText();
        awaitOutbox(m, "DELIVERED");
        JsonNode body = JSON.readTree(court.bodies.get(m));
        assertEquals("PROGRESS_REPORT", body.get("kind").asText());
        assertTrue(body.toString(), body.get("report").get("sections").size() > 0);
        assertEquals(2, disclosures(p));
        Map<String, Object> elsewhere = new HashMap<>(send);
        elsewhere.put("system", "another-court");
        assertEquals(400, post(ADMIN, "/adapters/outbox", elsewhere).status);
    }

    @Test
    public void aBadOrReplayedSignatureIs401AndStoresNothing() throws Exception {
        String bk = booking();
        String body = JSON.writeValueAsString(booking("sig-" + bk, bk));
        long now = Instant.now().getEpochSecond();
        Reply wrong = signed("county-jail", "not-the-secret-not-the-secret-not-the", body, now);
        assertEquals(wrong.toString(), 401, wrong.status);
        assertEquals("bad-signature", wrong.problemType());
        Reply none = call(null, "POST", "/adapters/webhook/county-jail", body, Map.of());
        assertEquals(none.toString(), 401, none.status);
        assertEquals(401, signed("county-jail", JAIL_SECRET, body, now - 3600).status);
        assertEquals(401, signed("no-such-system", JAIL_SECRET, body, now).status);
        Reply ok = signed("county-jail", JAIL_SECRET, body, now);
        assertEquals(ok.toString(), 202, ok.status);
        Reply replayed = signed("county-jail", JAIL_SECRET, body, now);
        assertEquals(replayed.toString(), 401, replayed.status);
        Map<String, Object> spoofed = booking("sig3-" + bk, bk);
        spoofed.put("sourceSystem", "county-court");
        Reply spoof = jail(spoofed);
        assertEquals(spoof.toString(), 400, spoof.status);
        Reply stored = get(ADMIN, "/adapters/inbox?state=ALL&sourceSystem=county-jail&size=200");
        int mine = 0;
        for (JsonNode i : stored.json.get("items")) {
            mine += i.get("messageId").asText().endsWith(bk) ? 1 : 0;
        }
        assertEquals("only the correctly signed message is stored", 1, mine);
    }

    @Test
    public void aJailMayNotSendTheCourtsMessages() throws Exception {
        String bk = booking();
        participant(bk, false);
        Map<String, Object> warrant = new HashMap<>();
        warrant.put("messageId", "w-" + bk);
        warrant.put("kind", "WARRANT");
        warrant.put("person", List.of(Map.of("system", "jail-booking", "value", bk)));
        warrant.put("code", "ISSUED");
        Reply refused = jail(warrant);
        assertEquals(refused.toString(), 403, refused.status);
        assertTrue(refused.toString(), refused.json.get("detail").asText().contains("may not send WARRANT"));
    }

    @Test
    public void removingTheAdapterStopsItsTrafficAndLosesNothing() throws Exception {
        org.osgi.service.cm.Configuration[] configs = configurationAdmin.listConfigurations(
            "(&(service.factoryPid=org.missioncj.adapter.webhook)(system=county-court))");
        assertEquals(1, configs.length);
        Dictionary<String, Object> saved = configs[0].getProperties();
        java.util.concurrent.CountDownLatch gone = new java.util.concurrent.CountDownLatch(1);
        ServiceTracker<Object, Object> t = new ServiceTracker<>(bundleContext, bundleContext.createFilter(CHANNEL),
            new org.osgi.util.tracker.ServiceTrackerCustomizer<Object, Object>() {
                @Override
                public Object addingService(org.osgi.framework.ServiceReference<Object> reference) {
                    return reference;
                }

                @Override
                public void modifiedService(org.osgi.framework.ServiceReference<Object> reference, Object service) {
                }

                @Override
                public void removedService(org.osgi.framework.ServiceReference<Object> reference, Object service) {
                    gone.countDown();
                }
            });
        t.open();
        try {
            configs[0].delete();
            assertTrue("the channel goes with its configuration", gone.await(10, TimeUnit.SECONDS));
        } finally {
            t.close();
        }
        awaitChannel(false);
        String p = participant(booking(), true);
        String m = notice(p);
        assertEquals("PENDING", get(ADMIN, "/adapters/outbox/" + m).json.get("state").asText());
        assertEquals(0, get(ADMIN, "/adapters/outbox/" + m).json.get("attempts").asInt());
        org.osgi.service.cm.Configuration again = configurationAdmin.createFactoryConfiguration(
            "org.missioncj.adapter.webhook", "?");
        Dictionary<String, Object> copy = new Hashtable<>();
        for (String key : List.of("system", ".secret", "url")) {
            copy.put(key, saved.get(key));
        }
        again.update(copy);
        awaitChannel(true);
        awaitOutbox(m, "DELIVERED");
        assertEquals(Integer.valueOf(1), court.received.get(m));
    }
}
