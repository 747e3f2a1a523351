package org.missioncj.adapter.soap;

import java.net.URI;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.Set;

import org.missioncj.adapter.api.dto.InboundKind;
import org.missioncj.adapter.spi.OutboundChannel;
import org.missioncj.core.api.security.AccountService;
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
 * One host system that talks SOAP with the platform: a factory configuration
 * {@code etc/org.missioncj.adapter.soap-<system>.cfg} per system. Inbound, the INTEGRATION {@code account}
 * it names is the only sign-in that may send as this system, and only the {@code kinds} listed; with a
 * {@code url}, it is also the system's outbound channel ({@link CourtNoticeClient}).
 */
@Component(service = SoapSystem.class, configurationPid = SoapSystem.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SoapSystem.Config.class, factory = true)
public class SoapSystem {
    static final String PID = "org.missioncj.adapter.soap";
    private static final Logger LOG = LoggerFactory.getLogger(SoapSystem.class);

    @ObjectClassDefinition(name = "MISSION-CJ SOAP host system",
            description = "A jail or court system that sends SOAP notifications (and, with a URL, receives the platform's notices).")
    public @interface Config {
        @AttributeDefinition(name = "System", description = "Its name, as the runtime's systems setting names it "
                + "(lower-case letters, digits, '-').")
        String system();

        @AttributeDefinition(name = "Account", description = "The INTEGRATION account the system signs in with "
                + "(HTTP Basic); no other sign-in may send as this system, and this account sends as no other.")
        String account() default "";

        @AttributeDefinition(name = "Kinds", description = "Comma-separated message kinds this system may send "
                + "(BOOKING, RELEASE for a jail; HEARING_SCHEDULED, HEARING_CHANGED, HEARING_CANCELLED for a court). "
                + "Empty: nothing inbound.")
        String kinds() default "";

        @AttributeDefinition(name = "Outbound URL", description = "The court system's CourtNoticeService endpoint "
                + "(https, or http to this machine only). Empty: inbound only.")
        String url() default "";

        @AttributeDefinition(name = "Outbound user", description = "HTTP Basic user for the court's service; empty: none.")
        String user() default "";

        @AttributeDefinition(name = "Outbound password", type = AttributeType.PASSWORD, description = "Never logged.")
        String _password() default "";

        @AttributeDefinition(name = "Connect timeout (seconds)")
        int connectTimeoutSeconds() default 5;

        @AttributeDefinition(name = "Read timeout (seconds)")
        int readTimeoutSeconds() default 15;
    }

    final String system;
    final String account;
    final Set<InboundKind> kinds;
    private ServiceRegistration<OutboundChannel> channel;
    private CourtNoticeClient client;

    @Activate
    public SoapSystem(BundleContext context, Config c) {
        this(c.system(), c.account(), c.kinds());
        URI url = outbound(c.url());
        if (url != null) {
            client = new CourtNoticeClient(system, url, blankToNull(c.user()), c._password(),
                    Math.max(1, c.connectTimeoutSeconds()), Math.max(1, c.readTimeoutSeconds()));
            Dictionary<String, Object> p = new Hashtable<>();
            p.put(OutboundChannel.SYSTEM, system);
            channel = context.registerService(OutboundChannel.class, client::deliver, p);
        }
        LOG.info("SOAP system {} ready: {}{}", system,
                account == null ? "nothing inbound (no account)" : "inbound as " + account + " at /mission/soap/custody " + kinds,
                url == null ? "" : ", notices to " + url);
    }

    /** For tests. */
    SoapSystem(String system, String account, String kinds) {
        if (system == null || !system.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("system: '" + system + "' is not a system name (lower-case letters, digits, '-')");
        }
        String a = blankToNull(account);
        if (a != null && !AccountService.isUsername(a)) {
            throw new IllegalArgumentException("account: '" + a + "' is not an account name");
        }
        this.system = system;
        this.account = a;
        this.kinds = parseKinds(kinds);
        if (this.account == null && !this.kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds are set for " + system + " but no account may send them: set account");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static URI outbound(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        URI u = URI.create(text.trim());
        String host = u.getHost();
        boolean loopback = "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
        if (!"https".equals(u.getScheme()) && !("http".equals(u.getScheme()) && loopback)) {
            throw new IllegalArgumentException("url must be https (http only to this machine): " + text);
        }
        return u;
    }

    static Set<InboundKind> parseKinds(String text) {
        Set<InboundKind> out = EnumSet.noneOf(InboundKind.class);
        for (String k : text == null ? new String[0] : text.split(",")) {
            if (k.isBlank()) {
                continue;
            }
            InboundKind kind;
            try {
                kind = InboundKind.valueOf(k.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("kinds: '" + k.trim() + "' is not one of " + java.util.Arrays.toString(InboundKind.values()));
            }
            if (kind != InboundKind.BOOKING && kind != InboundKind.RELEASE && !kind.name().startsWith("HEARING_")) {
                throw new IllegalArgumentException("kinds: " + kind + " has no SOAP notification (the SOAP service takes "
                        + "bookings, releases and court events; use the webhook adapter for it)");
            }
            out.add(kind);
        }
        return out;
    }

    @Deactivate
    void stop() {
        if (channel != null) {
            channel.unregister();
            channel = null;
        }
        if (client != null) {
            client.close();
        }
    }
}
