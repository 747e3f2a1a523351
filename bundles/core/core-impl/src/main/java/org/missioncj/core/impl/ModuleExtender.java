package org.missioncj.core.impl;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.missioncj.core.api.MissionModule;
import org.missioncj.core.api.SiteClock;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.module.ModuleSupport;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module kit's extender: for every active bundle whose manifest has a {@value #HEADER} header, it
 * migrates the module's schema, builds its mappers and registers its {@link ModuleSupport} (with
 * {@code mission.module=<name>}) and {@link MissionModule}, in that bundle's name. When the bundle
 * stops, they go. A module that fails to migrate is logged and left out (its components stay
 * unsatisfied, nothing half-works); {@link #failures} tells health.
 */
@Component(immediate = true, service = ModuleExtender.class)
public class ModuleExtender {
    static final String HEADER = "Mission-Module";
    private static final Logger LOG = LoggerFactory.getLogger(ModuleExtender.class);

    private final DatabaseComponent database;
    private final AuditService audit;
    private final SiteClock clock;
    private final EventAdmin events;
    private final BundleTracker<List<ServiceRegistration<?>>> tracker;
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    @Activate
    public ModuleExtender(BundleContext context, @Reference DatabaseComponent database, @Reference AuditService audit,
            @Reference SiteClock clock, @Reference EventAdmin events) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public List<ServiceRegistration<?>> addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders().get(HEADER);
                return header == null ? null : start(bundle, header);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, List<ServiceRegistration<?>> registrations) {
                for (ServiceRegistration<?> r : registrations) {
                    try {
                        r.unregister();
                    } catch (IllegalStateException gone) {
                        // the bundle's registrations went with it
                    }
                }
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    /** Modules that could not start, by name, with the reason. */
    Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    private List<ServiceRegistration<?>> start(Bundle bundle, String header) {
        ModuleHeader h;
        try {
            h = ModuleHeader.parse(header);
        } catch (IllegalArgumentException e) {
            LOG.error("Bundle {} has a malformed {} header: {}", bundle.getSymbolicName(), HEADER, e.getMessage());
            return null;
        }
        try {
            List<Class<?>> mappers = new ArrayList<>();
            for (String m : h.mappers) {
                mappers.add(bundle.loadClass(m));
            }
            ClassLoader loader = bundle.adapt(BundleWiring.class).getClassLoader();
            String version = bundle.getVersion().toString();
            ModuleRuntime module = ModuleRuntime.open(database, audit, clock, () -> events, h.name, version, loader,
                    h.migrations, mappers);
            BundleContext context = bundle.getBundleContext();
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(ModuleSupport.PROPERTY, h.name);
            List<ServiceRegistration<?>> registrations = new ArrayList<>();
            registrations.add(context.registerService(ModuleSupport.class, module, props));
            registrations.add(context.registerService(MissionModule.class, new MissionModule() {
                @Override
                public String name() {
                    return h.name;
                }

                @Override
                public String version() {
                    return version;
                }
            }, props));
            failures.remove(h.name);
            LOG.info("Module {} {} started", h.name, version);
            return registrations;
        } catch (ClassNotFoundException | RuntimeException e) {
            failures.put(h.name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            LOG.error("Module {} of bundle {} could not start: its schema or mappers failed", h.name,
                    bundle.getSymbolicName(), e);
            return null;
        }
    }

    /** {@code cti; migrations=db/cti; mappers="a.B, a.C"}; migrations default to {@code db/<name>}. */
    static final class ModuleHeader {
        final String name;
        final String migrations;
        final List<String> mappers = new ArrayList<>();

        private ModuleHeader(String name, String migrations) {
            this.name = name;
            this.migrations = migrations;
        }

        static ModuleHeader parse(String header) {
            List<String> parts = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (char c : header.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ';' && !quoted) {
                    parts.add(cur.toString().trim());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            parts.add(cur.toString().trim());
            String name = parts.get(0);
            if (!name.matches("[a-z][a-z0-9-]{1,31}")) {
                throw new IllegalArgumentException("'" + name + "' is not a module name (lower-case letters, digits, '-')");
            }
            String migrations = "db/" + name;
            List<String> mappers = new ArrayList<>();
            for (String p : parts.subList(1, parts.size())) {
                int eq = p.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("'" + p + "' is not key=value");
                }
                String key = p.substring(0, eq).trim();
                String value = p.substring(eq + 1).trim();
                if (key.equals("migrations")) {
                    migrations = value.isEmpty() || value.equals("none") ? null : value;
                } else if (key.equals("mappers")) {
                    for (String m : value.split(",")) {
                        if (!m.isBlank()) {
                            mappers.add(m.trim());
                        }
                    }
                } else {
                    throw new IllegalArgumentException("unknown attribute '" + key + "'");
                }
            }
            ModuleHeader h = new ModuleHeader(name, migrations);
            h.mappers.addAll(mappers);
            return h;
        }
    }
}
