package org.missioncj.housing.api.dto;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A landlord meeting, home visit or help with a move; where a site says so, CTI counts it as a contact. */
public class HousingContact {
    public String id;
    public String participantId;
    public Kind kind;
    /** How it happened: IN_PERSON, PHONE, VIDEO, HOME_VISIT, ACCOMPANIMENT or TRANSPORTATION. */
    public String mode;
    public OffsetDateTime occurredAt;
    public Integer minutes;
    /** Optional: the landlord met. */
    public String landlordId;
    /** Optional: the placement visited. */
    public String placementId;
    /** Whether the Peer Support Specialist attended (a landlord meeting). */
    public boolean peerAttended;
    public String notes;
    /** Read-only: the staff record of who logged it. */
    public String staffId;
    public Instant createdAt;
    public String createdBy;

    public enum Kind {
        LANDLORD_MEETING, HOME_VISIT, MOVE_HELP, UNIT_VIEWING, OTHER
    }
}
