package org.missioncj.adapter.soap;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.missioncj.adapter.api.dto.InboundKind;
import org.missioncj.adapter.api.dto.InboundMessage;
import org.missioncj.adapter.api.dto.InboxReceipt;
import org.missioncj.adapter.api.dto.OutboundMessage;
import org.missioncj.adapter.api.dto.PersonIdentifier;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The documents of {@code mission-soap.xsd}: a notification is checked against the schema, then read into
 * an {@link InboundMessage}; acknowledgements and the court notice are written here. Nothing here parses
 * bytes: CXF's hardened reader (no DTD, bounded depth, counts and sizes) has already built the DOM.
 */
final class SoapMessages {
    static final String NS = "urn:missioncj:soap:1";
    static final String XSD = "wsdl/mission-soap.xsd";
    static final String CUSTODY_WSDL = "wsdl/custody-notifications.wsdl";
    static final String COURT_WSDL = "wsdl/court-notices.wsdl";

    private static final Schema SCHEMA = schema();

    private SoapMessages() {
    }

    private static Schema schema() {
        URL xsd = SoapMessages.class.getClassLoader().getResource(XSD);
        if (xsd == null) {
            throw new IllegalStateException(XSD + " is missing from the bundle");
        }
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            try (InputStream in = xsd.openStream()) {
                return f.newSchema(new javax.xml.transform.stream.StreamSource(in, xsd.toExternalForm()));
            }
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + XSD + ": " + e.getMessage(), e);
        }
    }

    /** The kind a notification's root element names (one operation each), or a Client refusal. */
    static InboundKind kindOf(Element root) {
        if (root == null || !NS.equals(root.getNamespaceURI())) {
            throw SoapRefusal.client("The SOAP body must hold one notification of namespace " + NS
                    + " (BookingNotification, ReleaseNotification or CourtEventNotification), as the WSDL describes.");
        }
        switch (root.getLocalName()) {
            case "BookingNotification":
                return InboundKind.BOOKING;
            case "ReleaseNotification":
                return InboundKind.RELEASE;
            case "CourtEventNotification":
                Element event = child(root, "CourtEvent");
                String status = event == null ? null : text(event, "ActivityStatusCode");
                if ("CHANGED".equals(status)) {
                    return InboundKind.HEARING_CHANGED;
                }
                return "CANCELLED".equals(status) ? InboundKind.HEARING_CANCELLED : InboundKind.HEARING_SCHEDULED;
            default:
                throw SoapRefusal.client(root.getLocalName() + " is not a notification this service takes: send "
                        + "BookingNotification, ReleaseNotification or CourtEventNotification.");
        }
    }

    /** Checks the notification against the schema and reads it; a Client refusal names the element to fix. */
    static InboundMessage read(Element root, String system) {
        kindOf(root);
        validate(root);
        InboundKind kind = kindOf(root);
        InboundMessage m = new InboundMessage();
        m.sourceSystem = system;
        m.kind = kind;
        m.messageId = text(child(root, "MessageIdentification"), "IdentificationID");
        String at = text(root, "ActivityDateTime");
        m.occurredAt = at == null ? null : instant(at, "ActivityDateTime");
        m.person = new ArrayList<>();
        for (Element id : children(child(root, "Person"), "PersonOtherIdentification")) {
            m.person.add(new PersonIdentifier(text(id, "IdentificationCategoryText"), text(id, "IdentificationID")));
        }
        switch (root.getLocalName()) {
            case "BookingNotification": {
                Element b = child(root, "Booking");
                m.bookingId = text(child(b, "BookingAgencyRecordIdentification"), "IdentificationID");
                Element facility = child(b, "BookingDetentionFacility");
                m.facility = facility == null ? null : text(facility, "FacilityName");
                break;
            }
            case "ReleaseNotification": {
                Element r = child(root, "Release");
                m.bookingId = text(child(r, "BookingAgencyRecordIdentification"), "IdentificationID");
                m.releaseDate = LocalDate.parse(text(r, "ReleaseDate"));
                m.releaseDestination = text(r, "ReleaseToText");
                break;
            }
            default: {
                Element e = child(root, "CourtEvent");
                m.hearingId = text(child(e, "ActivityIdentification"), "IdentificationID");
                String when = text(e, "CourtEventScheduleDateTime");
                m.scheduledAt = when == null ? null : instant(when, "CourtEventScheduleDateTime");
                m.court = text(e, "CourtName");
                m.hearingType = text(e, "ActivityCategoryText");
            }
        }
        return m;
    }

    private static void validate(Element root) {
        Validator v = SCHEMA.newValidator();
        try {
            v.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new DOMSource(root));
        } catch (SAXParseException e) {
            throw SoapRefusal.client("The " + root.getLocalName() + " does not follow the service's schema: "
                    + schemaWords(e.getMessage()));
        } catch (SAXException | IOException e) {
            throw SoapRefusal.client("The " + root.getLocalName() + " does not follow the service's schema.");
        }
    }

    /**
     * The validator's words without its error code ("cvc-complex-type.2.4.a: Invalid content was found starting
     * with element 'X'..." keeps what follows the code); never more than one line.
     */
    static String schemaWords(String message) {
        if (message == null) {
            return "check it against mission-soap.xsd.";
        }
        String m = message.replaceAll("^cvc-[a-zA-Z0-9.-]+: ", "").replace("\"" + NS + "\":", "").replaceAll("[{}]", "")
                .replaceAll("\\s+", " ").trim();
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }

    private static Instant instant(String text, String element) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw SoapRefusal.client(element + " needs a time zone, e.g. 2026-03-02T09:30:00-05:00 or 2026-03-02T14:30:00Z.");
        }
    }

    /** The acknowledgement of a stored notification. */
    static Document acknowledgement(InboxReceipt receipt) {
        Document d = newDocument();
        Element ack = d.createElementNS(NS, "NotificationAcknowledgement");
        d.appendChild(ack);
        identification(ack, "MessageIdentification", receipt.messageId);
        identification(ack, "InboxIdentification", receipt.id);
        add(ack, "InboxStatusCode", String.valueOf(receipt.state));
        add(ack, "DuplicateIndicator", Boolean.toString(receipt.duplicate));
        return d;
    }

    /** The court notice for an outbound message: its id, kind and the JSON document the disclosure gate allowed. */
    static Document platformNotice(OutboundMessage message) {
        Document d = newDocument();
        Element notice = d.createElementNS(NS, "PlatformNotice");
        d.appendChild(notice);
        identification(notice, "MessageIdentification", message.id);
        add(notice, "NoticeCategoryCode", String.valueOf(message.kind));
        Element doc = add(notice, "NoticeDocument", message.body);
        doc.setAttribute("mimeType", "application/json");
        return d;
    }

    /** The message id a court's NoticeAcknowledgement names, or null when the answer is not one. */
    static String acknowledged(Node payload) {
        Element root = payload instanceof Document ? ((Document) payload).getDocumentElement()
                : payload instanceof Element ? (Element) payload : null;
        if (root == null || !NS.equals(root.getNamespaceURI()) || !"NoticeAcknowledgement".equals(root.getLocalName())) {
            return null;
        }
        return text(child(root, "MessageIdentification"), "IdentificationID");
    }

    static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void identification(Element parent, String name, String id) {
        Element e = parent.getOwnerDocument().createElementNS(NS, name);
        parent.appendChild(e);
        add(e, "IdentificationID", id);
    }

    private static Element add(Element parent, String name, String text) {
        Element e = parent.getOwnerDocument().createElementNS(NS, name);
        e.setTextContent(text);
        parent.appendChild(e);
        return e;
    }

    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && NS.equals(n.getNamespaceURI()) && name.equals(n.getLocalName())) {
                return (Element) n;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element && NS.equals(n.getNamespaceURI()) && name.equals(n.getLocalName())) {
                    out.add((Element) n);
                }
            }
        }
        return out;
    }

    /** The trimmed text of a child element, or null when it is absent. */
    static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }
}
