package org.missioncj.linkage.impl;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The linkage module's site settings (PID {@code org.missioncj.linkage}): how long each step of a referral may take
 * before the team is reminded. Its schema and mappers are the module kit's; its components reference the module with
 * {@link #MODULE}.
 */
@Component(service = LinkageSettings.class, configurationPid = "org.missioncj.linkage")
@Designate(ocd = LinkageSettings.Config.class)
public class LinkageSettings {
    private static final Logger LOG = LoggerFactory.getLogger(LinkageSettings.class);
    /** The linkage module, as its components reference it. */
    public static final String MODULE = "(mission.module=linkage)";
    static final int LONGEST = 365;

    @ObjectClassDefinition(name = "MISSION-CJ linkage",
            description = "The service directory (HSDS), closed-loop referrals and their reminders.")
    public @interface Config {
        @AttributeDefinition(name = "Days for the service to answer",
                description = "A SENT referral not accepted or declined this many days after it was sent is late (1 to 365).")
        int respondDays() default 7;

        @AttributeDefinition(name = "Days to schedule",
                description = "An ACCEPTED referral without an appointment this many days after acceptance is late (1 to 365).")
        int scheduleDays() default 14;

        @AttributeDefinition(name = "Days to follow up an appointment",
                description = "A SCHEDULED referral whose attendance is not recorded this many days after the appointment "
                        + "is late (1 to 365).")
        int followUpDays() default 2;

        @AttributeDefinition(name = "Days to reschedule",
                description = "A NO_SHOW referral neither scheduled again nor closed this many days later is late (1 to 365).")
        int rescheduleDays() default 7;
    }

    final int respondDays;
    final int scheduleDays;
    final int followUpDays;
    final int rescheduleDays;

    @Activate
    public LinkageSettings(Config config) {
        this(usable("respondDays", config.respondDays(), 7), usable("scheduleDays", config.scheduleDays(), 14),
                usable("followUpDays", config.followUpDays(), 2), usable("rescheduleDays", config.rescheduleDays(), 7));
    }

    /** For tests and embedding. */
    public LinkageSettings(int respondDays, int scheduleDays, int followUpDays, int rescheduleDays) {
        this.respondDays = check(respondDays);
        this.scheduleDays = check(scheduleDays);
        this.followUpDays = check(followUpDays);
        this.rescheduleDays = check(rescheduleDays);
    }

    /** For tests: the defaults. */
    public LinkageSettings() {
        this(7, 14, 2, 7);
    }

    private static int check(int days) {
        if (days < 1 || days > LONGEST) {
            throw new IllegalArgumentException("days must be between 1 and " + LONGEST);
        }
        return days;
    }

    /** A value out of range is logged and replaced by the default, so a typo does not take the module down. */
    private static int usable(String name, int days, int fallback) {
        if (days >= 1 && days <= LONGEST) {
            return days;
        }
        LOG.warn("org.missioncj.linkage {}={} is not between 1 and {}; using {}", name, days, LONGEST, fallback);
        return fallback;
    }
}
