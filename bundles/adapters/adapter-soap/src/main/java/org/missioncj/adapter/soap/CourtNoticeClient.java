package org.missioncj.adapter.soap;

import java.net.URI;
import java.util.Set;

import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.ws.BindingProvider;
import javax.xml.ws.Dispatch;
import javax.xml.ws.Service;
import javax.xml.ws.WebServiceException;
import javax.xml.ws.soap.SOAPBinding;
import javax.xml.ws.soap.SOAPFaultException;
import javax.xml.ws.spi.ServiceDelegate;

import org.apache.cxf.jaxws.DispatchImpl;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transport.http.HTTPException;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.missioncj.adapter.api.dto.OutboundMessage;
import org.missioncj.adapter.spi.DeliveryException;
import org.w3c.dom.Node;

/**
 * A CXF client of a court system's {@code CourtNoticeService} ({@code court-notices.wsdl}): one
 * {@code PlatformNotice} per outbound message, SOAP 1.1 document/literal. A SOAP Client fault, or an HTTP
 * refusal of the message itself, is final (the message goes to the dead letters); anything else is retried by
 * the outbox with its back-off.
 */
final class CourtNoticeClient {
    static final QName SERVICE = new QName("urn:missioncj:soap:court:1", "CourtNoticeService");
    static final QName PORT = new QName("urn:missioncj:soap:court:1", "CourtNoticePort");
    static final String ACTION = "urn:missioncj:soap:court:1:ReceiveNotice";
    private static final Set<Integer> PERMANENT = Set.of(400, 401, 403, 404, 405, 410, 413, 415, 422);

    private final String system;
    private final Dispatch<Source> dispatch;

    CourtNoticeClient(String system, URI url, String user, String password, int connectTimeoutSeconds,
            int readTimeoutSeconds) {
        this.system = system;
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(CourtNoticeClient.class.getClassLoader());
        try {
            // CXF's JAX-WS provider itself: no javax.xml.ws.spi lookup, which in OSGi depends on who asks
            ServiceDelegate service = new org.apache.cxf.jaxws.spi.ProviderImpl().createServiceDelegate(null, SERVICE,
                    Service.class);
            service.addPort(PORT, SOAPBinding.SOAP11HTTP_BINDING, url.toString());
            dispatch = service.createDispatch(PORT, Source.class, Service.Mode.PAYLOAD);
        } finally {
            t.setContextClassLoader(previous);
        }
        java.util.Map<String, Object> rc = dispatch.getRequestContext();
        rc.put(BindingProvider.SOAPACTION_USE_PROPERTY, Boolean.TRUE);
        rc.put(BindingProvider.SOAPACTION_URI_PROPERTY, ACTION);
        if (user != null) {
            rc.put(BindingProvider.USERNAME_PROPERTY, user);
            rc.put(BindingProvider.PASSWORD_PROPERTY, password == null ? "" : password);
        }
        HTTPConduit conduit = (HTTPConduit) ((DispatchImpl<?>) dispatch).getClient().getConduit();
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(connectTimeoutSeconds * 1000L);
        policy.setReceiveTimeout(readTimeoutSeconds * 1000L);
        policy.setAutoRedirect(false);
        policy.setAllowChunking(false);
        conduit.setClient(policy);
    }

    /** Sends the notice; returns when the court acknowledged this very message. */
    void deliver(OutboundMessage message) throws DeliveryException {
        Source answer;
        try {
            answer = dispatch.invoke(new DOMSource(SoapMessages.platformNotice(message)));
        } catch (SOAPFaultException e) {
            QName code = e.getFault() == null ? null : e.getFault().getFaultCodeAsQName();
            boolean client = code != null && "Client".equals(code.getLocalPart());
            throw new DeliveryException(system + " answered with a SOAP " + (code == null ? "" : code.getLocalPart() + " ")
                    + "fault: " + oneLine(e.getMessage()), client, e);
        } catch (WebServiceException e) {
            HTTPException http = cause(e, HTTPException.class);
            if (http != null) {
                throw new DeliveryException(system + " answered HTTP " + http.getResponseCode(),
                        PERMANENT.contains(http.getResponseCode()), e);
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new DeliveryException(system + " could not be reached: " + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : " " + oneLine(root.getMessage())), e);
        }
        String acknowledged = SoapMessages.acknowledged(node(answer));
        if (!message.id.equals(acknowledged)) {
            throw new DeliveryException(system + " answered without acknowledging message " + message.id
                    + (acknowledged == null ? "" : " (it acknowledged " + oneLine(acknowledged) + ")"));
        }
    }

    private static Node node(Source answer) {
        if (answer == null) {
            return null;
        }
        if (answer instanceof DOMSource) {
            return ((DOMSource) answer).getNode();
        }
        try {
            javax.xml.transform.TransformerFactory f = javax.xml.transform.TransformerFactory.newInstance();
            f.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DOMResult r = new DOMResult();
            f.newTransformer().transform(answer, r);
            return r.getNode();
        } catch (javax.xml.transform.TransformerException e) {
            return null;
        }
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").trim();
        return t.length() > 200 ? t.substring(0, 200) + "..." : t;
    }

    void close() {
        try {
            ((DispatchImpl<?>) dispatch).close();
        } catch (Exception ignored) {
            // closing a client that has nothing open
        }
    }
}
