package org.missioncj.consent.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A participant's request to restrict disclosures (42 CFR §2.26): which information must not go to
 * which recipients or for which purpose. Recorded whether or not the program agrees; when it agrees
 * (or must: to a health plan, of care paid for in full out of pocket) the disclosure gate honours it
 * until it is ended. Read-only fields (id, ended, stamps) are ignored on input.
 */
public class ConsentRestriction {
    public String id;
    public String participantId;
    /** The information categories it restricts. */
    public List<String> categories;
    /** Which recipients: a class (null: every recipient), and within it a name (null: all of the class). */
    public RecipientClass recipientClass;
    public String recipientName;
    /** Which purpose (null: every purpose). */
    public DisclosurePurpose purpose;
    /** The request in the participant's words. */
    public String description;
    public LocalDate requestedOn;
    /** The care concerned was paid for in full out of pocket: a restriction toward a health plan must then be agreed (§2.26(a)(6)). */
    public Boolean paidOutOfPocket;
    public RestrictionDecision decision;
    public String decisionNote;
    /** The day the restriction was lifted (the participant asked, or the program told them), once recorded. */
    public LocalDate endedOn;
    public String endNote;
    /** Whether the gate applies it today. */
    public Boolean inForce;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
}
