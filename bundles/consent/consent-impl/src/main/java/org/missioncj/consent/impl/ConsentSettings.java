package org.missioncj.consent.impl;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Consent's site settings (PID {@code org.missioncj.consent}); its schema and mapper are the module kit's. */
@Component(service = ConsentSettings.class, configurationPid = "org.missioncj.consent")
@Designate(ocd = ConsentSettings.Config.class)
public class ConsentSettings {
    /** Consent's module, as its components reference it. */
    static final String MODULE = "(mission.module=consent)";

    /** 42 CFR §2.32(a)(2), as amended in 2024. */
    static final String DEFAULT_NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";

    @ObjectClassDefinition(name = "MISSION-CJ Consent (42 CFR Part 2)",
            description = "How this program discloses participant information under 42 CFR Part 2.")
    public @interface Config {
        @AttributeDefinition(name = "Program name",
                description = "The Part 2 program as consents name it in 'who may disclose' (§2.31(a)(3)). A consent that "
                        + "names another program does not allow this one to disclose.")
        String programName() default "MISSION-CJ";

        @AttributeDefinition(name = "Notice to accompany disclosure",
                description = "The §2.32 statement printed on every disclosure. The default is statement 2; a site may use "
                        + "the longer statement 1.")
        String notice() default DEFAULT_NOTICE;
    }

    private final String programName;
    private final String notice;

    @Activate
    public ConsentSettings(Config config) {
        this(config.programName(), config.notice());
    }

    /** For tests and embedding. */
    public ConsentSettings(String programName, String notice) {
        this.programName = programName == null || programName.isBlank() ? "MISSION-CJ" : programName.trim();
        this.notice = notice == null || notice.isBlank() ? DEFAULT_NOTICE : notice.trim();
    }

    String programName() {
        return programName;
    }

    String notice() {
        return notice;
    }
}
