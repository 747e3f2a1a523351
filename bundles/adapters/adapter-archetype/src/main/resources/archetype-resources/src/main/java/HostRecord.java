package ${package};

/**
 * A custody event as ${systemName} sends it (an example: replace it with the system's own format).
 * Dates and times are text, as they arrive.
 */
public class HostRecord {
    /** The system's id of this event: the platform processes each one once. */
    public String messageId;
    /** BOOKED or RELEASED. */
    public String event;
    /** The system's booking number; it identifies the person (jail-booking) and the stay. */
    public String bookingNumber;
    /** The person's state id, when the system knows it (state-id). */
    public String stateId;
    /** BOOKED: when, an ISO-8601 instant such as 2026-03-02T08:15:00Z. */
    public String bookedAt;
    /** BOOKED: the facility. */
    public String facility;
    /** RELEASED: the day, such as 2026-03-14. */
    public String releaseDate;
    /** RELEASED: where to, such as "community". */
    public String destination;
}
