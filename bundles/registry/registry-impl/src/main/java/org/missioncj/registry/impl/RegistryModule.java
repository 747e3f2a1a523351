package org.missioncj.registry.impl;

import org.missioncj.core.api.MissionModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces the registry to health once its schema is in place (it needs the store). */
@Component(service = MissionModule.class)
public class RegistryModule implements MissionModule {
    private final String version;

    @Activate
    public RegistryModule(BundleContext context, @Reference RegistryStore store) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public String version() {
        return version;
    }
}
