package org.missioncj.adapter.api;

/** Event Admin topics the runtime posts once an inbound message's effects have committed. */
public final class AdapterEvents {
    /**
     * A participant left custody. Properties: participantId, releaseDate (ISO-8601), destination. CTI
     * starts the community phases on that day. (The topic CTI's API names too.)
     */
    public static final String RELEASED = "org/missioncj/custody/RELEASED";
    /**
     * Alert for the team: a participant with an open enrollment was booked. Properties: participantId,
     * teamId, enrollmentId, bookingId, bookedAt, facility.
     */
    public static final String BOOKED = "org/missioncj/custody/BOOKED";
    /** A hearing was scheduled, changed or cancelled. Properties: participantId, hearingId (ours), status. */
    public static final String HEARING = "org/missioncj/court/HEARING";
    /** A disposition, sanction or warrant. Properties: participantId, kind, code, eventId. */
    public static final String COURT_EVENT = "org/missioncj/court/EVENT";
    /** A message went to review. Properties: inboxId, sourceSystem, reason. */
    public static final String REVIEW = "org/missioncj/adapter/REVIEW";

    /** An outbound message was queued. Properties: messageId, system, kind, participantId. */
    public static final String QUEUED = "org/missioncj/adapter/QUEUED";
    /**
     * An outbound message's try ended: delivered, failed (to be tried again), blocked by consent or dead.
     * Properties: messageId, system, state, attempts, participantId.
     */
    public static final String OUTBOX = "org/missioncj/adapter/OUTBOX";

    public static final String PROP_PARTICIPANT_ID = "participantId";
    public static final String PROP_RELEASE_DATE = "releaseDate";
    public static final String PROP_DESTINATION = "destination";
    public static final String PROP_TEAM_ID = "teamId";
    public static final String PROP_ENROLLMENT_ID = "enrollmentId";
    public static final String PROP_BOOKING_ID = "bookingId";
    public static final String PROP_BOOKED_AT = "bookedAt";
    public static final String PROP_FACILITY = "facility";
    public static final String PROP_HEARING_ID = "hearingId";
    public static final String PROP_STATUS = "status";
    public static final String PROP_KIND = "kind";
    public static final String PROP_CODE = "code";
    public static final String PROP_EVENT_ID = "eventId";
    public static final String PROP_INBOX_ID = "inboxId";
    public static final String PROP_SOURCE_SYSTEM = "sourceSystem";
    public static final String PROP_REASON = "reason";
    public static final String PROP_MESSAGE_ID = "messageId";
    public static final String PROP_SYSTEM = "system";
    public static final String PROP_STATE = "state";
    public static final String PROP_ATTEMPTS = "attempts";

    private AdapterEvents() {
    }
}
