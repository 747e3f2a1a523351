package org.missioncj.bench.adapters;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.missioncj.bench.LoadRun;

/**
 * The client side of the host-system adapter benchmark (benchmarks/adapters/run.sh compiles it with javac against the
 * JDK and benchmarks/load's LoadRun, whose closed loop runs A and B; loopback only). Modes:
 *
 * <pre>
 * load URL THREADS WARMUP_S MEASURE_S
 *     closed-loop GET of URL (run A, the bare CXF hello), through LoadRun's loop
 * webhook URL PEOPLE_FILE THREADS WARMUP_S MEASURE_S
 *     closed-loop signed BOOKING webhooks (run B): every request a new messageId and bookingId (so a new body and a
 *     new signature), the person a jail-booking identifier of PEOPLE_FILE in turn; secret from BENCH_JAIL_SECRET.
 *     A request counts only when answered 202 with a receipt that is PROCESSED and not a duplicate.
 * soap URL PEOPLE_FILE THREADS WARMUP_S MEASURE_S
 *     closed-loop SOAP BookingNotifications (run E) to the SOAP adapter, each a new message id and booking id, signed
 *     in with HTTP Basic as the jail's INTEGRATION account (BENCH_SOAP_BASIC=user:password). A request counts only
 *     when answered 200 with an acknowledgement that is PROCESSED and not a duplicate.
 * soap-echo URL THREADS WARMUP_S MEASURE_S
 *     the same envelopes (run D) to the bare JAX-WS echo (benchmarks/bench-soap-echo); counts a 200 acknowledgement
 * people API COUNT PREFIX RECIPIENT|- THREADS OUT_FILE
 *     creates COUNT synthetic participants, each with the jail-booking identifier PREFIX-nnnnn, and with a
 *     RECIPIENT a consent to disclose enrollment to that court (as AdapterIT's consent()); writes
 *     "participantId TAB identifier" lines. Sign-in (a program admin) from BENCH_BASIC=user:password.
 * enroll API PEOPLE_FILE SITE CM_STAFF_ID PSS_STAFF_ID TEAM_PREFIX THREADS
 *     creates teams of at most 100 (caseload limit 100) and enrolls the file's participants on them, round robin
 * receiver PORT MAX_SECONDS
 *     the county court's webhook receiver on 127.0.0.1:PORT/court; checks each request's signature (secret from
 *     BENCH_COURT_SECRET), answers 503 until POST /control/open, then 200, and counts deliveries per
 *     X-Mission-Message-Id; GET /control/stats and /control/ids report. Exits by itself after MAX_SECONDS.
 * verify RECEIVER_URL API SYSTEM EXPECTED
 *     compares the ids the receiver accepted with the DELIVERED messages of the outbox for SYSTEM (REST, paged):
 *     prints the counts and EXACTLY_ONCE=yes when each of EXPECTED messages arrived exactly once.
 * </pre>
 */
public final class AdapterBench {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PROCESSED = Pattern.compile("\"state\"\\s*:\\s*\"PROCESSED\"");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern NOT_DUPLICATE = Pattern.compile("\"duplicate\"\\s*:\\s*false");
    private static final Pattern TOTAL = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");
    private static final Pattern ATTEMPTS = Pattern.compile("\"attempts\"\\s*:\\s*(\\d+)");

