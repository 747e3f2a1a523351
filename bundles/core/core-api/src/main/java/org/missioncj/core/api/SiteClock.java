package org.missioncj.core.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The site's time: its time zone decides what "today" is for schedules, due dates and
 * validations, in every module alike (PID {@code org.missioncj.core.site}).
 */
@ProviderType
public interface SiteClock {
    ZoneId zone();

    /** Today in the site's time zone. */
    LocalDate today();

    /** Now, to the millisecond (what both databases store exactly). */
    Instant now();

    /** A site clock over a {@link Clock}: for tests and for embedding outside OSGi. */
    static SiteClock of(Clock clock) {
        return new SiteClock() {
            @Override
            public ZoneId zone() {
                return clock.getZone();
            }

            @Override
            public LocalDate today() {
                return LocalDate.now(clock);
            }

            @Override
            public Instant now() {
                return clock.instant().truncatedTo(ChronoUnit.MILLIS);
            }
        };
    }
}
