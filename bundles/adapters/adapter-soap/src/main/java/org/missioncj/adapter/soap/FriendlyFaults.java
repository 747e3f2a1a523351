package org.missioncj.adapter.soap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.MissionException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every fault the service sends says what went wrong in words the sender can act on, with the HTTP status
 * that goes with it: never a parser's message, a class name or a stack trace. A busy or unreachable database
 * is a Server fault with 503 and {@code Retry-After} (nothing was stored; send it again); what the service did
 * not expect is a Server fault with a reference the operator finds in the log.
 */
final class FriendlyFaults extends AbstractPhaseInterceptor<Message> {
    private static final Logger LOG = LoggerFactory.getLogger(FriendlyFaults.class);
    /** The inbox's field names, as the schema names them. */
    private static final Map<String, String> ELEMENTS = new LinkedHashMap<>();

    static {
        ELEMENTS.put("messageId", "MessageIdentification");
        ELEMENTS.put("bookingId", "BookingAgencyRecordIdentification");
        ELEMENTS.put("facility", "FacilityName");
        ELEMENTS.put("releaseDate", "ReleaseDate");
        ELEMENTS.put("releaseDestination", "ReleaseToText");
        ELEMENTS.put("hearingId", "CourtEvent ActivityIdentification");
        ELEMENTS.put("scheduledAt", "CourtEventScheduleDateTime");
        ELEMENTS.put("court", "CourtName");
        ELEMENTS.put("hearingType", "ActivityCategoryText");
        ELEMENTS.put("occurredAt", "ActivityDateTime");
        ELEMENTS.put("person", "Person");
    }

    private final Limits limits;

    FriendlyFaults(Limits limits) {
        super(Phase.PRE_LOGICAL);
        this.limits = limits;
    }

    /** The parser's limits, to name them in a fault. */
    static final class Limits {
        final long maxBytes;
        final int maxDepth;
        final int maxElements;
        final int maxTextLength;

        Limits(long maxBytes, int maxDepth, int maxElements, int maxTextLength) {
            this.maxBytes = maxBytes;
            this.maxDepth = maxDepth;
            this.maxElements = maxElements;
            this.maxTextLength = maxTextLength;
        }
    }

    @Override
    public void handleMessage(Message message) {
        Exception e = message.getContent(Exception.class);
        Message in = message.getExchange() == null ? null : message.getExchange().getInMessage();
        SoapRefusal r = classify(e, in != null && Boolean.TRUE.equals(in.get(CustodyNotificationProvider.REACHED)));
        Fault f = SoapGuard.fault(r);
        message.setContent(Exception.class, f);
        message.put(Message.RESPONSE_CODE, r.status);
        if (!r.headers.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
            if (headers == null) {
                headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                message.put(Message.PROTOCOL_HEADERS, headers);
            }
            for (Map.Entry<String, String> h : r.headers.entrySet()) {
                headers.put(h.getKey(), List.of(h.getValue()));
            }
        }
    }

    /**
     * The fault for what went wrong.
     *
     * @param reached whether the service itself was reached: what fails before it, in CXF's reading of the
     *        envelope, is the envelope's fault (two notifications in one Body, no Body, an unknown part)
     */
    SoapRefusal classify(Throwable e, boolean reached) {
        // first what we threw ourselves, however deep the parser or CXF wrapped it
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SoapRefusal) {
                return (SoapRefusal) c;
            }
            if (c instanceof SoapGuard.TooLarge) {
                return new SoapRefusal(413, true, "The request is over " + ((SoapGuard.TooLarge) c).max
                        + " bytes, the most this service takes per notification. Send one notification per request.");
            }
        }
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ValidationException) {
                return SoapRefusal.client(validation((ValidationException) c));
            }
            if (c instanceof PersistenceException) {
                if (((PersistenceException) c).isTransient()) {
                    return new SoapRefusal(503, false, "The platform's database is busy or briefly unavailable; the "
                            + "notification was not stored. Send it again in a few seconds.", Map.of("Retry-After", "5"));
                }
                return unexpected(e);
            }
            if (c instanceof MissionException) {
                MissionException m = (MissionException) c;
                return new SoapRefusal(m.status(), m.status() < 500, m.getMessage());
            }
            if (c instanceof XMLStreamException || c instanceof org.xml.sax.SAXParseException
                    || c.getClass().getName().startsWith("com.ctc.wstx.exc.")) {
                return SoapRefusal.client(xml(c));
            }
        }
        if (!reached) {
            // CXF's reading of the envelope failed before the service saw it: the sender's to fix, in our words
            LOG.info("SOAP request refused before the service: {}", oneLine(String.valueOf(e)));
            return SoapRefusal.client("The SOAP envelope is not one this service takes: it must be SOAP 1.1 with one "
                    + "Body holding exactly one notification (BookingNotification, ReleaseNotification or "
                    + "CourtEventNotification), as the WSDL (?wsdl) describes.");
        }
        return unexpected(e);
    }

    /** What the service did not expect: a Server fault with a reference that the log holds with the whole story. */
    private static SoapRefusal unexpected(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.error("SOAP request failed unexpectedly (reference {})", reference, e);
        return new SoapRefusal(500, false, "The service could not take the notification and stored nothing. Send it "
                + "again; if this keeps happening, give the platform's operator the reference " + reference + ".");
    }

    private static String validation(ValidationException v) {
        StringBuilder sb = new StringBuilder("The notification has ").append(v.errors().size() == 1 ? "a value" : "values")
                .append(" the platform cannot take: ");
        for (int i = 0; i < v.errors().size(); i++) {
            FieldError fe = v.errors().get(i);
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(element(fe.field)).append(' ').append(fe.reason);
        }
        return sb.toString();
    }

    /** person[0].value is Person PersonOtherIdentification 1 IdentificationID; bookingId is BookingAgencyRecordIdentification. */
    static String element(String field) {
        if (field == null) {
            return "the notification";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("person\\[(\\d+)\\]\\.(system|value)").matcher(field);
        if (m.matches()) {
            return "PersonOtherIdentification " + (Integer.parseInt(m.group(1)) + 1) + " "
                    + ("system".equals(m.group(2)) ? "IdentificationCategoryText" : "IdentificationID");
        }
        return ELEMENTS.getOrDefault(field, field);
    }

    private String xml(Throwable c) {
        String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("dtd") || m.contains("doctype") || m.contains("entity") || m.contains("entities")) {
            return "The document has a DOCTYPE or an entity reference. This service takes plain XML only: no DTDs, "
                    + "no entities (nothing is expanded and no file or address is read).";
        }
        if (m.contains("depth")) {
            return "The document is nested deeper than " + limits.maxDepth + " elements; a notification needs far fewer.";
        }
        if (m.contains("child") || m.contains("element count") || m.contains("number of elements")) {
            return "The document has more elements than this service takes (at most " + limits.maxElements
                    + "); send one notification per request.";
        }
        if (m.contains("attribute")) {
            return "An element has too many or too long attributes; a notification needs none.";
        }
        if (m.contains("text") || m.contains("characters") || m.contains("length")) {
            return "A text in the document is longer than " + limits.maxTextLength + " characters.";
        }
        Location at = c instanceof XMLStreamException ? ((XMLStreamException) c).getLocation() : null;
        return "The request is not well-formed XML" + (at == null || at.getLineNumber() < 0 ? ""
                : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")")
                + ": check that every element is closed and the text is UTF-8.";
    }

    private static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").trim();
        return t.length() > 200 ? t.substring(0, 200) + "..." : t;
    }
}