    private AdapterBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage("no mode given");
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "load":
                load(rest);
                break;
            case "webhook":
                webhook(rest);
                break;
            case "soap":
                soap(rest, false);
                break;
            case "soap-echo":
                soap(rest, true);
                break;
            case "people":
                people(rest);
                break;
            case "enroll":
                enroll(rest);
                break;
            case "receiver":
                receiver(rest);
                break;
            case "verify":
                verify(rest);
                break;
            default:
                usage("unknown mode " + args[0]);
        }
    }

    private static void load(String[] a) throws Exception {
        if (a.length != 4) {
            usage("load URL THREADS WARMUP_S MEASURE_S");
        }
        URI uri = loopback(a[0]);
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json").build();
        LoadRun.Target t = new LoadRun.Target() {
            @Override
            public HttpRequest next(int worker) {
                return request;
            }

            @Override
            public String check(HttpResponse<byte[]> r) {
                return r.statusCode() >= 200 && r.statusCode() < 300 ? null : failure(r);
            }
        };
        System.exit(LoadRun.closedLoop(uri + " (GET)", t, positive(a[1], "threads"), nonNegative(a[2], "warm-up seconds"),
                positive(a[3], "measure seconds")));
    }

    private static void webhook(String[] a) throws Exception {
        if (a.length != 5) {
            usage("webhook URL PEOPLE_FILE THREADS WARMUP_S MEASURE_S");
        }
        URI uri = loopback(a[0]);
        List<String> bookings = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(a[1]))) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                bookings.add(f[1]);
            }
        }
        if (bookings.isEmpty()) {
            usage("no participants in " + a[1]);
        }
        String secret = env("BENCH_JAIL_SECRET");
        int threads = positive(a[2], "threads");
        Mac[] macs = new Mac[threads];
        for (int i = 0; i < threads; i++) {
            macs[i] = Mac.getInstance("HmacSHA256");
            macs[i].init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        }
        // unique per run, so that no message id, booking id, body or signature repeats
        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicLong seq = new AtomicLong();
        Map<String, LongAdder> states = new ConcurrentHashMap<>();
        LoadRun.Target t = new LoadRun.Target() {
            @Override
            public HttpRequest next(int worker) {
                long n = seq.incrementAndGet();
                String booking = bookings.get((int) (n % bookings.size()));
                String body = "{\"messageId\":\"bench-" + run + "-" + n + "\",\"kind\":\"BOOKING\","
                        + "\"person\":[{\"system\":\"jail-booking\",\"value\":\"" + booking + "\"}],"
                        + "\"bookingId\":\"BK-" + run + "-" + n + "\",\"facility\":\"Bench County Jail\","
                        + "\"occurredAt\":\"" + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "\"}";
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                String ts = Long.toString(Instant.now().getEpochSecond());
                Mac mac = macs[worker];
                mac.update(ts.getBytes(StandardCharsets.US_ASCII));
                mac.update((byte) '.');
                String signature = "sha256=" + hex(mac.doFinal(bytes));
                return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .header("X-Mission-Timestamp", ts).header("X-Mission-Signature", signature)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
            }

            @Override
            public String check(HttpResponse<byte[]> r) {
                String text = new String(r.body(), StandardCharsets.UTF_8);
                Matcher m = STATE.matcher(text);
                states.computeIfAbsent(r.statusCode() + (m.find() ? " " + m.group(1) : ""), k -> new LongAdder())
                        .increment();
                if (r.statusCode() == 202 && PROCESSED.matcher(text).find() && NOT_DUPLICATE.matcher(text).find()) {
                    return null;
                }
                return failure(r);
            }
        };
        int rc = LoadRun.closedLoop(uri + " (POST, signed BOOKING, " + bookings.size() + " participants)", t, threads,
                nonNegative(a[3], "warm-up seconds"), positive(a[4], "measure seconds"));
        Map<String, Long> sorted = new TreeMap<>();
        states.forEach((k, v) -> sorted.put(k, v.sum()));
        System.out.println("answers (warm-up and measure, HTTP status and receipt state): " + sorted);
        System.out.flush();
        System.exit(rc);
    }

    /** A BookingNotification envelope as a jail's SOAP stack sends it (about 1 KB). */
    static String bookingEnvelope(String messageId, String person, String bookingId) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:mcj=\"urn:missioncj:soap:1\">"
                + "<soap:Body><mcj:BookingNotification><mcj:MessageIdentification><mcj:IdentificationID>" + messageId
                + "</mcj:IdentificationID></mcj:MessageIdentification><mcj:ActivityDateTime>"
                + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "</mcj:ActivityDateTime><mcj:Person>"
                + "<mcj:PersonOtherIdentification><mcj:IdentificationID>" + person + "</mcj:IdentificationID>"
                + "<mcj:IdentificationCategoryText>jail-booking</mcj:IdentificationCategoryText>"
                + "</mcj:PersonOtherIdentification></mcj:Person><mcj:Booking><mcj:BookingAgencyRecordIdentification>"
                + "<mcj:IdentificationID>" + bookingId + "</mcj:IdentificationID></mcj:BookingAgencyRecordIdentification>"
                + "<mcj:BookingDetentionFacility><mcj:FacilityName>Bench County Jail</mcj:FacilityName>"
                + "</mcj:BookingDetentionFacility></mcj:Booking></mcj:BookingNotification></soap:Body></soap:Envelope>";
    }

    private static void soap(String[] a, boolean echo) throws Exception {
        if (a.length != (echo ? 4 : 5)) {
            usage(echo ? "soap-echo URL THREADS WARMUP_S MEASURE_S" : "soap URL PEOPLE_FILE THREADS WARMUP_S MEASURE_S");
        }
        URI uri = loopback(a[0]);
        List<String> bookings = new ArrayList<>();
        if (echo) {
            bookings.add("BENCH-ECHO-0000001");
        } else {
            for (String line : Files.readAllLines(Path.of(a[1]))) {
                String[] f = line.split("\t");
                if (f.length == 2) {
                    bookings.add(f[1]);
                }
            }
        }
        if (bookings.isEmpty()) {
            usage("no participants in " + a[1]);
        }
        int at = echo ? 1 : 2;
        String basic = echo ? null : "Basic " + java.util.Base64.getEncoder().encodeToString(env("BENCH_SOAP_BASIC")
                .getBytes(StandardCharsets.UTF_8));
        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicLong seq = new AtomicLong();
        Map<String, LongAdder> states = new ConcurrentHashMap<>();
        Pattern status = Pattern.compile("<(?:\\w+:)?InboxStatusCode>([A-Z_]+)<");
        LoadRun.Target t = new LoadRun.Target() {
            @Override
            public HttpRequest next(int worker) {
                long n = seq.incrementAndGet();
                byte[] body = bookingEnvelope("soap-" + run + "-" + n, bookings.get((int) (n % bookings.size())),
                        "SBK-" + run + "-" + n).getBytes(StandardCharsets.UTF_8);
                HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .header("SOAPAction", "\"urn:missioncj:soap:custody:1:NotifyBooking\"")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                if (basic != null) {
                    b.header("Authorization", basic);
                }
                return b.build();
            }

            @Override
            public String check(HttpResponse<byte[]> r) {
                String text = new String(r.body(), StandardCharsets.UTF_8);
                Matcher m = status.matcher(text);
                String state = m.find() ? m.group(1) : null;
                states.computeIfAbsent(r.statusCode() + (state == null ? "" : " " + state), k -> new LongAdder()).increment();
                boolean fine = r.statusCode() == 200 && (echo ? text.contains("NotificationAcknowledgement")
                        : "PROCESSED".equals(state) && text.contains("<DuplicateIndicator>false<"));
                return fine ? null : failure(r);
            }
        };
        int rc = LoadRun.closedLoop(uri + (echo ? " (POST, SOAP echo)" : " (POST, SOAP BookingNotification, " + bookings.size()
                + " participants)"), t, positive(a[at], "threads"), nonNegative(a[at + 1], "warm-up seconds"),
                positive(a[at + 2], "measure seconds"));
        Map<String, Long> sorted = new TreeMap<>();
        states.forEach((k, v) -> sorted.put(k, v.sum()));
        System.out.println("answers (warm-up and measure, HTTP status and acknowledgement state): " + sorted);
        System.out.flush();
        System.exit(rc);
    }

    private static String failure(HttpResponse<byte[]> r) {
        byte[] b = r.body();
        return "HTTP " + r.statusCode() + ": " + new String(b, 0, Math.min(300, b.length), StandardCharsets.UTF_8);
    }

    // ---- synthetic data over REST, as a program admin -----------------------------------------------------------

    /** A REST client for the seeding: Basic sign-in from BENCH_BASIC, JSON both ways. */
    private static final class Api {
        final String base;
        final String authorization;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

        Api(String base) {
            this.base = loopback(base).toString().replaceAll("/+$", "");
            String credentials = env("BENCH_BASIC");
            if (credentials.indexOf(':') <= 0) {
                usage("BENCH_BASIC must be user:password");
            }
            this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> call(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization).header("Accept", "application/json");
            if (json == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        /**
         * POSTs and returns the created record's id; fails unless 201. A 503 (a transaction the database could not
         * run, nothing stored) is tried again a few times.
         */
        String create(String path, String json) throws IOException, InterruptedException {
            for (int attempt = 1;; attempt++) {
                HttpResponse<String> r = call("POST", path, json);
                if (r.statusCode() == 201) {
                    Matcher m = ID.matcher(r.body());
                    if (!m.find()) {
                        throw new IllegalStateException("POST " + path + " answered 201 without an id: " + r.body());
                    }
                    return m.group(1);
                }
                if (r.statusCode() != 503 || attempt >= 5) {
                    throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": "
                            + r.body().substring(0, Math.min(400, r.body().length())));
                }
                Thread.sleep(300L * attempt);
            }
        }

        long total(String pathAndQuery) throws IOException, InterruptedException {
            HttpResponse<String> r = call("GET", pathAndQuery, null);
            Matcher m = TOTAL.matcher(r.body());
            if (r.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("GET " + pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
            }
            return Long.parseLong(m.group(1));
        }
    }

    /** Runs the tasks on THREADS threads; the first failure stops the rest and the program (exit 1). */
    private static void parallel(int threads, List<java.util.concurrent.Callable<Void>> tasks, String what)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        List<Future<Void>> futures = new ArrayList<>();
        for (java.util.concurrent.Callable<Void> task : tasks) {
            futures.add(pool.submit(() -> {
                if (failed.get() != null) {
                    return null;
                }
                try {
                    return task.call();
                } catch (Throwable e) {
                    failed.compareAndSet(null, e);
                    throw e;
                }
            }));
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            pool.shutdownNow();
            System.err.println(what + ": did not finish within 30 minutes");
            System.exit(1);
        }
        if (failed.get() != null) {
            System.err.println(what + " failed: " + failed.get());
            System.exit(1);
        }
    }

    private static void people(String[] a) throws Exception {
        if (a.length != 6) {
            usage("people API COUNT PREFIX RECIPIENT|- THREADS OUT_FILE");
        }
        Api api = new Api(a[0]);
        int count = positive(a[1], "count", 100_000);
        String prefix = a[2];
        String recipient = a[3].equals("-") ? null : a[3];
        int threads = positive(a[4], "threads");
        String[] lines = new String[count];
        LocalDate today = LocalDate.now();
        List<java.util.concurrent.Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int k = i;
            tasks.add(() -> {
                String identifier = String.format(Locale.ROOT, "%s-%05d", prefix, k + 1);
                // synthetic: a made-up name and a date of birth that differ for every participant
                String participant = "{\"givenName\":\"Bench\",\"familyName\":\"Case " + identifier + "\","
                        + "\"dateOfBirth\":\"" + LocalDate.of(1960, 1, 1).plusDays(k * 7L % 15000) + "\",\"sex\":\"X\","
                        + "\"identifiers\":[{\"system\":\"jail-booking\",\"value\":\"" + identifier + "\"}]}";
                String id = api.create("/participants", participant);
                if (recipient != null) {
                    api.create("/consents", "{\"participantId\":\"" + id + "\",\"kind\":\"CRIMINAL_JUSTICE\","
                            + "\"disclosingProgram\":\"MISSION-CJ\",\"categories\":[\"ENROLLMENT\",\"CASE_MANAGEMENT\"],"
                            + "\"recipientClass\":\"COURT\",\"recipientName\":\"" + recipient + "\","
                            + "\"purpose\":\"CRIMINAL_JUSTICE_MONITORING\",\"expiresOn\":\"" + today.plusMonths(6) + "\","
                            + "\"signedOn\":\"" + today.minusDays(1) + "\",\"signedBy\":\"Bench Case\","
                            + "\"signatureMethod\":\"WRITTEN\",\"signerAuthority\":\"PARTICIPANT\","
                            + "\"informationDescription\":\"Enrollment status\",\"revocationRightExplained\":true,"
                            + "\"redisclosureStatementIncluded\":true,\"conditioningStatementIncluded\":true}");
                }
                lines[k] = id + "\t" + identifier;
                return null;
            });
        }
        long t0 = System.nanoTime();
        parallel(threads, tasks, "creating participants");
        Files.write(Path.of(a[5]), Arrays.asList(lines));
        System.out.printf(Locale.ROOT, "%d participants%s in %.1f s%n", count,
                recipient == null ? "" : " with a consent to " + recipient, (System.nanoTime() - t0) / 1e9);
    }

    private static void enroll(String[] a) throws Exception {
        if (a.length != 7) {
            usage("enroll API PEOPLE_FILE SITE CM_STAFF_ID PSS_STAFF_ID TEAM_PREFIX THREADS");
        }
        Api api = new Api(a[0]);
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(a[1]))) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                ids.add(f[0]);
            }
        }
        int perTeam = 100;
        int teamCount = (ids.size() + perTeam - 1) / perTeam;
        String[] teams = new String[teamCount];
        for (int t = 0; t < teamCount; t++) {
            teams[t] = api.create("/teams", "{\"name\":\"" + a[5] + " " + (t + 1) + "\",\"site\":\"" + a[2] + "\","
                    + "\"caseManagerId\":\"" + a[3] + "\",\"peerSpecialistId\":\"" + a[4] + "\",\"caseloadLimit\":" + perTeam
                    + "}");
        }
        String start = LocalDate.now().minusDays(1).toString();
        List<java.util.concurrent.Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String participant = ids.get(i);
            String team = teams[i % teamCount];
            tasks.add(() -> {
                api.create("/enrollments", "{\"participantId\":\"" + participant + "\",\"teamId\":\"" + team + "\","
                        + "\"programMonths\":12,\"startSetting\":\"JAIL\",\"referralSource\":\"COURT\","
                        + "\"startDate\":\"" + start + "\",\"status\":\"ENROLLED\"}");
                return null;
            });
        }
        long t0 = System.nanoTime();
        parallel(positive(a[6], "threads"), tasks, "enrolling");
        System.out.printf(Locale.ROOT, "%d enrollments on %d teams in %.1f s%n", ids.size(), teamCount,
                (System.nanoTime() - t0) / 1e9);
    }

    // ---- the county court's receiver ----------------------------------------------------------------------------

    private static void receiver(String[] a) throws Exception {
        if (a.length != 2) {
            usage("receiver PORT MAX_SECONDS");
        }
        int port = positive(a[0], "port", 65535);
        int maxSeconds = positive(a[1], "max seconds", 86400);
        String secret = env("BENCH_COURT_SECRET");
        Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refusedClosed = new AtomicLong();
        AtomicLong badSignature = new AtomicLong();
        AtomicLong first = new AtomicLong(-1);
        AtomicLong last = new AtomicLong(-1);
        AtomicLong opened = new AtomicLong(-1);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/court", x -> {
            byte[] body;
            try (var in = x.getRequestBody()) {
                body = in.readAllBytes();
            }
            long now = System.nanoTime();
            String ts = x.getRequestHeaders().getFirst("X-Mission-Timestamp");
            String sig = x.getRequestHeaders().getFirst("X-Mission-Signature");
            String id = x.getRequestHeaders().getFirst("X-Mission-Message-Id");
            int status;
            if (!"POST".equals(x.getRequestMethod())) {
                status = 405;
            } else if (opened.get() < 0) {
                refusedClosed.incrementAndGet();
                status = 503;
            } else if (ts == null || sig == null || id == null || !sig.equals(sign(secret, ts, body))) {
                badSignature.incrementAndGet();
                status = 401;
            } else {
                received.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                first.compareAndSet(-1, now);
                last.accumulateAndGet(now, Math::max);
                accepted.incrementAndGet();
                status = 200;
            }
            reply(x, status, null);
        });
        server.createContext("/control/open", x -> {
            if (!"POST".equals(x.getRequestMethod())) {
                reply(x, 405, null);
                return;
            }
            opened.compareAndSet(-1, System.nanoTime());
            reply(x, 200, "open\n");
        });
        server.createContext("/control/stats", x -> {
            long o = opened.get();
            long f = first.get();
            long l = last.get();
            int more = 0;
            for (AtomicInteger c : received.values()) {
                if (c.get() > 1) {
                    more++;
                }
            }
            reply(x, 200, String.format(Locale.ROOT,
                    "STATS open=%s accepted=%d distinct=%d more_than_once=%d refused_while_closed=%d bad_signature=%d "
                            + "first_after_open_ms=%.1f last_after_open_ms=%.1f span_ms=%.1f%n",
                    o >= 0, accepted.get(), received.size(), more, refusedClosed.get(), badSignature.get(),
                    o < 0 || f < 0 ? -1.0 : (f - o) / 1e6, o < 0 || l < 0 ? -1.0 : (l - o) / 1e6,
                    f < 0 ? -1.0 : (l - f) / 1e6));
        });
        server.createContext("/control/ids", x -> {
            StringBuilder b = new StringBuilder();
            received.forEach((id, c) -> b.append(id).append('\t').append(c.get()).append('\n'));
            reply(x, 200, b.toString());
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("receiver on 127.0.0.1:" + port + "/court (503 until POST /control/open)");
        System.out.flush();
        Thread.sleep(maxSeconds * 1000L);
        System.out.println("receiver: " + maxSeconds + " s are over, stopping");
        server.stop(0);
        System.exit(0);
    }

    private static void reply(HttpExchange x, int status, String text) throws IOException {
        byte[] b = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        if (text != null) {
            x.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        }
        x.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(b);
        }
    }

    static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return "sha256=" + hex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the exactly-once check -----------------------------------------------------------------------------------

    private static void verify(String[] a) throws Exception {
        if (a.length != 4) {
            usage("verify RECEIVER_URL API SYSTEM EXPECTED");
        }
        URI receiverIds = URI.create(loopback(a[0]).toString().replaceAll("/+$", "") + "/control/ids");
        Api api = new Api(a[1]);
        String system = a[2];
        int expected = positive(a[3], "expected", 10_000_000);
        HttpResponse<String> r = api.http.send(HttpRequest.newBuilder(receiverIds).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Integer> atReceiver = new HashMap<>();
        for (String line : r.body().split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                atReceiver.put(f[0], Integer.parseInt(f[1]));
            }
        }
        long arrivals = atReceiver.values().stream().mapToLong(Integer::longValue).sum();
        long moreThanOnce = atReceiver.values().stream().filter(c -> c > 1).count();

        StringBuilder states = new StringBuilder();
        for (String state : new String[] {"DELIVERED", "PENDING", "BLOCKED_BY_CONSENT", "DEAD"}) {
            states.append(' ').append(state).append('=').append(api.total("/adapters/outbox?system=" + system
                    + "&state=" + state + "&size=1"));
        }
        Set<String> delivered = new HashSet<>();
        long attemptsSum = 0;
        int attemptsMax = 0;
        for (int page = 0;; page++) {
            HttpResponse<String> p = api.call("GET", "/adapters/outbox?system=" + system + "&state=DELIVERED&size=200&page="
                    + page, null);
            if (p.statusCode() != 200) {
                throw new IllegalStateException("GET /adapters/outbox answered " + p.statusCode() + ": " + p.body());
            }
            int before = delivered.size();
            Matcher m = ID.matcher(p.body());
            while (m.find()) {
                delivered.add(m.group(1));
            }
            Matcher t = ATTEMPTS.matcher(p.body());
            while (t.find()) {
                int n = Integer.parseInt(t.group(1));
                attemptsSum += n;
                attemptsMax = Math.max(attemptsMax, n);
            }
            if (delivered.size() == before || delivered.size() >= 10_000) {
                break;
            }
        }
        Set<String> missing = new HashSet<>(delivered);
        missing.removeAll(atReceiver.keySet());
        Set<String> unknown = new HashSet<>(atReceiver.keySet());
        unknown.removeAll(delivered);
        System.out.println("outbox " + system + ":" + states);
        System.out.printf(Locale.ROOT, "tries per delivered message: mean %.2f, max %d (those before the last were"
                + " answered 503 while the receiver was closed)%n", delivered.isEmpty() ? 0.0 : attemptsSum
                / (double) delivered.size(), attemptsMax);
        System.out.printf(Locale.ROOT, "receiver: %d deliveries, %d distinct message ids, %d more than once; "
                + "DELIVERED in the outbox: %d; delivered but not at the receiver: %d; at the receiver but not "
                + "DELIVERED: %d%n", arrivals, atReceiver.size(), moreThanOnce, delivered.size(), missing.size(),
                unknown.size());
        boolean ok = arrivals == expected && atReceiver.size() == expected && moreThanOnce == 0
                && delivered.size() == expected && missing.isEmpty() && unknown.isEmpty();
        System.out.println("EXACTLY_ONCE=" + (ok ? "yes" : "no") + " (expected " + expected + ")");
        System.exit(ok ? 0 : 1);
    }

    // ---- small things -------------------------------------------------------------------------------------------

    /** The URL, when it is http(s) and every address of its host is this machine's loopback. */
    private static URI loopback(String url) {
        URI uri = URI.create(url);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            usage("URL must be http:// or https:// with a host: " + url);
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (!a.isLoopbackAddress()) {
                    usage("refusing a non-loopback target (" + uri.getHost() + " is " + a.getHostAddress()
                            + "): this tool only talks to this machine");
                }
            }
        } catch (java.net.UnknownHostException e) {
            usage("unknown host " + uri.getHost());
        }
        return uri;
    }

    private static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isEmpty()) {
            usage("environment variable " + name + " is not set");
        }
        return v;
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length * 2);
        for (byte x : bytes) {
            b.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return b.toString();
    }




    private static int positive(String s, String what) {
        return positive(s, what, 3600);
    }

    private static int positive(String s, String what, int max) {
        int v = nonNegative(s, what, max);
        if (v == 0) {
            usage(what + " must be at least 1");
        }
        return v;
    }

    private static int nonNegative(String s, String what) {
        return nonNegative(s, what, 3600);
    }

    private static int nonNegative(String s, String what, int max) {
        try {
            int v = Integer.parseInt(s);
            if (v < 0 || v > max) {
                usage(what + " must be between 0 and " + max + ": " + s);
            }
            return v;
        } catch (NumberFormatException e) {
            usage(what + " is not a number: " + s);
            return 0;
        }
    }

    private static void usage(String problem) {
        System.err.println("AdapterBench: " + problem);
        System.err.println("modes: load | webhook | people | enroll | receiver | verify (see the class comment or "
                + "benchmarks/README.md)");
        System.exit(2);
    }
}
