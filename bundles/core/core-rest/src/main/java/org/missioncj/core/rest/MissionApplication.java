package org.missioncj.core.rest;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.missioncj.core.api.MissionModule;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.persistence.Database;
import org.missioncj.core.api.rest.ApiReadiness;
import org.missioncj.core.api.rest.HttpSignIn;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.security.AccountEvents;
import org.missioncj.core.api.security.SignInGuard;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JAX-RS application of the platform: publishes core's resources and every whiteboard resource
 * (see {@link MissionRest}) as one CXF endpoint under {@code /mission/api/v1}, with the shared JSON,
 * problem, body-size and security providers. The endpoint is rebuilt when a module comes or goes.
 */
@Component(immediate = true, configurationPid = "org.missioncj.core.rest", service = EventHandler.class,
        property = EventConstants.EVENT_TOPIC + "=" + AccountEvents.CHANGED)
@Designate(ocd = MissionApplication.Config.class)
public class MissionApplication implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(MissionApplication.class);

    @ObjectClassDefinition(name = "MISSION-CJ REST API",
            description = "The REST endpoint under /mission/api/v1 (the /mission prefix is the CXF servlet context).")
    public @interface Config {
        @AttributeDefinition(name = "JAAS realm",
                description = "Karaf JAAS realm that checks HTTP Basic sign-ins. \"mission\" asks the staff accounts of the "
                        + "mission database first, then etc/users.properties (the bootstrap admin).")
        String realm() default "mission";

        @AttributeDefinition(name = "Maximum request body (bytes)",
                description = "Larger request bodies are refused with 413.")
        long maxBodyBytes() default 1_048_576;

        @AttributeDefinition(name = "Sign-in cache (seconds)",
                description = "How long a verified sign-in is reused before the realm is asked again; 0 asks on every request. "
                        + "An account changed on this node (disabled, roles, password) is forgotten at once; on other "
                        + "nodes of a cluster it keeps its access for at most this long.")
        int authCacheSeconds() default 60;

        @AttributeDefinition(name = "Trusted proxies",
                description = "Comma-separated addresses or CIDR ranges (e.g. 10.0.0.5, 192.168.10.0/24) of reverse proxies "
                        + "whose X-Forwarded-For and X-Forwarded-Proto headers are believed: the client's address for the "
                        + "audit trail and sign-in back-off, and whether the client used HTTPS. Empty trusts none.")
        String trustedProxies() default "";
    }

    private final Database database;
    private final AuditService audit;
    private final SignInGuard signInGuard;
    private final Map<ServiceReference<?>, Object> resources = new ConcurrentHashMap<>();
    private final List<MissionModule> modules = new CopyOnWriteArrayList<>();
    private volatile Config config;
    private static final long REBUILD_DELAY_MS = 300;
    private final ScheduledExecutorService rebuilder = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "mission-rest-rebuild"));
    private ScheduledFuture<?> pendingRebuild;
    private Server server;
    private final Readiness readiness = new Readiness();
    private volatile ServiceRegistration<ApiReadiness> readinessRegistration;
    private BundleTracker<String> restBundles;
    private boolean active;
    /** The authenticator of the endpoint published now, whose remembered sign-ins account changes clear. */
    private volatile Authenticator authenticator;
    /** The sign-in of the endpoint published now, also offered to endpoints outside the REST API. */
    private volatile SignInCheck signIn;
    private volatile ServiceRegistration<HttpSignIn> signInRegistration;

    /**
     * @param httpTransport not used directly: CXF's HTTP transport registers it once it is ready,
     *        and publishing before that (early in a first boot) leaves the shared bus without an
     *        HTTP destination, which breaks every endpoint on it.
     */
    @Activate
    public MissionApplication(@Reference Database database, @Reference AuditService audit,
            @Reference(name = "httpTransport") DestinationRegistry httpTransport, @Reference SignInGuard signInGuard,
            Config config) {
        this.signInGuard = signInGuard;
        this.database = database;
        this.audit = audit;
        this.config = config;
    }

    @Activate
    void activate(BundleContext context) {
        readinessRegistration = context.registerService(ApiReadiness.class, readiness, readiness.properties());
        restBundles = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders().get(ApiReadiness.HEADER);
                if (header == null) {
                    return null;
                }
                readiness.declare(bundle.getBundleId(), header);
                announce();
                return header;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, String header) {
                readiness.forget(bundle.getBundleId());
                announce();
            }
        };
        restBundles.open();
        synchronized (this) {
            active = true;
            rebuild();
        }
        signInRegistration = context.registerService(HttpSignIn.class,
                (remote, secure, headers) -> signIn.signIn(remote, secure, headers), null);
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            active = false;
            stop();
        }
        rebuilder.shutdownNow();
        if (signInRegistration != null) {
            try {
                signInRegistration.unregister();
            } catch (IllegalStateException gone) {
                // unregistered with the bundle
            }
        }
        if (restBundles != null) {
            restBundles.close();
        }
        try {
            readinessRegistration.unregister();
        } catch (IllegalStateException gone) {
            // unregistered with the bundle
        }
    }

    /** Publishes the readiness as the service's properties (after every rebuild and every REST bundle that comes or goes). */
    private void announce() {
        ServiceRegistration<ApiReadiness> r = readinessRegistration;
        if (r != null) {
            try {
                r.setProperties(readiness.properties());
            } catch (IllegalStateException gone) {
                // stopping
            }
        }
    }

    /** An account changed ({@link AccountEvents#CHANGED}): its next request signs in again. */
    @Override
    public void handleEvent(Event event) {
        Object username = event.getProperty(AccountEvents.PROP_USERNAME);
        Authenticator a = authenticator;
        if (a != null && username instanceof String) {
            a.forget((String) username);
        }
    }

    @Reference(service = Object.class, target = "(" + MissionRest.RESOURCE + "=true)",
            cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindResource(ServiceReference<?> ref, Object resource) {
        resources.put(ref, resource);
        rebuildIfActive();
    }

    void unbindResource(ServiceReference<?> ref, Object resource) {
        resources.remove(ref);
        rebuildIfActive();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindModule(MissionModule module) {
        modules.add(module);
    }

    void unbindModule(MissionModule module) {
        modules.remove(module);
    }

    /**
     * Modules come up one service at a time; rebuilding once after they settle, instead of once per
     * service, keeps the moments without an endpoint (a rebuild takes milliseconds) rare.
     */
    private void rebuildIfActive() {
        synchronized (this) {
            if (!active) {
                return;
            }
            if (pendingRebuild != null) {
                pendingRebuild.cancel(false);
            }
            pendingRebuild = rebuilder.schedule(() -> {
                synchronized (this) {
                    if (active) {
                        rebuild();
                    }
                }
            }, REBUILD_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void rebuild() {
        stop();
        Config c = config;
        Authenticator authenticator = new Authenticator(c.realm(), c.authCacheSeconds(), signInGuard);
        this.authenticator = authenticator;
        SignInCheck check = new SignInCheck(authenticator, audit, signInGuard, proxies(c.trustedProxies()));
        this.signIn = check;
        JAXRSServerFactoryBean bean = new JAXRSServerFactoryBean();
        bean.setBus(BusFactory.getDefaultBus());
        bean.setAddress(MissionRest.BASE_PATH);
        List<Object> beans = new ArrayList<>();
        beans.add(new HealthResource(database, () -> new ArrayList<>(modules), readiness));
        beans.add(new OpenApiResource(this::openApiFragments));
        beans.add(new AuditResource(audit));
        beans.addAll(resources.values());
        List<org.apache.cxf.jaxrs.lifecycle.ResourceProvider> providers = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>();
        for (Object b : beans) {
            classes.add(b.getClass());
            providers.add(new SingletonResourceProvider(b));
        }
        bean.setResourceClasses(classes);
        for (int i = 0; i < classes.size(); i++) {
            bean.setResourceProvider(classes.get(i), providers.get(i));
        }
        bean.setProviders(List.of(new JsonProvider(), new BodyLimitFilter(c.maxBodyBytes()),
                new SecurityFilter(check),
                new ResponseHeaders(), new ProblemMappers.Mission(), new ProblemMappers.Json(),
                new ProblemMappers.Web(), new ProblemMappers.Unexpected()));
        bean.getOutInterceptors().add(new UnreadBody());
        bean.getOutFaultInterceptors().add(new UnreadBody());
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(MissionApplication.class.getClassLoader());
        try {
            server = bean.create();
            readiness.published(classes);
            announce();
            LOG.info("Mission REST API published with {} resources{}", beans.size(),
                    readiness.ready() ? "" : "; waiting for " + readiness.missing());
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    private static Transport.Proxies proxies(String configured) {
        try {
            return Transport.Proxies.parse(configured);
        } catch (IllegalArgumentException e) {
            LOG.error("{}: no proxy is trusted until it is corrected in org.missioncj.core.rest", e.getMessage());
            return Transport.Proxies.parse("");
        }
    }

    private void stop() {
        if (server != null) {
            server.destroy();
            server = null;
            readiness.published(List.of());
            announce();
        }
    }

    private List<URL> openApiFragments() {
        List<URL> urls = new ArrayList<>();
        for (ServiceReference<?> ref : resources.keySet()) {
            Object path = ref.getProperty(MissionRest.OPENAPI);
            if (path instanceof String && ref.getBundle() != null) {
                URL u = ref.getBundle().getEntry((String) path);
                if (u != null) {
                    urls.add(u);
                } else {
                    LOG.warn("Bundle {} names OpenAPI fragment {} but has no such entry",
                            ref.getBundle().getSymbolicName(), path);
                }
            }
        }
        return urls;
    }
}
