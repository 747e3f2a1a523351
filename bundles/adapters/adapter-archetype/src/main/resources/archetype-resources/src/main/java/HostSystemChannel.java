package ${package};

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.missioncj.adapter.api.dto.OutboundMessage;
import org.missioncj.adapter.spi.DeliveryException;
import org.missioncj.adapter.spi.OutboundChannel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's messages to ${systemName}: each message's JSON body is POSTed to the configured URL.
 * Configured by etc/${package}.cfg (url = ...); without that file the channel is not registered and
 * messages to ${systemName} wait in the outbox.
 *
 * <p>The runtime sends a message here only when etc/org.missioncj.adapter.cfg lists ${systemName} in
 * its systems setting and the disclosure gate allowed it.
 */
@Component(service = OutboundChannel.class, configurationPid = HostSystemChannel.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = OutboundChannel.SYSTEM + "=${systemName}")
@Designate(ocd = HostSystemChannel.Config.class)
public class HostSystemChannel implements OutboundChannel {
    static final String PID = "${package}";
    static final String MESSAGE_ID_HEADER = "X-Mission-Message-Id";
    private static final Logger LOG = LoggerFactory.getLogger(HostSystemChannel.class);
    /** Answers that refuse the message itself: trying again cannot help, it goes to the dead-letter list. */
    private static final Set<Integer> PERMANENT = Set.of(400, 401, 403, 404, 409, 410, 413, 415, 422);

    @ObjectClassDefinition(name = "MISSION-CJ adapter for ${systemName}",
            description = "Where the platform's messages to ${systemName} go.")
    public @interface Config {
        @AttributeDefinition(name = "System", description = "The host system's name, in messages and logs.")
        String system() default "${systemName}";

        @AttributeDefinition(name = "URL", description = "Where messages are POSTed as JSON "
                + "(https, or http to this machine only).")
        String url();
    }

    private final String system;
    private final URI url;
    private final HttpClient http;
    private final Duration requestTimeout;

    @Activate
    public HostSystemChannel(Config config) {
        this(config.system(), config.url());
        LOG.info("Outbound channel for {} ready: messages go to {}", system, url);
    }

    /** For tests: timeouts of 5 s to connect and 15 s for the whole request. */
    HostSystemChannel(String system, String url) {
        this(system, url, Duration.ofSeconds(5), Duration.ofSeconds(15));
    }

    HostSystemChannel(String system, String url, Duration connectTimeout, Duration requestTimeout) {
        if (system == null || !system.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("system: '" + system + "' is not a system name (lower-case letters, digits, '-')");
        }
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url: set the URL of " + system + " in etc/" + PID + ".cfg");
        }
        this.system = system;
        this.url = checked(url.trim());
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The messages carry protected health information: https, or plain http only to this machine. */
    private static URI checked(String text) {
        URI u = URI.create(text);
        String host = u.getHost();
        boolean loopback = "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
        if (!"https".equals(u.getScheme()) && !("http".equals(u.getScheme()) && loopback)) {
            throw new IllegalArgumentException("url must be https (http only to this machine): " + text);
        }
        return u;
    }

    /** 2xx: delivered. A refusal of the message itself is permanent; anything else is tried again later. */
    @Override
    public void deliver(OutboundMessage message) throws DeliveryException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(message.body == null ? "{}" : message.body, StandardCharsets.UTF_8));
        if (message.id != null) {
            // stable across tries: the receiver drops a second delivery of the same id
            request.header(MESSAGE_ID_HEADER, message.id);
        }
        HttpResponse<Void> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryException(system + " could not be reached: " + e.getClass().getSimpleName(), e);
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
