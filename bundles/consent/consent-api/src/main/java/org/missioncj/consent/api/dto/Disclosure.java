package org.missioncj.consent.api.dto;

import java.time.Instant;
import java.util.List;

/**
 * A disclosure that was made: who disclosed what to whom, when and under which consent or court
 * order, with the §2.32 notice that went with it. Kept for the participant's accounting.
 */
public class Disclosure {
    public String id;
    public String participantId;
    public Instant disclosedAt;
    public String disclosedBy;
    public RecipientClass recipientClass;
    public String recipientName;
    public DisclosurePurpose purpose;
    public List<String> categories;
    public DisclosureBasis basis;
    public String consentId;
    public String courtOrderId;
    /** What went out, e.g. "Court progress report 2026-10-01 to 2026-10-31". */
    public String description;
    /** The §2.32 notice that accompanied it. */
    public String notice;
    /** For a medical emergency (§2.51): the recipient's affiliation (their facility) ... */
    public String recipientAffiliation;
    /** ... when the information was disclosed, and the nature of the emergency. */
    public Instant emergencyAt;
    public String emergencyNature;
    /** The roles of who disclosed, as they were then (null for disclosures recorded before this was kept). */
    public String disclosedByRoles;
    /**
     * Whether the consent or order behind it named the recipient (null before this was kept, false for
     * a disclosure a site must review: see GET /disclosures/review).
     */
    public Boolean basisNamedRecipient;
}
