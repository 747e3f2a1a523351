package org.missioncj.cti.api.dto;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A contact between a staff member and a participant. Read-only fields are ignored on input. */
public class Contact {
    public String id;
    public String participantId;
    /** Read-only: the open enrollment the contact belongs to. */
    public String enrollmentId;
    public String staffId;
    /** When it happened, with its UTC offset; answered in the site's time zone. */
    public OffsetDateTime occurredAt;
    public ContactKind kind;
    /** Required for ACCOMPANIMENT. */
    public AccompanimentTo accompanimentTo;
    public String place;
    public Integer minutes;
    /** Only for contacts by a Peer Support Specialist. */
    public PeerSupport peerSupport;
    public String notes;
    /** Read-only, derived from the dates: the CTI phase on the day of the contact (0 before it starts). */
    public Integer phase;
    public String phaseName;
    public Instant createdAt;
    public String createdBy;
    /**
     * Read-only: the module whose support contact CTI counted as this contact ({@code housing}), where the site's
     * configuration says so; null for a contact logged in CTI.
     */
    public String source;
    /** Read-only: the id of that support contact in its module. */
    public String sourceContactId;
}
