package org.missioncj.housing.api;

/**
 * Event Admin topics of the housing module, posted once the change is stored. Properties are strings; no event
 * carries an address, a landlord or a note.
 */
public final class HousingEvents {
    /**
     * The participant's timeline changed. Properties: participantId, periodId, status, startDate, endDate (when
     * ended), source (STAFF or ADAPTER), actor.
     */
    public static final String STATUS_CHANGED = "org/missioncj/housing/STATUS_CHANGED";
    /** Tonight the participant is housed and was not before the change. Properties as STATUS_CHANGED, previousKind. */
    public static final String HOUSED = "org/missioncj/housing/HOUSED";
    /** Tonight the participant is not housed and was before the change. Properties as HOUSED. */
    public static final String LOST_HOUSING = "org/missioncj/housing/LOST_HOUSING";
    /** A move-in was recorded. Properties: participantId, placementId, unitId, moveInDate, actor. */
    public static final String MOVED_IN = "org/missioncj/housing/MOVED_IN";

    /**
     * Listened to: a host-system adapter posts it when a participant with an open enrollment is booked. Properties:
     * participantId, bookedAt (ISO-8601 instant). INCARCERATED then starts on the booking day (the site's zone).
     */
    public static final String CUSTODY_BOOKED = "org/missioncj/custody/BOOKED";
    /** Listened to: a release from custody. Properties: participantId, releaseDate (ISO-8601 date). */
    public static final String CUSTODY_RELEASED = "org/missioncj/custody/RELEASED";

    public static final String PROP_BOOKED_AT = "bookedAt";
    public static final String PROP_RELEASE_DATE = "releaseDate";
    public static final String PROP_PARTICIPANT_ID = "participantId";
    public static final String PROP_PERIOD_ID = "periodId";
    public static final String PROP_STATUS = "status";
    public static final String PROP_KIND = "kind";
    public static final String PROP_PREVIOUS_KIND = "previousKind";
    public static final String PROP_START_DATE = "startDate";
    public static final String PROP_END_DATE = "endDate";
    public static final String PROP_SOURCE = "source";
    public static final String PROP_PLACEMENT_ID = "placementId";
    public static final String PROP_UNIT_ID = "unitId";
    public static final String PROP_MOVE_IN_DATE = "moveInDate";
    public static final String PROP_ACTOR = "actor";

    private HousingEvents() {
    }
}
