package org.missioncj.adapter.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.missioncj.adapter.api.dto.InboundKind;
import org.missioncj.adapter.api.dto.InboundMessage;
import org.missioncj.adapter.api.dto.InboxReceipt;
import org.missioncj.adapter.api.dto.InboxState;
import org.missioncj.adapter.api.dto.OutboundKind;
import org.missioncj.adapter.api.dto.OutboundMessage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SoapMessagesTest {
    private static final String HEAD = "<mcj:MessageIdentification><mcj:IdentificationID>M-1</mcj:IdentificationID></mcj:MessageIdentification>"
            + "<mcj:ActivityDateTime>2026-03-02T09:30:00-05:00</mcj:ActivityDateTime>"
            + "<mcj:Person><mcj:PersonOtherIdentification><mcj:IdentificationID>BK 9</mcj:IdentificationID>"
            + "<mcj:IdentificationCategoryText>jail-booking</mcj:IdentificationCategoryText></mcj:PersonOtherIdentification>"
            + "<mcj:PersonOtherIdentification><mcj:IdentificationID>S-1</mcj:IdentificationID>"
            + "<mcj:IdentificationCategoryText>state-id</mcj:IdentificationCategoryText></mcj:PersonOtherIdentification></mcj:Person>";

    private static Element parse(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        String xml = body.replaceFirst(">", " xmlns:mcj=\"urn:missioncj:soap:1\">");
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    @Test
    void aBookingReadsIntoTheInboundMessageWithTheSystemFromTheSignIn() throws Exception {
        InboundMessage m = SoapMessages.read(parse("<mcj:BookingNotification>" + HEAD
                + "<mcj:Booking><mcj:BookingAgencyRecordIdentification><mcj:IdentificationID>BK-9</mcj:IdentificationID>"
                + "</mcj:BookingAgencyRecordIdentification><mcj:BookingDetentionFacility><mcj:FacilityName>County Jail"
                + "</mcj:FacilityName></mcj:BookingDetentionFacility></mcj:Booking></mcj:BookingNotification>"), "county-jail");
        assertEquals("county-jail", m.sourceSystem);
        assertEquals(InboundKind.BOOKING, m.kind);
        assertEquals("M-1", m.messageId);
        assertEquals(Instant.parse("2026-03-02T14:30:00Z"), m.occurredAt);
        assertEquals(2, m.person.size());
        assertEquals("jail-booking", m.person.get(0).system);
        assertEquals("BK 9", m.person.get(0).value);
        assertEquals("BK-9", m.bookingId);
        assertEquals("County Jail", m.facility);
    }

    @Test
    void aReleaseAndACourtEventReadTheirOwnFields() throws Exception {
        InboundMessage r = SoapMessages.read(parse("<mcj:ReleaseNotification>" + HEAD
                + "<mcj:Release><mcj:BookingAgencyRecordIdentification><mcj:IdentificationID>BK-9</mcj:IdentificationID>"
                + "</mcj:BookingAgencyRecordIdentification><mcj:ReleaseDate>2026-03-03</mcj:ReleaseDate>"
                + "<mcj:ReleaseToText>community</mcj:ReleaseToText></mcj:Release></mcj:ReleaseNotification>"), "county-jail");
        assertEquals(InboundKind.RELEASE, r.kind);
        assertEquals(LocalDate.parse("2026-03-03"), r.releaseDate);
        assertEquals("community", r.releaseDestination);
        for (String[] c : new String[][] {{"SCHEDULED", "HEARING_SCHEDULED"}, {"CHANGED", "HEARING_CHANGED"},
            {"CANCELLED", "HEARING_CANCELLED"}}) {
            InboundMessage h = SoapMessages.read(parse("<mcj:CourtEventNotification>" + HEAD
                    + "<mcj:CourtEvent><mcj:ActivityIdentification><mcj:IdentificationID>H-1</mcj:IdentificationID>"
                    + "</mcj:ActivityIdentification><mcj:ActivityStatusCode>" + c[0] + "</mcj:ActivityStatusCode>"
                    + "<mcj:CourtEventScheduleDateTime>2026-04-01T09:00:00Z</mcj:CourtEventScheduleDateTime>"
                    + "<mcj:CourtName>County Drug Court</mcj:CourtName><mcj:ActivityCategoryText>status review"
                    + "</mcj:ActivityCategoryText></mcj:CourtEvent></mcj:CourtEventNotification>"), "county-court");
            assertEquals(InboundKind.valueOf(c[1]), h.kind);
            assertEquals("H-1", h.hearingId);
            assertEquals(Instant.parse("2026-04-01T09:00:00Z"), h.scheduledAt);
            assertEquals("County Drug Court", h.court);
            assertEquals("status review", h.hearingType);
        }
    }

    @Test
    void aDocumentOutsideTheSchemaIsAClientRefusalThatNamesTheElementWithoutNamespaceNoise() throws Exception {
        SoapRefusal r = assertThrows(SoapRefusal.class, () -> SoapMessages.read(parse("<mcj:BookingNotification>" + HEAD
                + "<mcj:Bookin/></mcj:BookingNotification>"), "county-jail"));
        assertTrue(r.client);
        assertEquals(400, r.status);
        assertTrue(r.getMessage().endsWith("Bookin is not expected there; expected Booking."), r.getMessage());
        assertFalse(r.getMessage().contains("cvc-") || r.getMessage().contains("urn:"), r.getMessage());
        // a value outside its type names the element, never the value or the pattern
        SoapRefusal tab = assertThrows(SoapRefusal.class, () -> SoapMessages.read(parse("<mcj:BookingNotification>"
                + HEAD.replace("BK 9", "BK\t9-secret") + "<mcj:Booking><mcj:BookingAgencyRecordIdentification><mcj:IdentificationID>B"
                + "</mcj:IdentificationID></mcj:BookingAgencyRecordIdentification></mcj:Booking></mcj:BookingNotification>"),
                "county-jail"));
        assertTrue(tab.getMessage().contains("the value of IdentificationID has characters"), tab.getMessage());
        assertFalse(tab.getMessage().contains("secret") || tab.getMessage().contains("[!-~]"), tab.getMessage());
        SoapRefusal code = assertThrows(SoapRefusal.class, () -> SoapMessages.read(parse("<mcj:CourtEventNotification>" + HEAD
                + "<mcj:CourtEvent><mcj:ActivityIdentification><mcj:IdentificationID>H</mcj:IdentificationID>"
                + "</mcj:ActivityIdentification><mcj:ActivityStatusCode>scheduled</mcj:ActivityStatusCode></mcj:CourtEvent>"
                + "</mcj:CourtEventNotification>"), "county-court"));
        assertTrue(code.getMessage().contains("ActivityStatusCode is not one of the codes"), code.getMessage());
        assertFalse(code.getMessage().contains("AnonType") || code.getMessage().contains("CourtEventStatusCodeType"),
                code.getMessage());
        // a time without its zone is refused in words, not as a parse error
        SoapRefusal zone = assertThrows(SoapRefusal.class, () -> SoapMessages.read(parse("<mcj:BookingNotification>"
                + HEAD.replace("-05:00", "") + "<mcj:Booking><mcj:BookingAgencyRecordIdentification><mcj:IdentificationID>B"
                + "</mcj:IdentificationID></mcj:BookingAgencyRecordIdentification></mcj:Booking></mcj:BookingNotification>"),
                "county-jail"));
        assertTrue(zone.getMessage().contains("time zone"), zone.getMessage());
        SoapRefusal other = assertThrows(SoapRefusal.class, () -> SoapMessages.read(parse("<mcj:PlatformNotice></mcj:PlatformNotice>"), "x"));
        assertTrue(other.getMessage().contains("PlatformNotice is not a notification"), other.getMessage());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element foreign = f.newDocumentBuilder().parse(new ByteArrayInputStream("<BookingNotification/>".getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertThrows(SoapRefusal.class, () -> SoapMessages.read(foreign, "x"));
    }

    @Test
    void daysAndTimesAreReadAsTheSchemaWritesThem() throws Exception {
        String release = "<mcj:ReleaseNotification>" + HEAD.replace("2026-03-02T09:30:00-05:00", "TIME")
                + "<mcj:Release><mcj:BookingAgencyRecordIdentification><mcj:IdentificationID>BK-9</mcj:IdentificationID>"
                + "</mcj:BookingAgencyRecordIdentification><mcj:ReleaseDate>DAY</mcj:ReleaseDate></mcj:Release></mcj:ReleaseNotification>";
        InboundMessage zoned = SoapMessages.read(parse(release.replace("DAY", "2026-12-02+05:00")
                .replace("TIME", "2026-03-02T24:00:00Z")), "county-jail");
        assertEquals(LocalDate.parse("2026-12-02"), zoned.releaseDate);
        assertEquals(Instant.parse("2026-03-03T00:00:00Z"), zoned.occurredAt);
        InboundMessage fine = SoapMessages.read(parse(release.replace("DAY", "2026-12-02")
                .replace("TIME", "2026-03-02T10:00:00.123456789012-05:00")), "county-jail");
        assertEquals(Instant.parse("2026-03-02T15:00:00.123Z"), fine.occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        SoapRefusal far = assertThrows(SoapRefusal.class, () -> SoapMessages.read(parse(release.replace("DAY", "10000-01-01")
                .replace("TIME", "2026-03-02T10:00:00Z")), "county-jail"));
        assertEquals("ReleaseDate is not a day such as 2026-03-03.", far.getMessage());
    }

    @Test
    void theAcknowledgementAndTheCourtNoticeCarryTheIdsAndTheGatedDocument() {
        InboxReceipt receipt = new InboxReceipt();
        receipt.id = "e-1";
        receipt.messageId = "M-1";
        receipt.state = InboxState.HELD;
        receipt.duplicate = true;
        Document ack = SoapMessages.acknowledgement(receipt);
        assertEquals("e-1", SoapMessages.text(SoapMessages.child(ack.getDocumentElement(), "InboxIdentification"), "IdentificationID"));
        assertEquals("HELD", SoapMessages.text(ack.getDocumentElement(), "InboxStatusCode"));
        assertEquals("true", SoapMessages.text(ack.getDocumentElement(), "DuplicateIndicator"));

        OutboundMessage out = new OutboundMessage();
        out.id = "o-1";
        out.kind = OutboundKind.ENROLLMENT_NOTICE;
        out.body = "{\"notice\":\"42 CFR part 2 <&>\"}";
        Document notice = SoapMessages.platformNotice(out);
        assertEquals("ENROLLMENT_NOTICE", SoapMessages.text(notice.getDocumentElement(), "NoticeCategoryCode"));
        assertEquals(out.body, SoapMessages.text(notice.getDocumentElement(), "NoticeDocument"));
        Document answer = SoapMessages.newDocument();
        Element root = answer.createElementNS(SoapMessages.NS, "NoticeAcknowledgement");
        answer.appendChild(root);
        Element id = answer.createElementNS(SoapMessages.NS, "MessageIdentification");
        root.appendChild(id);
        Element value = answer.createElementNS(SoapMessages.NS, "IdentificationID");
        value.setTextContent("o-1");
        id.appendChild(value);
        assertEquals("o-1", SoapMessages.acknowledged(answer));
        assertNull(SoapMessages.acknowledged(notice));
    }

    @Test
    void aSystemIsGivenOnlyTheKindsItsNotificationsCarryAndAnAccountNameExactly() {
        SoapSystem jail = new SoapSystem("county-jail", "jail.soap", "BOOKING, RELEASE");
        assertEquals(java.util.EnumSet.of(InboundKind.BOOKING, InboundKind.RELEASE), jail.kinds);
        assertThrows(IllegalArgumentException.class, () -> new SoapSystem("county-jail", "jail.soap", "WARRANT"));
        assertThrows(IllegalArgumentException.class, () -> new SoapSystem("county-jail", "Jail Soap", "BOOKING"));
        assertThrows(IllegalArgumentException.class, () -> new SoapSystem("county-jail", "", "BOOKING"));
        assertThrows(IllegalArgumentException.class, () -> new SoapSystem("County Jail", "jail.soap", "BOOKING"));
        assertThrows(IllegalArgumentException.class, () -> SoapSystem.outbound("http://court.example/notices"));
        assertEquals("https://court.example/notices", SoapSystem.outbound(" https://court.example/notices ").toString());
    }

    @Test
    void inboxFieldNamesAreSpokenAsTheSchemaNamesThem() {
        assertEquals("PersonOtherIdentification 2 IdentificationID", FriendlyFaults.element("person[1].value"));
        assertEquals("BookingAgencyRecordIdentification", FriendlyFaults.element("bookingId"));
        assertEquals("ReleaseToText", FriendlyFaults.element("releaseDestination"));
    }

    @Test
    void aBodyCutOffAtTheLimitIsA413EvenWhenTheParserWrappedIt() {
        FriendlyFaults faults = new FriendlyFaults(new FriendlyFaults.Limits(1024, 24, 2000, 8192));
        Exception wrapped = new org.apache.cxf.interceptor.Fault(new javax.xml.stream.XMLStreamException("read error",
                new SoapGuard.TooLarge(1024)));
        SoapRefusal r = faults.classify(wrapped, false);
        assertEquals(413, r.status);
        assertTrue(r.getMessage().contains("over 1024 bytes"), r.getMessage());
        SoapRefusal dtd = faults.classify(new org.apache.cxf.interceptor.Fault(
                new javax.xml.stream.XMLStreamException("Received event DTD, instead of START_ELEMENT")), false);
        assertTrue(dtd.getMessage().contains("no DTDs"), dtd.getMessage());
        SoapRefusal busy = faults.classify(new org.apache.cxf.interceptor.Fault(new BusyDatabase()), true);
        assertEquals(503, busy.status);
        assertFalse(busy.client);
        assertEquals("5", busy.headers.get("Retry-After"));
        // CXF failing on the envelope before the service is the sender's to fix; after it, ours
        assertEquals(400, faults.classify(new NullPointerException("part is null"), false).status);
        SoapRefusal ours = faults.classify(new NullPointerException("a bug"), true);
        assertEquals(500, ours.status);
        assertFalse(ours.client);
        assertTrue(ours.getMessage().contains("reference"), ours.getMessage());
    }

    /** What core's persistence throws for a busy or unreachable database. */
    static final class BusyDatabase extends org.missioncj.core.api.persistence.PersistenceException {
        private static final long serialVersionUID = 1L;

        BusyDatabase() {
            super("busy", null);
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }
}
