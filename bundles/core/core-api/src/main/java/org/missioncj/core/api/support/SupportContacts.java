package org.missioncj.core.api.support;

/**
 * The event a module posts (with {@code Tx.post}, so only once the contact is stored) when staff log a contact with a
 * participant that another module may count: housing's landlord meetings and home visits, vocational's on-the-job
 * support. It carries no notes. CTI counts it as a contact where its configuration names the source for the
 * participant's site ({@code org.missioncj.cti}, {@code countSupportContacts}); a repeated event is counted once.
 */
public final class SupportContacts {
    /**
     * A support contact was logged. Properties (strings): source (the module, {@code housing}), contactId (unique
     * within the source), participantId, staffId (the staff record of who met the participant), occurredAt
     * (ISO-8601 with offset), mode (one of {@link #MODES}), kind (the module's own kind, {@code LANDLORD_MEETING}),
     * minutes (optional).
     */
    public static final String LOGGED = "org/missioncj/support/CONTACT_LOGGED";

    /** How the contact happened, in the words CTI counts: a subset of its contact kinds. */
    public static final String[] MODES = {"IN_PERSON", "PHONE", "VIDEO", "HOME_VISIT", "ACCOMPANIMENT", "TRANSPORTATION"};

    public static final String PROP_SOURCE = "source";
    public static final String PROP_CONTACT_ID = "contactId";
    public static final String PROP_PARTICIPANT_ID = "participantId";
    public static final String PROP_STAFF_ID = "staffId";
    public static final String PROP_OCCURRED_AT = "occurredAt";
    public static final String PROP_MODE = "mode";
    public static final String PROP_KIND = "kind";
    public static final String PROP_MINUTES = "minutes";

    private SupportContacts() {
    }
}
