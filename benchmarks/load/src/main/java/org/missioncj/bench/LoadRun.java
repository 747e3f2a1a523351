package org.missioncj.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed-loop HTTP/1.1 load on one URL: {@code threads} workers each send a GET, wait for the whole
 * response, and send the next one. The first {@code warmup} seconds are not recorded; the following
 * {@code measure} seconds give requests/s, latency percentiles and the error count.
 *
 * <pre>
 * java -cp bench-load.jar org.missioncj.bench.LoadRun URL [CREDENTIALS] [THREADS] [WARMUP_S] [MEASURE_S]
 *   CREDENTIALS  user:password for HTTP Basic, env:VAR to read user:password from environment
 *                variable VAR (keeps the password off the command line), or - for none
 *   THREADS      concurrent connections (default 8)
 *   WARMUP_S     seconds of unrecorded load first (default 20)
 *   MEASURE_S    seconds of recorded load (default 30)
 * </pre>
 *
 * The last line of output is {@code RESULT rps=.. p50_ms=.. p99_ms=.. errors=.. requests=..}.
 * Exit status: 0 when every measured request got a 2xx, 1 otherwise, 2 for bad arguments.
 * Only loopback URLs are accepted, and the run ends after at most warm-up + measure + 15 s.
 */
public final class LoadRun {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final long GRACE_MILLIS = 15_000;

    /** One worker's recorded latencies in nanoseconds (no sharing while the load runs). */
    private static final class Recorder {
        long[] latencies = new long[1 << 16];
        int count;
        long bytes;

