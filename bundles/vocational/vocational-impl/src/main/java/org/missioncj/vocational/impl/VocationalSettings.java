package org.missioncj.vocational.impl;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vocational module's site settings (PID {@code org.missioncj.vocational}). Its schema and mappers are the module
 * kit's; its components reference the module with {@link #MODULE}.
 */
@Component(service = VocationalSettings.class, configurationPid = "org.missioncj.vocational")
@Designate(ocd = VocationalSettings.Config.class)
public class VocationalSettings {
    private static final Logger LOG = LoggerFactory.getLogger(VocationalSettings.class);
    /** The vocational module, as its components reference it. */
    public static final String MODULE = "(mission.module=vocational)";
    static final int DEFAULT_MAX_MINUTES = 480;
    static final int LONGEST = 1440;

    @ObjectClassDefinition(name = "MISSION-CJ vocational and educational support",
            description = "Goals, employers and openings, job applications, the employment and education timeline, "
                    + "education enrollments and on-the-job support.")
    public @interface Config {
        @AttributeDefinition(name = "Longest support contact (minutes)",
                description = "An on-the-job support contact logged with more minutes than this is refused as a typo "
                        + "(1 to 1440).")
        int maxSupportMinutes() default DEFAULT_MAX_MINUTES;
    }

    private final int maxSupportMinutes;

    @Activate
    public VocationalSettings(Config config) {
        this(usable(config.maxSupportMinutes()));
    }

    /** For tests and embedding. */
    public VocationalSettings(int maxSupportMinutes) {
        if (maxSupportMinutes < 1 || maxSupportMinutes > LONGEST) {
            throw new IllegalArgumentException("maxSupportMinutes must be between 1 and " + LONGEST);
        }
        this.maxSupportMinutes = maxSupportMinutes;
    }

    /** For tests: the defaults. */
    public VocationalSettings() {
        this(DEFAULT_MAX_MINUTES);
    }

    int maxSupportMinutes() {
        return maxSupportMinutes;
    }

    /** A value out of range is logged and replaced by the default, so a typo does not take the module down. */
    private static int usable(int minutes) {
        if (minutes >= 1 && minutes <= LONGEST) {
            return minutes;
        }
        LOG.warn("org.missioncj.vocational maxSupportMinutes={} is not between 1 and {}; using {}", minutes, LONGEST,
                DEFAULT_MAX_MINUTES);
        return DEFAULT_MAX_MINUTES;
    }
}
