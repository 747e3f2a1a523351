package ${package};

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.missioncj.adapter.api.dto.InboundKind;
import org.missioncj.adapter.api.dto.InboundMessage;
import org.missioncj.adapter.api.dto.PersonIdentifier;

/** Turns a record of ${systemName} into the platform's {@link InboundMessage}. */
public class InboundTranslator {
    /** The registry's identifier systems the person is matched by. */
    static final String JAIL_BOOKING = "jail-booking";
    static final String STATE_ID = "state-id";

    private final String system;

    public InboundTranslator(String system) {
        this.system = system;
    }

    /** @throws IllegalArgumentException naming the field when the record cannot be translated */
    public InboundMessage translate(HostRecord record) {
        InboundMessage m = new InboundMessage();
        m.sourceSystem = system;
        m.messageId = required("messageId", record.messageId);
        m.bookingId = required("bookingNumber", record.bookingNumber);
        List<PersonIdentifier> person = new ArrayList<>();
        person.add(new PersonIdentifier(JAIL_BOOKING, record.bookingNumber.trim()));
        if (record.stateId != null && !record.stateId.isBlank()) {
            person.add(new PersonIdentifier(STATE_ID, record.stateId.trim()));
        }
        m.person = person;
        String event = required("event", record.event);
        switch (event) {
            case "BOOKED":
                m.kind = InboundKind.BOOKING;
                m.occurredAt = instant("bookedAt", required("bookedAt", record.bookedAt));
                m.facility = record.facility;
                break;
            case "RELEASED":
                m.kind = InboundKind.RELEASE;
                m.releaseDate = date("releaseDate", required("releaseDate", record.releaseDate));
                m.releaseDestination = record.destination;
                break;
            default:
                throw new IllegalArgumentException("event: '" + event + "' is neither BOOKED nor RELEASED");
        }
        return m;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.trim();
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not an ISO-8601 instant");
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a date (yyyy-mm-dd)");
        }
    }
}
