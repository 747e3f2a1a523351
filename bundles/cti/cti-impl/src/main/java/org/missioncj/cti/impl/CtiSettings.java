package org.missioncj.cti.impl;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * CTI's site settings (PID {@code org.missioncj.cti}): the phase plan. A changed plan restarts the
 * components that use it; schedules are then rebuilt for their future part as enrollments change.
 * Its schema and mappers are the module kit's.
 */
@Component(service = CtiSettings.class, configurationPid = "org.missioncj.cti")
@Designate(ocd = CtiSettings.Config.class)
public class CtiSettings {
    /** CTI's module, as its components reference it. */
    static final String MODULE = "(mission.module=cti)";

    @ObjectClassDefinition(name = "MISSION-CJ Critical Time Intervention",
            description = "The CTI phase plan of the site (its time zone is core's, org.missioncj.core.site). Lengths are for the reference enrollment "
                    + "(their sum, 12 months in MISSION-CJ); shorter enrollments scale them in proportion.")
    public @interface Config {
        @AttributeDefinition(name = "Phase names", description = "Comma-separated, one name per phase, in order.")
        String phaseNames() default "Transition to community, Try-out, Transfer of care";

        @AttributeDefinition(name = "Phase lengths (months)",
                description = "Comma-separated months of each phase in the reference plan. Classic CTI: 3, 3, 3.")
        String phaseMonths() default "4, 5, 3";

        @AttributeDefinition(name = "Contact intervals",
                description = "Comma-separated ISO-8601 period between due contacts in each phase: P7D weekly, "
                        + "P14D every two weeks, P1M monthly.")
        String contactIntervals() default "P7D, P14D, P1M";
    }

    private final PhasePlan plan;

    @Activate
    public CtiSettings(Config config) {
        this(PhasePlan.parse(config.phaseNames(), config.phaseMonths(), config.contactIntervals()));
    }

    /** For tests and embedding. */
    CtiSettings(PhasePlan plan) {
        this.plan = plan;
    }

    PhasePlan plan() {
        return plan;
    }
}
