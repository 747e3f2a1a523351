package org.missioncj.drt.impl;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.LoggerFactory;

/**
 * DRT's site settings (PID {@code org.missioncj.drt}). Its schema and mappers are the module kit's; its
 * components reference the module with {@link #MODULE}.
 */
@Component(service = DrtSettings.class, configurationPid = "org.missioncj.drt")
@Designate(ocd = DrtSettings.Config.class)
public class DrtSettings {
    /** DRT's module, as its components reference it. */
    public static final String MODULE = "(mission.module=drt)";
    /** The longest period the site view looks back. */
    public static final int MAX_GAP_DAYS = 365;

    @ObjectClassDefinition(name = "MISSION-CJ Dual Recovery Therapy",
            description = "DRT sessions delivered by Case Managers and progress through the DRT catalog in use "
                    + "(the catalog itself is the curriculum module's, PID org.missioncj.curriculum).")
    public @interface Config {
        @AttributeDefinition(name = "Days without a session",
                description = "The site view of participants without a recent DRT session lists those with no session "
                        + "attended or partly attended in this many days (1 to 365) unless the request asks for another "
                        + "number.")
        int gapDays() default 30;
    }

    private final int gapDays;

    @Activate
    public DrtSettings(Config config) {
        this(usable(config.gapDays()));
    }

    /** For tests and embedding. */
    public DrtSettings(int gapDays) {
        if (gapDays < 1 || gapDays > MAX_GAP_DAYS) {
            throw new IllegalArgumentException("gapDays must be between 1 and " + MAX_GAP_DAYS + ", not " + gapDays);
        }
        this.gapDays = gapDays;
    }

    /** A value out of range is logged and replaced by the default, so a typo does not take DRT down. */
    private static int usable(int gapDays) {
        if (gapDays >= 1 && gapDays <= MAX_GAP_DAYS) {
            return gapDays;
        }
        LoggerFactory.getLogger(DrtSettings.class).warn("org.missioncj.drt gapDays={} is not between 1 and {}; using 30",
                gapDays, MAX_GAP_DAYS);
        return 30;
    }

    /** For tests: the defaults. */
    public DrtSettings() {
        this(30);
    }

    int gapDays() {
        return gapDays;
    }
}
