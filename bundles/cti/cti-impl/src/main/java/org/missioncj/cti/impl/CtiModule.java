package org.missioncj.cti.impl;

import org.missioncj.core.api.MissionModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces CTI to health once its schema and plan are in place. */
@Component(service = MissionModule.class)
public class CtiModule implements MissionModule {
    private final String version;

    @Activate
    public CtiModule(BundleContext context, @Reference CtiStore store) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String name() {
        return "cti";
    }

    @Override
    public String version() {
        return version;
    }
}
