package org.missioncj.consent.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A court order authorizing disclosure (42 CFR Part 2 subpart E), a basis for disclosure when no
 * consent covers it. It authorizes nothing until a second person approves the record
 * ({@link CourtOrderDecision}). Disclosures under it are recorded like consented ones. Read-only
 * fields (id, status, decision, stamps) are ignored on input.
 */
public class CourtOrder {
    public String id;
    public String participantId;
    public String court;
    public String docketNumber;
    public LocalDate orderedOn;
    /** The section of subpart E it was issued under. */
    public CourtOrderAuthority authority;
    /** The court's findings, as the order states them (e.g. §2.64(d): other ways are unavailable, the public interest outweighs ...). */
    public String findings;
    /** The limits the order sets (§2.64(e)): only what is essential, only to whom needs it, how further disclosure is kept out. */
    public String limits;
    /** The order's scope: the information categories it authorizes. */
    public List<String> categories;
    /** The recipient it names: required, class and name. */
    public RecipientClass recipientClass;
    public String recipientName;
    public DisclosurePurpose purpose;
    /** The order's own words on its scope, when they say more than the categories. */
    public String scopeDescription;
    /** The day the order stops authorizing disclosure. */
    public LocalDate expiresOn;
    /** Whether the patient was given notice and a chance to respond (§2.64(b), §2.65(b)). */
    public Boolean patientNotified;
    /** Where the signed order is kept: a document number, a file reference or a case-management link. */
    public String documentReference;

    public CourtOrderStatus status;
    public String decidedBy;
    public Instant decidedAt;
    public String decisionNote;
    public Instant createdAt;
    public String createdBy;
}
