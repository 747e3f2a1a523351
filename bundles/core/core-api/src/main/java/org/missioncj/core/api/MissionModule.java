package org.missioncj.core.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by every module's implementation bundle so that health reports and operators can see
 * which mission modules a site has installed.
 */
@ConsumerType
public interface MissionModule {
    /** Short module name, e.g. {@code registry}. */
    String name();

    /** Version of the module's implementation bundle. */
    String version();
}
