package org.missioncj.consent.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A participant's written consent to disclose, with every element of 42 CFR §2.31. Read-only
 * fields (id, version, status, revocation and end event, stamps) are ignored on input; a revocation
 * or an end event is recorded on the consent, never by deleting it.
 */
public class ConsentDirective {
    public String id;
    public long version;
    public String participantId;
    public ConsentKind kind;
    /** §2.31(a)(3): the program or person permitted to make the disclosure. */
    public String disclosingProgram;
    /** §2.31(a)(2): what information, as report/information categories such as ENROLLMENT, CASE_MANAGEMENT. */
    public List<String> categories;
    /** §2.31(a)(4): the recipient, as a class ... */
    public RecipientClass recipientClass;
    /** ... and, when the consent names one, the individual or entity within it. */
    public String recipientName;
    /** §2.31(a)(5): the purpose. */
    public DisclosurePurpose purpose;
    /** The purpose in the consent's own words, when it says more than the code. */
    public String purposeDescription;
    /** §2.31(a)(7): the date on which the consent expires; a consent gives this date, an event, or both. */
    public LocalDate expiresOn;
    /** §2.31(a)(7): the event on which it expires, e.g. "completion of the MISSION-CJ program". */
    public String expiryEvent;
    /** For a §2.35 consent: the event until which it cannot be revoked (the end of the case or supervision). */
    public String irrevocableUntilEvent;
    /** §2.31(a)(8)-(9): date signed, who signed and how. */
    public LocalDate signedOn;
    public String signedBy;
    public SignatureMethod signatureMethod;
    /** §2.31(a)(6): the participant was told of their right to revoke (and its exceptions). Must be true. */
    public Boolean revocationRightExplained;

    public ConsentStatus status;
    /** The day the expiry event occurred, once recorded. */
    public LocalDate endedOn;
    public String endNote;
    public LocalDate revokedOn;
    public String revocationNote;
    public String revokedBy;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
}
