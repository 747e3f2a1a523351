package org.missioncj.adapter.soap;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.staxutils.StaxUtils;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.missioncj.adapter.api.Inbox;
import org.missioncj.core.api.rest.HttpSignIn;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@code /mission/soap/custody} ({@link CustodyNotificationProvider}) on CXF's servlet, with
 * {@link SoapGuard} in front and {@link FriendlyFaults} behind, and CXF's reader held to small limits: a
 * notification is a few kilobytes, a few dozen elements, a few levels deep.
 */
@Component(immediate = true, configurationPid = SoapEndpoint.PID)
@Designate(ocd = SoapEndpoint.Config.class)
public class SoapEndpoint {
    static final String PID = "org.missioncj.adapter.soap.endpoint";
    static final String ADDRESS = "/soap/custody";
    private static final Logger LOG = LoggerFactory.getLogger(SoapEndpoint.class);

    @ObjectClassDefinition(name = "MISSION-CJ SOAP endpoint", description = "Limits of the SOAP notification service.")
    public @interface Config {
        @AttributeDefinition(name = "Largest request (KiB)")
        int maxRequestKiB() default 256;

        @AttributeDefinition(name = "Deepest nesting (elements)")
        int maxDepth() default 24;

        @AttributeDefinition(name = "Most elements in a request")
        int maxElements() default 2000;

        @AttributeDefinition(name = "Longest text (characters)")
        int maxTextLength() default 8192;

        @AttributeDefinition(name = "Published address", description = "The service's address as host systems reach it "
                + "(the site's https:// address through its proxy), written into the served WSDL. Never taken from the "
                + "request's Host header, which anyone can write.")
        String publishedUrl() default "http://localhost:8181/mission/soap/custody";
    }

    private final Map<String, java.util.List<SoapSystem>> byAccount = new ConcurrentHashMap<>();
    private final EndpointImpl endpoint;

    /**
     * @param httpTransport not used directly: CXF's HTTP transport registers it once it is ready (publishing before
     *        that leaves the bus without an HTTP destination).
     */
    @Activate
    public SoapEndpoint(@Reference Inbox inbox, @Reference HttpSignIn signIn,
            @Reference(name = "httpTransport") DestinationRegistry httpTransport, Config c) {
        long maxBytes = Math.max(4, c.maxRequestKiB()) * 1024L;
        FriendlyFaults.Limits limits = new FriendlyFaults.Limits(maxBytes, c.maxDepth(), c.maxElements(), c.maxTextLength());
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(SoapEndpoint.class.getClassLoader());
        try {
            endpoint = new EndpointImpl(BusFactory.getDefaultBus(), new CustodyNotificationProvider(inbox));
            endpoint.setWsdlLocation(SoapMessages.CUSTODY_WSDL);
            endpoint.setPublishedEndpointUrl(published(c.publishedUrl()));
            Map<String, Object> p = new java.util.HashMap<>();
            p.put(StaxUtils.MAX_ELEMENT_DEPTH, c.maxDepth());
            p.put(StaxUtils.MAX_CHILD_ELEMENTS, c.maxElements());
            p.put(StaxUtils.MAX_ELEMENT_COUNT, (long) c.maxElements());
            p.put(StaxUtils.MAX_ATTRIBUTE_COUNT, 16);
            p.put(StaxUtils.MAX_ATTRIBUTE_SIZE, 1024);
            p.put(StaxUtils.MAX_TEXT_LENGTH, c.maxTextLength());
            p.put(StaxUtils.MAX_XML_CHARACTERS, maxBytes);
            p.put("faultStackTraceEnabled", "false");
            p.put("exceptionMessageCauseEnabled", "false");
            // CXF logs every fault's stack at WARN; FriendlyFaults logs what an operator needs, once
            p.put(org.apache.cxf.logging.FaultListener.class.getName(), (org.apache.cxf.logging.FaultListener) (e, d, m) -> false);
            endpoint.setProperties(p);
            endpoint.getInInterceptors().add(new SoapGuard(signIn, this::systemOf, maxBytes));
            endpoint.getOutFaultInterceptors().add(new FriendlyFaults(limits));
            endpoint.getOutFaultInterceptors().add(new UnreadBody());
            endpoint.getOutInterceptors().add(new UnreadBody());
            endpoint.publish(ADDRESS);
        } finally {
            t.setContextClassLoader(previous);
        }
        LOG.info("SOAP notification service published at /mission{} (WSDL at ?wsdl)", ADDRESS);
    }

    private static String published(String url) {
        java.net.URI u = java.net.URI.create(url.trim());
        if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null) {
            throw new IllegalArgumentException("publishedUrl must be an http(s) address: " + url);
        }
        return u.toString();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeSystem")
    void addSystem(SoapSystem s) {
        if (s.account != null) {
            byAccount.computeIfAbsent(s.account, a -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(s);
            if (byAccount.get(s.account).size() > 1) {
                LOG.error("More than one SOAP system names the account {}: it may send as none of them until one is changed",
                        s.account);
            }
        }
    }

    void removeSystem(SoapSystem s) {
        if (s.account != null) {
            java.util.List<SoapSystem> list = byAccount.get(s.account);
            if (list != null) {
                list.remove(s);
            }
        }
    }

    /** The system an account sends as; null when none; refused when several name it (which one must never be a guess). */
    SoapSystem systemOf(String account) {
        java.util.List<SoapSystem> list = byAccount.get(account);
        if (list == null || list.isEmpty()) {
            return null;
        }
        if (list.size() > 1) {
            StringBuilder names = new StringBuilder();
            list.forEach(x -> names.append(names.length() == 0 ? "" : ", ").append(x.system));
            throw new SoapRefusal(403, true, "The account " + account + " is named by more than one SOAP system (" + names
                    + "): it may send as none of them until the platform's operator changes one.");
        }
        return list.get(0);
    }

    @Deactivate
    void stop() {
        endpoint.stop();
    }
}
