package org.missioncj.bench.hello;

import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Publishes {@link HelloResource} as a bare CXF JAX-RS endpoint at {@code /bench} on the default bus,
 * the same way the platform's MissionApplication publishes {@code /api/v1}: with the CXF servlet
 * context {@code /mission} it is served at {@code /mission/bench/hello}. No providers, no
 * authentication, no database: the baseline for the benchmark.
 *
 * <p>Install this bundle only once the platform's REST API answers (benchmarks/run.sh copies it into
 * deploy/ after /mission/api/v1/health is 200). Started early in the first boot, while the features
 * service is still starting CXF's bundles, its {@code BusFactory.getDefaultBus()} call would create the
 * default bus, shared with the platform, before cxf-core has registered the HTTP transport extension;
 * that bus then fails every endpoint, the platform's included, with "No DestinationFactory was found
 * for the namespace http://cxf.apache.org/transports/http" (or, a moment later, with a transport that
 * has its own destination registry: every request 404, "Can't find the request ... Observer").
 */
@Component(immediate = true)
public class HelloEndpoint {
    private Server server;

    @Activate
    void activate() {
        JAXRSServerFactoryBean bean = new JAXRSServerFactoryBean();
        bean.setBus(BusFactory.getDefaultBus());
        bean.setAddress("/bench");
        bean.setResourceClasses(HelloResource.class);
        bean.setResourceProvider(HelloResource.class, new SingletonResourceProvider(new HelloResource()));
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(HelloEndpoint.class.getClassLoader());
        try {
            server = bean.create();
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    @Deactivate
    void deactivate() {
        if (server != null) {
            server.destroy();
            server = null;
        }
    }
}
