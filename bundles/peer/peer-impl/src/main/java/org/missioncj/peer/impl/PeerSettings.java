package org.missioncj.peer.impl;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The peer module's site settings (PID {@code org.missioncj.peer}); the curriculum it counts is the
 * curriculum module's peer catalog. Its schema and mappers are the module kit's; its components reference
 * the module with {@link #MODULE}.
 */
@Component(service = PeerSettings.class, configurationPid = "org.missioncj.peer")
@Designate(ocd = PeerSettings.Config.class)
public class PeerSettings {
    /** The peer module, as its components reference it. */
    public static final String MODULE = "(mission.module=peer)";

    @ObjectClassDefinition(name = "MISSION-CJ peer-led sessions",
            description = "Peer-led sessions and groups. The sessions counted are the curriculum module's peer catalog "
                    + "(its edition in use); the site's time zone is core's (org.missioncj.core.site).")
    public @interface Config {
    }

    @Activate
    public PeerSettings(Config config) {
    }

    /** For tests. */
    public PeerSettings() {
    }
}
