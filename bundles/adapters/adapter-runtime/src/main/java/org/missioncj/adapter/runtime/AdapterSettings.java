package org.missioncj.adapter.runtime;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.missioncj.consent.api.dto.RecipientClass;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The runtime's site settings (PID {@code org.missioncj.adapter}): which host systems the platform
 * sends to and who receives there (the recipient the disclosure gate checks consents against), and the
 * timing of retries, holds and claims.
 */
@Component(service = AdapterSettings.class, configurationPid = "org.missioncj.adapter")
@Designate(ocd = AdapterSettings.Config.class)
public class AdapterSettings {
    static final String MODULE = "(mission.module=adapter)";

    @ObjectClassDefinition(name = "MISSION-CJ host-system adapters",
            description = "Where outbound messages go, and how the inbox and outbox time their work.")
    public @interface Config {
        @AttributeDefinition(name = "Host systems",
                description = "The systems messages go to, separated by ';', each 'name|RECIPIENT_CLASS|Recipient name', "
                        + "e.g. 'county-court|COURT|County Drug Court'. A consent must name that recipient for a "
                        + "message to leave.")
        String systems() default "";

        @AttributeDefinition(name = "Notice systems",
                description = "Comma-separated names (of Host systems) that get enrollment notices and completions.")
        String noticeSystems() default "";

        @AttributeDefinition(name = "Tries before the dead-letter list", description = "1-100.")
        int maxAttempts() default 8;

        @AttributeDefinition(name = "First retry (seconds)",
                description = "The wait after the first failed try; it doubles with each further try.")
        int firstRetrySeconds() default 10;

        @AttributeDefinition(name = "Longest retry wait (seconds)")
        int maxRetrySeconds() default 3600;

        @AttributeDefinition(name = "Blocked re-check (seconds)",
                description = "How often a message blocked by consent is checked again.")
        int blockedRecheckSeconds() default 900;

        @AttributeDefinition(name = "Hold (minutes)",
                description = "How long a message waits for its predecessor (a release for its booking) before it goes to review.")
        int holdMinutes() default 60;

        @AttributeDefinition(name = "Worker interval (seconds)", description = "How often each node looks for due work.")
        int pollSeconds() default 2;

        @AttributeDefinition(name = "Claim (seconds)",
                description = "How long a node owns a message it is delivering; far longer than a channel's timeouts.")
        int claimSeconds() default 300;
    }

    /** A host system messages go to, and its recipient as consents name it. */
    static final class HostSystem {
        final String name;
        final RecipientClass recipientClass;
        final String recipientName;

        HostSystem(String name, RecipientClass recipientClass, String recipientName) {
            this.name = name;
            this.recipientClass = recipientClass;
            this.recipientName = recipientName;
        }
    }

    final Map<String, HostSystem> systems;
    final Set<String> noticeSystems;
    final int maxAttempts;
    final Duration firstRetry;
    final Duration maxRetry;
    final Duration blockedRecheck;
    final Duration hold;
    final Duration poll;
    final Duration claim;

    @Activate
    public AdapterSettings(Config c) {
        this(c.systems(), c.noticeSystems(), c.maxAttempts(), c.firstRetrySeconds(), c.maxRetrySeconds(),
                c.blockedRecheckSeconds(), c.holdMinutes(), c.pollSeconds(), c.claimSeconds());
    }

    /** For tests and embedding. */
    AdapterSettings(String systems, String noticeSystems, int maxAttempts, int firstRetrySeconds, int maxRetrySeconds,
            int blockedRecheckSeconds, int holdMinutes, int pollSeconds, int claimSeconds) {
        this.systems = parseSystems(systems);
        Set<String> notices = new LinkedHashSet<>();
        for (String n : noticeSystems == null ? new String[0] : noticeSystems.split(",")) {
            String name = n.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (!this.systems.containsKey(name)) {
                throw new IllegalArgumentException("noticeSystems names '" + name + "', which systems does not list");
            }
            notices.add(name);
        }
        this.noticeSystems = Collections.unmodifiableSet(notices);
        this.maxAttempts = within("maxAttempts", maxAttempts, 1, 100);
        this.firstRetry = Duration.ofSeconds(within("firstRetrySeconds", firstRetrySeconds, 1, 86400));
        this.maxRetry = Duration.ofSeconds(within("maxRetrySeconds", maxRetrySeconds, firstRetrySeconds, 7 * 86400));
        this.blockedRecheck = Duration.ofSeconds(within("blockedRecheckSeconds", blockedRecheckSeconds, 1, 7 * 86400));
        this.hold = Duration.ofMinutes(within("holdMinutes", holdMinutes, 1, 7 * 1440));
        this.poll = Duration.ofSeconds(within("pollSeconds", pollSeconds, 1, 3600));
        this.claim = Duration.ofSeconds(within("claimSeconds", claimSeconds, 30, 86400));
    }

    /** The wait before try {@code attempts + 1}, after {@code attempts} failed ones. */
    Duration backoff(int attempts) {
        Duration d = firstRetry;
        for (int i = 1; i < attempts && d.compareTo(maxRetry) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }

    static Map<String, HostSystem> parseSystems(String text) {
        Map<String, HostSystem> out = new LinkedHashMap<>();
        for (String entry : text == null ? new String[0] : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] f = entry.split("\\|");
            if (f.length != 3 || f[0].isBlank() || f[2].isBlank()) {
                throw new IllegalArgumentException("systems: '" + entry.trim()
                        + "' is not 'name|RECIPIENT_CLASS|Recipient name'");
            }
            String name = f[0].trim();
            if (!name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
                throw new IllegalArgumentException("systems: '" + name
                        + "' is not a system name (lower-case letters, digits and '-', at most 64)");
            }
            RecipientClass rc;
            try {
                rc = RecipientClass.valueOf(f[1].trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("systems: '" + f[1].trim() + "' is not a recipient class");
            }
            out.put(name, new HostSystem(name, rc, f[2].trim()));
        }
        return Collections.unmodifiableMap(out);
    }

    private static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