        void add(long nanos, int size) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
            bytes += size;
        }
    }

    private LoadRun() {
    }

    /** What a worker sends, and whether an answer counts: for loads other than one GET (benchmarks/adapters). */
    public interface Target {
        HttpRequest next(int worker) throws Exception;

        /** Null when the answer counts, otherwise what was wrong with it. */
        String check(HttpResponse<byte[]> response);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 5 || args[0].equals("-h") || args[0].equals("--help")) {
            usage(null);
        }
        URI uri = URI.create(args[0]);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            usage("URL must be http:// or https:// with a host: " + args[0]);
        }
        for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
            if (!a.isLoopbackAddress()) {
                usage("refusing a non-loopback target (" + uri.getHost() + " is " + a.getHostAddress()
                        + "): this tool only loads this machine");
            }
        }
        String credentials = args.length > 1 ? args[1] : "-";
        if (credentials.startsWith("env:")) {
            String value = System.getenv(credentials.substring(4));
            if (value == null || value.isEmpty()) {
                usage("environment variable " + credentials.substring(4) + " is not set");
            }
            credentials = value;
        }
        if (!credentials.equals("-") && credentials.indexOf(':') <= 0) {
            usage("credentials must be user:password, env:VAR or -");
        }
        int threads = args.length > 2 ? positive(args[2], "threads") : 8;
        int warmup = args.length > 3 ? nonNegative(args[3], "warm-up seconds") : 20;
        int measure = args.length > 4 ? positive(args[4], "measure seconds") : 30;

        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET().timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
        if (!credentials.equals("-")) {
            rb.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest request = rb.build();
        System.exit(closedLoop(uri + (credentials.equals("-") ? ""
                : " (Basic " + credentials.substring(0, credentials.indexOf(':')) + ")"), new Target() {
                    @Override
                    public HttpRequest next(int worker) {
                        return request;
                    }

                    @Override
                    public String check(HttpResponse<byte[]> r) {
                        return r.statusCode() >= 200 && r.statusCode() < 300 ? null : "HTTP " + r.statusCode() + ": "
                                + new String(r.body(), 0, Math.min(200, r.body().length), StandardCharsets.UTF_8);
                    }
                }, threads, warmup, measure));
    }

    /**
     * The closed loop: prints the warm-up and measure lines and RESULT, and returns the exit status (0 when every
     * measured answer counted).
     */
    public static int closedLoop(String what, Target target, int threads, int warmup, int measure)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        System.out.printf(Locale.ROOT, "target %s, %d threads, warm-up %d s, measure %d s%n", what, threads, warmup,
                measure);

        long start = System.nanoTime();
        long warmEnd = start + warmup * 1_000_000_000L;
        long measureEnd = warmEnd + measure * 1_000_000_000L;
        LongAdder warmRequests = new LongAdder();
        LongAdder warmErrors = new LongAdder();
        LongAdder measureErrors = new LongAdder();
        AtomicReference<String> firstError = new AtomicReference<>();
        Recorder[] recorders = new Recorder[threads];
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            Recorder rec = recorders[i] = new Recorder();
            int worker = i;
            workers[i] = new Thread(() -> {
                long now;
                while ((now = System.nanoTime()) < measureEnd) {
                    long t0 = now;
                    boolean ok;
                    int size = 0;
                    String failure = null;
                    try {
                        HttpResponse<byte[]> r = client.send(target.next(worker), HttpResponse.BodyHandlers.ofByteArray());
                        size = r.body().length;
                        failure = target.check(r);
                        ok = failure == null;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        ok = false;
                        failure = e.toString();
                    }
                    long t1 = System.nanoTime();
                    if (t0 < warmEnd) {
                        warmRequests.increment();
                        if (!ok) {
                            warmErrors.increment();
                        }
                    } else {
                        if (!ok) {
                            measureErrors.increment();
                        } else if (t1 <= measureEnd) {
                            rec.add(t1 - t0, size);
                        }
                    }
                    if (failure != null) {
                        firstError.compareAndSet(null, failure);
                    }
                }
            }, "load-" + i);
            workers[i].setDaemon(true);
            workers[i].start();
        }
        if (warmup > 0) {
            sleepUntil(warmEnd);
            System.out.printf(Locale.ROOT, "warm-up   %,d requests, %.0f req/s, %d errors%n", warmRequests.sum(),
                    warmRequests.sum() / (double) warmup, warmErrors.sum());
        }
        long giveUp = System.currentTimeMillis() + (measureEnd - System.nanoTime()) / 1_000_000L + GRACE_MILLIS;
        for (Thread w : workers) {
            w.join(Math.max(1, giveUp - System.currentTimeMillis()));
        }
        boolean stuck = Arrays.stream(workers).anyMatch(Thread::isAlive);

        int n = 0;
        long bytes = 0;
        for (Recorder r : recorders) {
            n += r.count;
            bytes += r.bytes;
        }
        long[] all = new long[n];
        int k = 0;
        for (Recorder r : recorders) {
            System.arraycopy(r.latencies, 0, all, k, r.count);
            k += r.count;
        }
        Arrays.sort(all);
        double rps = n / (double) measure;
        long errors = measureErrors.sum() + (stuck ? 1 : 0);
        System.out.printf(Locale.ROOT,
                "measure   %,d requests, %.0f req/s, p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms, "
                        + "%d errors, %.0f bytes/response%n",
                n, rps, ms(pct(all, 0.50)), ms(pct(all, 0.90)), ms(pct(all, 0.99)), ms(n == 0 ? 0 : all[n - 1]),
                errors, n == 0 ? 0.0 : bytes / (double) n);
        if (firstError.get() != null) {
            System.out.println("first error: " + firstError.get());
        }
        if (stuck) {
            System.out.println("some requests did not finish in time");
        }
        System.out.printf(Locale.ROOT, "RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d requests=%d%n", rps,
                ms(pct(all, 0.50)), ms(pct(all, 0.99)), errors, n);
        System.out.flush();
        return errors > 0 || n == 0 ? 1 : 0;
    }

    /** The p-quantile (nearest rank) of sorted values, 0 when there are none. */
    private static long pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void sleepUntil(long deadlineNanos) throws InterruptedException {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000L));
        }
    }

    private static int positive(String s, String what) {
        int v = nonNegative(s, what);
        if (v == 0) {
            usage(what + " must be at least 1");
        }
        return v;
    }

    private static int nonNegative(String s, String what) {
        try {
            int v = Integer.parseInt(s);
            if (v < 0 || v > 3600) {
                usage(what + " must be between 0 and 3600: " + s);
            }
            return v;
        } catch (NumberFormatException e) {
            usage(what + " is not a number: " + s);
            return 0;
        }
    }

    private static void usage(String problem) {
        if (problem != null) {
            System.err.println("LoadRun: " + problem);
        }
        System.err.println("usage: java -cp bench-load.jar org.missioncj.bench.LoadRun URL"
                + " [user:password|env:VAR|-] [threads=8] [warmup_s=20] [measure_s=30]");
        System.exit(2);
    }
}
