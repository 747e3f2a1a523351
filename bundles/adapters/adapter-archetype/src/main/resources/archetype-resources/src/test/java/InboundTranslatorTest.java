package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.missioncj.adapter.api.dto.InboundKind;
import org.missioncj.adapter.api.dto.InboundMessage;

/** Synthetic records only: made-up booking numbers and state ids. */
class InboundTranslatorTest {
    private final InboundTranslator translator = new InboundTranslator("${systemName}");

    private static HostRecord record(String event) {
        HostRecord r = new HostRecord();
        r.messageId = "msg-0001";
        r.event = event;
        r.bookingNumber = "BK-2026-000123";
        r.stateId = "SID-999-0042";
        return r;
    }

    @Test
    void aReleaseBecomesARelease() {
        HostRecord r = record("RELEASED");
        r.releaseDate = "2026-03-14";
        r.destination = "community";
        InboundMessage m = translator.translate(r);
        assertEquals(InboundKind.RELEASE, m.kind);
        assertEquals("${systemName}", m.sourceSystem);
        assertEquals("msg-0001", m.messageId);
        assertEquals("BK-2026-000123", m.bookingId);
        assertEquals(LocalDate.of(2026, 3, 14), m.releaseDate);
        assertEquals("community", m.releaseDestination);
        assertEquals(2, m.person.size());
        assertEquals("jail-booking", m.person.get(0).system);
        assertEquals("BK-2026-000123", m.person.get(0).value);
        assertEquals("state-id", m.person.get(1).system);
        assertEquals("SID-999-0042", m.person.get(1).value);
        assertNull(m.occurredAt);
    }

    @Test
    void aBookingBecomesABooking() {
        HostRecord r = record("BOOKED");
        r.stateId = null;
        r.bookedAt = "2026-03-02T08:15:00Z";
        r.facility = "Example County Jail, Unit B";
        InboundMessage m = translator.translate(r);
        assertEquals(InboundKind.BOOKING, m.kind);
        assertEquals("${systemName}", m.sourceSystem);
        assertEquals(Instant.parse("2026-03-02T08:15:00Z"), m.occurredAt);
        assertEquals("Example County Jail, Unit B", m.facility);
        assertEquals(1, m.person.size());
        assertEquals("jail-booking", m.person.get(0).system);
        assertNull(m.releaseDate);
    }

    @Test
    void aRecordThatCannotBeTranslatedNamesTheField() {
        HostRecord noDate = record("RELEASED");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> translator.translate(noDate)).getMessage()
                .contains("releaseDate"));
        HostRecord badDate = record("BOOKED");
        badDate.bookedAt = "yesterday";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> translator.translate(badDate)).getMessage()
                .contains("bookedAt"));
        assertThrows(IllegalArgumentException.class, () -> translator.translate(record("TRANSFERRED")));
    }
}
