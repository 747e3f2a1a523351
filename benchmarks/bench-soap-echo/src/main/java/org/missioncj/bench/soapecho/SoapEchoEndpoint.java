package org.missioncj.bench.soapecho;

import javax.xml.transform.dom.DOMSource;
import javax.xml.ws.Provider;
import javax.xml.ws.Service;
import javax.xml.ws.ServiceMode;
import javax.xml.ws.WebServiceProvider;

import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxws.EndpointImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The baseline of the SOAP benchmark: a bare CXF JAX-WS Provider at {@code /bench/soap-echo} (served at
 * {@code /mission/bench/soap-echo}), in PAYLOAD mode with a DOM, as the platform's notification service is. It
 * reads the body and answers with its first element's text in an acknowledgement of the same shape and size as
 * the platform's: no sign-in, no schema, no database. Install it after boot, as bench-hello.
 */
@Component(immediate = true, service = {})
public class SoapEchoEndpoint {
    private EndpointImpl endpoint;

    @WebServiceProvider(serviceName = "EchoService", portName = "EchoPort", targetNamespace = "urn:missioncj:bench:echo")
    @ServiceMode(Service.Mode.PAYLOAD)
    public static class Echo implements Provider<DOMSource> {
        @Override
        public DOMSource invoke(DOMSource request) {
            Node n = request.getNode();
            Element root = n instanceof Document ? ((Document) n).getDocumentElement() : (Element) n;
            String id = root.getFirstChild() == null ? "" : root.getFirstChild().getTextContent();
            Document d = root.getOwnerDocument().getImplementation().createDocument(null, null, null);
            Element ack = d.createElementNS("urn:missioncj:soap:1", "NotificationAcknowledgement");
            d.appendChild(ack);
            for (String name : new String[] {"MessageIdentification", "InboxIdentification", "InboxStatusCode",
                "DuplicateIndicator"}) {
                Element e = d.createElementNS("urn:missioncj:soap:1", name);
                e.setTextContent(name.equals("MessageIdentification") ? id : "00000000-0000-4000-8000-000000000000");
                ack.appendChild(e);
            }
            return new DOMSource(d);
        }
    }

    @Activate
    void activate() {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(SoapEchoEndpoint.class.getClassLoader());
        try {
            endpoint = new EndpointImpl(BusFactory.getDefaultBus(), new Echo());
            endpoint.publish("/bench/soap-echo");
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    @Deactivate
    void deactivate() {
        if (endpoint != null) {
            endpoint.stop();
        }
    }
}
