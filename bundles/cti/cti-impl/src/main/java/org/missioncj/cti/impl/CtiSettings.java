package org.missioncj.cti.impl;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * CTI's site settings (PID {@code org.missioncj.cti}): the phase plan, and which other modules' support contacts
 * count as CTI contacts. A changed plan restarts the components that use it; schedules are then rebuilt for their
 * future part as enrollments change. Its schema and mappers are the module kit's.
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

        @AttributeDefinition(name = "Count support contacts",
                description = "Support contacts logged in other modules that count as CTI contacts, one entry each "
                        + "(or comma-separated): '<source>' for every site, '<source>@<site>' for one site, the site "
                        + "exactly as its teams have it, e.g. 'housing, vocational@North County'. Empty: none count.")
        String[] countSupportContacts() default {};
    }

    private final PhasePlan plan;
    private final CountedSources counted;

    @Activate
    public CtiSettings(Config config) {
        this(PhasePlan.parse(config.phaseNames(), config.phaseMonths(), config.contactIntervals()),
                CountedSources.parse(config.countSupportContacts()));
    }

    /** For tests and embedding: no support contacts count. */
    CtiSettings(PhasePlan plan) {
        this(plan, CountedSources.NONE);
    }

    /** For tests and embedding. */
    CtiSettings(PhasePlan plan, CountedSources counted) {
        this.plan = plan;
        this.counted = counted;
    }

    PhasePlan plan() {
        return plan;
    }

    /** Whose support contacts count as CTI contacts, and at which sites. */
    CountedSources countedSupportContacts() {
        return counted;
    }
}
