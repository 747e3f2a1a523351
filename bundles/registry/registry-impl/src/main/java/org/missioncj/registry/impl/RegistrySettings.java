package org.missioncj.registry.impl;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The registry's site settings (PID {@code org.missioncj.registry}); its schema and mappers are the module kit's. */
@Component(service = RegistrySettings.class, configurationPid = "org.missioncj.registry")
@Designate(ocd = RegistrySettings.Config.class)
public class RegistrySettings {
    /** The registry's module, as its components reference it. */
    static final String MODULE = "(mission.module=registry)";

    @ObjectClassDefinition(name = "MISSION-CJ participant registry",
            description = "Caseload limits. The site's time zone is core's (org.missioncj.core.site).")
    public @interface Config {
        @AttributeDefinition(name = "Default caseload limit",
                description = "Most participants (ENROLLED or ACTIVE) a team may carry when the team sets no limit of its own. "
                        + "The MISSION model allows at most 25 per team.", min = "1", max = "200")
        int defaultCaseloadLimit() default 25;
    }

    private final int defaultCaseloadLimit;

    @Activate
    public RegistrySettings(Config config) {
        this(config.defaultCaseloadLimit());
    }

    /** For tests and embedding. */
    public RegistrySettings(int defaultCaseloadLimit) {
        if (defaultCaseloadLimit < 1 || defaultCaseloadLimit > TeamServiceImpl.MAX_LIMIT) {
            throw new IllegalArgumentException("defaultCaseloadLimit must be between 1 and " + TeamServiceImpl.MAX_LIMIT
                    + ", not " + defaultCaseloadLimit);
        }
        this.defaultCaseloadLimit = defaultCaseloadLimit;
    }

    int defaultCaseloadLimit() {
        return defaultCaseloadLimit;
    }
}
