package org.missioncj.core.impl;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.missioncj.core.api.SiteClock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@Component(service = SiteClock.class, configurationPid = "org.missioncj.core.site")
@Designate(ocd = SiteClockComponent.Config.class)
public class SiteClockComponent implements SiteClock {
    @ObjectClassDefinition(name = "MISSION-CJ site", description = "Settings every module shares.")
    public @interface Config {
        @AttributeDefinition(name = "Site time zone",
                description = "IANA time zone of the site (e.g. America/New_York): what 'today' is for schedules, due "
                        + "dates and validations in every module. Empty uses the server's.")
        String timeZone() default "";
    }

    private final SiteClock clock;

    @Activate
    public SiteClockComponent(Config config) {
        this.clock = SiteClock.of(config.timeZone().isBlank() ? Clock.systemDefaultZone()
                : Clock.system(ZoneId.of(config.timeZone())));
    }

    @Override
    public ZoneId zone() {
        return clock.zone();
    }

    @Override
    public LocalDate today() {
        return clock.today();
    }

    @Override
    public Instant now() {
        return clock.now();
    }
}
