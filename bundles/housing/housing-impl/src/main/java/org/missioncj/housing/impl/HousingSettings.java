package org.missioncj.housing.impl;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The housing module's site settings (PID {@code org.missioncj.housing}). Its schema and mappers are the module kit's;
 * its components reference the module with {@link #MODULE}.
 */
@Component(service = HousingSettings.class, configurationPid = "org.missioncj.housing")
@Designate(ocd = HousingSettings.Config.class)
public class HousingSettings {
    /** The housing module, as its components reference it. */
    public static final String MODULE = "(mission.module=housing)";

    @ObjectClassDefinition(name = "MISSION-CJ housing first",
            description = "Housing status timelines, needs, budgets, landlords, units and placements.")
    public @interface Config {
        @AttributeDefinition(name = "Custody updates the timeline",
                description = "A booking from a host-system adapter starts INCARCERATED on the booking day; a release "
                        + "ends it on the release day.")
        boolean custodyUpdatesTimeline() default true;
    }

    private final boolean custodyUpdatesTimeline;

    @Activate
    public HousingSettings(Config config) {
        this(config.custodyUpdatesTimeline());
    }

    /** For tests and embedding. */
    public HousingSettings(boolean custodyUpdatesTimeline) {
        this.custodyUpdatesTimeline = custodyUpdatesTimeline;
    }

    public boolean custodyUpdatesTimeline() {
        return custodyUpdatesTimeline;
    }
}
