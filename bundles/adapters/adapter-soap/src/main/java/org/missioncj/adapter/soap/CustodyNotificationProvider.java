package org.missioncj.adapter.soap;

import javax.xml.transform.dom.DOMSource;
import javax.xml.ws.Provider;
import javax.xml.ws.Service;
import javax.xml.ws.ServiceMode;
import javax.xml.ws.WebServiceProvider;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.missioncj.adapter.api.Inbox;
import org.missioncj.adapter.api.dto.InboundMessage;
import org.missioncj.adapter.api.dto.InboxReceipt;
import org.missioncj.core.api.Actor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The {@code CustodyNotificationService} of {@code custody-notifications.wsdl}: each notification is read
 * against the schema and handed to the inbox as the signed-in system ({@link SoapGuard} checked who it is and
 * what it may send); the answer is the inbox's receipt.
 */
@WebServiceProvider(serviceName = "CustodyNotificationService", portName = "CustodyNotificationPort",
        targetNamespace = "urn:missioncj:soap:custody:1", wsdlLocation = SoapMessages.CUSTODY_WSDL)
@ServiceMode(Service.Mode.PAYLOAD)
public class CustodyNotificationProvider implements Provider<DOMSource> {
    /** Set on the message when the service itself was reached: a failure before it is the envelope's. */
    static final String REACHED = CustodyNotificationProvider.class.getName() + ".reached";

    private final Inbox inbox;

    CustodyNotificationProvider(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public DOMSource invoke(DOMSource request) {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        if (message != null) {
            message.put(REACHED, Boolean.TRUE);
        }
        Actor actor = message == null ? null : (Actor) message.get(SoapGuard.ACTOR);
        SoapSystem system = message == null ? null : (SoapSystem) message.get(SoapGuard.SYSTEM);
        if (actor == null || system == null) {
            // SoapGuard runs first on every request; without it nothing is let in
            throw new SoapRefusal(401, true, "Sign in with HTTP Basic authentication.");
        }
        Node node = request == null ? null : request.getNode();
        Element root = node instanceof Document ? ((Document) node).getDocumentElement()
                : node instanceof Element ? (Element) node : null;
        InboundMessage m = SoapMessages.read(root, system.system);
        if (!system.kinds.contains(m.kind)) {
            throw new SoapRefusal(403, true, system.system + " may not send " + m.kind + " notifications ("
                    + (system.kinds.isEmpty() ? "its configuration lists no kinds" : "its configuration allows " + system.kinds)
                    + ").");
        }
        InboxReceipt receipt = inbox.receive(actor, m);
        return new DOMSource(SoapMessages.acknowledgement(receipt));
    }
}
