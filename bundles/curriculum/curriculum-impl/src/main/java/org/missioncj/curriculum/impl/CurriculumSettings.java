package org.missioncj.curriculum.impl;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The curriculum module's site settings (PID {@code org.missioncj.curriculum}). Its schema and mappers
 * are the module kit's; its components reference the module with {@link #MODULE}.
 */
@Component(service = CurriculumSettings.class, configurationPid = "org.missioncj.curriculum")
@Designate(ocd = CurriculumSettings.Config.class)
public class CurriculumSettings {
    /** The curriculum module, as its components reference it. */
    public static final String MODULE = "(mission.module=curriculum)";

    @ObjectClassDefinition(name = "MISSION-CJ curriculum",
            description = "The session catalogs, the participant workbook and the recovery plan.")
    public @interface Config {
    }

    @Activate
    public CurriculumSettings(Config config) {
    }

    /** For tests. */
    public CurriculumSettings() {
    }
}
