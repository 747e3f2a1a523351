package org.missioncj.adapter.api.dto;

/** What a jail or court system tells the program. */
public enum InboundKind {
    /** A person was booked into custody ({@code bookingId}, {@code occurredAt}, {@code facility}). */
    BOOKING,
    /** A person left custody ({@code bookingId}, {@code releaseDate}, {@code releaseDestination}); follows its BOOKING. */
    RELEASE,
    /** A hearing was set ({@code hearingId}, {@code scheduledAt}, {@code court}, {@code hearingType}). */
    HEARING_SCHEDULED,
    /** A hearing moved or changed; follows its HEARING_SCHEDULED. */
    HEARING_CHANGED,
    /** A hearing will not take place; follows its HEARING_SCHEDULED. */
    HEARING_CANCELLED,
    /** A case was disposed ({@code code}, {@code occurredAt}). */
    DISPOSITION,
    /** The court imposed a sanction ({@code code}, {@code occurredAt}). */
    SANCTION,
    /** A warrant was issued or recalled ({@code code}, {@code occurredAt}). */
    WARRANT;

    /** The kind that must have been processed first, for the same booking or hearing, or null. */
    public InboundKind predecessor() {
        switch (this) {
            case RELEASE:
                return BOOKING;
            case HEARING_CHANGED:
            case HEARING_CANCELLED:
                return HEARING_SCHEDULED;
            default:
                return null;
        }
    }
}
