package org.missioncj.adapter.soap;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
                m.releaseDate = date(text(r, "ReleaseDate"), "ReleaseDate");
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
        List<SAXParseException> errors = new ArrayList<>();
        v.setErrorHandler(new org.xml.sax.ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // not a reason to refuse
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                errors.add(e);
                if (errors.size() >= 2) {
                    throw e;
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                errors.add(e);
                throw e;
            }
        });
        try {
            v.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new DOMSource(root));
        } catch (SAXException | IOException e) {
            if (errors.isEmpty()) {
                throw SoapRefusal.client("The " + root.getLocalName() + " does not follow the service's schema: check it "
                        + "against mission-soap.xsd.");
            }
        }
        if (!errors.isEmpty()) {
            throw SoapRefusal.client("The " + root.getLocalName() + " does not follow the service's schema: "
                    + schemaWords(errors.get(0).getMessage(), errors.size() > 1 ? errors.get(1).getMessage() : null));
        }
    }

    private static final Pattern CODE = Pattern.compile("^(cvc-[a-zA-Z0-9.-]+):");
    private static final Pattern NAME = Pattern.compile("([A-Z][A-Za-z]{1,60})");

    /**
     * The validator's error in words that name the schema's elements and never repeat its internals (codes, type
     * names, namespaces, patterns) or the value sent. The second error, when there is one, often names the element
     * whose value the first refused.
     */
    static String schemaWords(String first, String second) {
        String code = code(first);
        String element = quotedName(second != null && code(second).startsWith("cvc-type") ? second : first);
        String value = element == null ? "a value" : "the value of " + element;
        if (code.startsWith("cvc-complex-type.2.4")) {
            String found = quotedName(first);
            List<String> expected = expectedNames(first);
            if (found == null) {
                return "an element of another namespace is not part of it; send only the schema's elements.";
            }
            if (code.endsWith("2.4.b")) {
                return "the content of " + found + " is incomplete" + (expected.isEmpty() ? "" : "; expected " + or(expected)) + ".";
            }
            return found + " is not expected there" + (expected.isEmpty() ? " (nothing more may follow)"
                    : "; expected " + or(expected)) + ".";
        }
        switch (code) {
            case "cvc-pattern-valid":
                return value + " has characters the schema does not allow (ids are printable ASCII without spaces at "
                        + "either end; identifier systems are like jail-booking).";
            case "cvc-maxLength-valid":
                return value + " is too long.";
            case "cvc-minLength-valid":
                return (element == null ? "a value" : element) + " is empty.";
            case "cvc-enumeration-valid":
                return value + " is not one of the codes the schema lists (ActivityStatusCode: SCHEDULED, CHANGED or CANCELLED).";
            case "cvc-datatype-valid.1.2.1":
            case "cvc-type.3.1.3":
                return value + " is not of its type (a day is 2026-03-03; a date and time 2026-03-03T09:30:00-05:00; an "
                        + "indicator true or false).";
            case "cvc-complex-type.2.1":
            case "cvc-complex-type.2.3":
            case "cvc-complex-type.3.2.2":
                return (element == null ? "an element" : element) + " may not hold that text or attribute.";
            default:
                return "check it against mission-soap.xsd" + (element == null ? "" : " (near " + element + ")") + ".";
        }
    }

    private static String code(String message) {
        Matcher m = message == null ? null : CODE.matcher(message);
        return m != null && m.find() ? m.group(1) : "";
    }

    /** The schema element a message names ("element 'mcj:X'", "element '{"urn:...":X}'"), or null for another namespace. */
    private static String quotedName(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = Pattern.compile("element '([^']*)'").matcher(message);
        if (!m.find()) {
            return null;
        }
        String q = m.group(1);
        if (q.contains("\"") && !q.contains(NS) || q.contains(":") && !q.contains(NS) && !q.startsWith("mcj:")) {
            return null; // another namespace (xsi:nil, XInclude): named by no schema element
        }
        String local = q.substring(q.lastIndexOf(':') + 1).replace("}", "");
        return NAME.matcher(local).matches() ? local : null;
    }

    private static List<String> expectedNames(String message) {
        List<String> out = new ArrayList<>();
        int at = message.indexOf("One of '");
        if (at >= 0) {
            String list = message.substring(at + 8);
            int end = list.indexOf("}'");
            for (String item : (end < 0 ? list : list.substring(0, end)).split(",")) {
                String local = item.substring(item.lastIndexOf(':') + 1).replaceAll("[{}\"' ]", "");
                if (NAME.matcher(local).matches() && out.size() < 6) {
                    out.add(local);
                }
            }
        }
        return out;
    }

    private static String or(List<String> names) {
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " or "
                + names.get(names.size() - 1);
    }

    /** xs:dateTime as the schema allows it (24:00, many fraction digits), but with its time zone. */
    private static Instant instant(String text, String element) {
        javax.xml.datatype.XMLGregorianCalendar c;
        try {
            c = javax.xml.datatype.DatatypeFactory.newInstance().newXMLGregorianCalendar(text.trim());
        } catch (IllegalArgumentException | javax.xml.datatype.DatatypeConfigurationException e) {
            throw SoapRefusal.client(element + " is not a date and time such as 2026-03-02T09:30:00-05:00.");
        }
        if (c.getTimezone() == javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED) {
            throw SoapRefusal.client(element + " needs a time zone, e.g. 2026-03-02T09:30:00-05:00 or 2026-03-02T14:30:00Z.");
        }
        if (c.getYear() < 1 || c.getYear() > 9999) {
            throw SoapRefusal.client(element + " must lie between the years 1 and 9999.");
        }
        return c.toGregorianCalendar().toZonedDateTime().toInstant();
    }

    /** xs:date: the day as written; a time zone on a day (2026-12-02Z) changes nothing. */
    private static LocalDate date(String text, String element) {
        Matcher m = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(Z|[+-]\\d{2}:\\d{2})?$").matcher(text == null ? "" : text.trim());
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (java.time.DateTimeException e) {
            // refused below
        }
        throw SoapRefusal.client(element + " is not a day such as 2026-03-03.");
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
