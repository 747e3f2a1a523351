package org.missioncj.consent.impl;

import org.missioncj.core.api.MissionModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces the consent module to health once its schema is in place. */
@Component(service = MissionModule.class)
public class ConsentModule implements MissionModule {
    private final String version;

    @Activate
    public ConsentModule(BundleContext context, @Reference ConsentStore store) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String name() {
        return "consent";
    }

    @Override
    public String version() {
        return version;
    }
}
