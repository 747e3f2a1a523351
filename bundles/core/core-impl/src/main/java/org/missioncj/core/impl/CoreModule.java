package org.missioncj.core.impl;

import org.missioncj.core.api.MissionModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

@Component(service = MissionModule.class)
public class CoreModule implements MissionModule {
    private final String version;

    @Activate
    public CoreModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String name() {
        return "core";
    }

    @Override
    public String version() {
        return version;
    }
}
