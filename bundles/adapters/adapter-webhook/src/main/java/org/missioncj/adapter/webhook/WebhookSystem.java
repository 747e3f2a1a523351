package org.missioncj.adapter.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.missioncj.adapter.api.dto.InboundKind;
import org.missioncj.adapter.api.dto.OutboundMessage;
import org.missioncj.adapter.spi.DeliveryException;
import org.missioncj.adapter.spi.OutboundChannel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One host system that talks to the platform by signed JSON webhooks: a factory configuration
 * {@code etc/org.missioncj.adapter.webhook-<system>.cfg} per system. Inbound, it checks signatures for
 * {@code POST /adapters/webhook/<system>}; with an {@code url}, it is also the system's outbound channel,
 * signing what it sends the same way.
 */
@Component(service = WebhookSystem.class, configurationPid = WebhookSystem.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = WebhookSystem.Config.class, factory = true)
public class WebhookSystem {
    static final String PID = "org.missioncj.adapter.webhook";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSystem.class);
    /** Signatures remembered per system to refuse a replay within the allowed clock skew. */
    private static final int MAX_REMEMBERED = 100_000;
    private static final Set<Integer> PERMANENT = Set.of(400, 401, 403, 404, 405, 410, 413, 415, 422);
    /** Names the node that sent, for the receiver's log (karaf.name: set it per node of a cluster). */
    private static final String USER_AGENT = "MISSION-CJ (" + System.getProperty("karaf.name", "node").replaceAll("[^A-Za-z0-9._-]", "_") + ")";

    @ObjectClassDefinition(name = "MISSION-CJ webhook host system",
            description = "A jail or court system that sends (and, with a URL, receives) signed JSON webhooks.")
    public @interface Config {
        @AttributeDefinition(name = "System", description = "Its name, as messages and the runtime's systems setting name it "
                + "(lower-case letters, digits, '-').")
        String system();

        @AttributeDefinition(name = "Shared secret", type = AttributeType.PASSWORD,
                description = "At least 32 characters, the same on both sides; signs webhooks both ways. Never logged.")
        String _secret();

        @AttributeDefinition(name = "Outbound URL", description = "Where the platform's messages to this system go "
                + "(https, or http to this machine only). Empty: inbound only.")
        String url() default "";

        @AttributeDefinition(name = "Allowed clock skew (seconds)",
                description = "A webhook whose timestamp is further from now is refused, as a replay.")
        int maxSkewSeconds() default 300;

        @AttributeDefinition(name = "Kinds", description = "Comma-separated message kinds this system may send "
                + "(e.g. BOOKING, RELEASE for a jail; HEARING_SCHEDULED, HEARING_CHANGED, HEARING_CANCELLED, DISPOSITION, "
                + "SANCTION, WARRANT for a court). Empty: the system sends nothing in (an outbound-only court).")
        String kinds() default "";

        @AttributeDefinition(name = "Connect timeout (seconds)")
        int connectTimeoutSeconds() default 5;

        @AttributeDefinition(name = "Read timeout (seconds)")
        int readTimeoutSeconds() default 15;
    }

    final String system;
    private final String secret;
    private final URI url;
    private final Duration maxSkew;
    private final Duration readTimeout;
    private final HttpClient http;
    private final Clock clock;
    private final Map<String, Long> seen = new LinkedHashMap<>();
    /** The kinds this system may send; empty: none (least privilege: a system is given what it sends). */
    Set<InboundKind> kinds = Set.of();
    private ServiceRegistration<OutboundChannel> channel;

    @Activate
    public WebhookSystem(BundleContext context, Config c) {
        this(c.system(), c._secret(), c.url(), c.maxSkewSeconds(), c.connectTimeoutSeconds(), c.readTimeoutSeconds(),
                Clock.systemUTC());
        this.kinds = parseKinds(c.kinds());
        if (url != null) {
            Dictionary<String, Object> p = new Hashtable<>();
            p.put(OutboundChannel.SYSTEM, system);
            channel = context.registerService(OutboundChannel.class, this::deliver, p);
        }
        LOG.info("Webhook system {} ready: inbound at /mission/api/v1/adapters/webhook/{}{}", system, system,
                url == null ? "" : ", outbound to " + url);
    }

    /** For tests and embedding. */
    WebhookSystem(String system, String secret, String url, int maxSkewSeconds, int connectTimeoutSeconds,
            int readTimeoutSeconds, Clock clock) {
        if (system == null || !system.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("system: '" + system + "' is not a system name (lower-case letters, digits, '-')");
        }
        if (secret == null || secret.length() < WebhookSignature.MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the shared secret of " + system + " must be at least "
                    + WebhookSignature.MIN_SECRET_LENGTH + " characters (set .secret in its configuration)");
        }
        if (maxSkewSeconds < 1 || maxSkewSeconds > 3600) {
            throw new IllegalArgumentException("maxSkewSeconds must be between 1 and 3600");
        }
        this.system = system;
        this.secret = secret;
        this.url = url == null || url.isBlank() ? null : outbound(url.trim());
        this.maxSkew = Duration.ofSeconds(maxSkewSeconds);
        this.readTimeout = Duration.ofSeconds(Math.max(1, readTimeoutSeconds));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(Math.max(1, connectTimeoutSeconds)))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.clock = clock;
    }

    private static URI outbound(String text) {
        URI u = URI.create(text);
        boolean loopback = "localhost".equals(u.getHost()) || "127.0.0.1".equals(u.getHost()) || "[::1]".equals(u.getHost());
        if (!"https".equals(u.getScheme()) && !("http".equals(u.getScheme()) && loopback)) {
            throw new IllegalArgumentException("url must be https (http only to this machine): " + text);
        }
        return u;
    }

    static Set<InboundKind> parseKinds(String text) {
        Set<InboundKind> out = java.util.EnumSet.noneOf(InboundKind.class);
        for (String k : text == null ? new String[0] : text.split(",")) {
            if (k.isBlank()) {
                continue;
            }
            try {
                out.add(InboundKind.valueOf(k.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("kinds: '" + k.trim() + "' is not one of "
                        + java.util.Arrays.toString(InboundKind.values()));
            }
        }
        return out;
    }

    /** Whether this system may send this kind. */
    boolean sends(InboundKind kind) {
        return kinds.contains(kind);
    }

    @Deactivate
    void stop() {
        if (channel != null) {
            channel.unregister();
            channel = null;
        }
    }

    /**
     * Checks a webhook's signature and freshness; a signature seen before within the skew window is a
     * replay. Throws {@link SignatureRefused} with what the sender should fix.
     */
    void verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            throw new SignatureRefused("Sign the webhook: " + WebhookSignature.TIMESTAMP_HEADER + " (Unix seconds) and "
                    + WebhookSignature.SIGNATURE_HEADER + " (sha256=<hex HMAC of timestamp.body>) are required.");
        }
        long at;
        try {
            at = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new SignatureRefused(WebhookSignature.TIMESTAMP_HEADER + " must be Unix seconds.");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - at) > maxSkew.getSeconds()) {
            throw new SignatureRefused("The timestamp is more than " + maxSkew.getSeconds()
                    + " seconds from the platform's clock: sign each webhook when you send it (and check your clock).");
        }
        if (!WebhookSignature.matches(secret, timestamp.trim(), body, signature)) {
            throw new SignatureRefused("The signature does not match the body under " + system + "'s shared secret.");
        }
        synchronized (seen) {
            for (Iterator<Map.Entry<String, Long>> it = seen.entrySet().iterator(); it.hasNext();) {
                Map.Entry<String, Long> e = it.next();
                if (e.getValue() >= now - maxSkew.getSeconds() && seen.size() < MAX_REMEMBERED) {
                    break;
                }
                it.remove();
            }
            if (seen.putIfAbsent(signature.trim().toLowerCase(java.util.Locale.ROOT), at) != null) {
                throw new SignatureRefused("This signed webhook was received before: sign a retry anew, with a new timestamp "
                        + "(the message id keeps it from having a second effect).");
            }
        }
    }

    /** The outbound channel: POSTs the body, signed; 2xx is delivered, a refusal of the message itself is final. */
    void deliver(OutboundMessage message) throws DeliveryException {
        byte[] body = message.body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(url).timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                .header(WebhookSignature.MESSAGE_ID_HEADER, message.id)
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new DeliveryException(system + " could not be reached: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while sending to " + system, e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new DeliveryException(system + " answered HTTP " + status, PERMANENT.contains(status), null);
        }
    }
}
