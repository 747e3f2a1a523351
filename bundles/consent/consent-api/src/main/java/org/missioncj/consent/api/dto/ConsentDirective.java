package org.missioncj.consent.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A participant's written consent to disclose, with every element of 42 CFR §2.31(a) (2024 rule;
 * docs/consent.md lists each element and the field that keeps it). Read-only fields (id, version,
 * status, revocation, the events recorded, stamps) are ignored on input; a revocation or an event
 * is recorded on the consent, never by deleting it.
 */
public class ConsentDirective {
    public String id;
    public long version;
    public String participantId;
    public ConsentKind kind;
    /** §2.31(a)(3): the program or person permitted to make the disclosure. */
    public String disclosingProgram;
    /** §2.31(a)(3): what information, as report/information categories such as ENROLLMENT, CASE_MANAGEMENT ... */
    public List<String> categories;
    /** ... and described as the form describes it, "in a specific and meaningful fashion" (§2.31(a)(3)). */
    public String informationDescription;
    /** §2.31(a)(4): the recipient, as a class ... */
    public RecipientClass recipientClass;
    /** ... and, when the consent names one, the individual or entity within it. */
    public String recipientName;
    /** §2.31(a)(5): the purpose. */
    public DisclosurePurpose purpose;
    /** The purpose in the consent's own words, when it says more than the code. */
    public String purposeDescription;
    /**
     * §2.31(a)(7): the date on which the consent expires; a consent gives this date, an event, or both
     * (a §2.35 consent states its period this way too, §2.35(b)).
     */
    public LocalDate expiresOn;
    /** §2.31(a)(7): the event on which it expires, e.g. "completion of the MISSION-CJ program". */
    public String expiryEvent;
    /**
     * §2.35(c): a criminal-justice consent may be irrevocable until a date, an event, or whichever
     * comes first of both; from then it is revocable (and stays in force until it expires).
     */
    public LocalDate irrevocableUntil;
    public String irrevocableUntilEvent;
    /** §2.31(a)(8)-(9): date signed, who signed and how. */
    public LocalDate signedOn;
    public String signedBy;
    public SignatureMethod signatureMethod;
    /** §2.31(a)(8), §§2.14-2.15: on whose authority it was signed: the participant, a minor's guardian, a representative. */
    public SignerAuthority signerAuthority;
    /** When someone else signed: their authority in words, e.g. "court-appointed guardian (order 2026-G-14)". */
    public String signerAuthorityDescription;
    /** §2.31(a)(6): the participant was told of their right to revoke (and its exceptions). Must be true. */
    public Boolean revocationRightExplained;
    /** §2.31(a)(10): the form states that what is disclosed may be redisclosed and no longer protected. Must be true. */
    public Boolean redisclosureStatementIncluded;
    /** §2.31(a)(11): the form states whether treatment may be conditioned on signing. Must be true. */
    public Boolean conditioningStatementIncluded;

    public ConsentStatus status;
    /** Whether the participant may revoke it today (a §2.35 consent only once its date or event has come). */
    public Boolean revocableNow;
    /** The day the event that makes a §2.35 consent revocable occurred, once recorded. */
    public LocalDate revocabilityEventOn;
    public String revocabilityEventNote;
    /** The day the expiry event occurred, once recorded: the consent ends with it. */
    public LocalDate endedOn;
    public String endNote;
    /**
     * The day the program received the revocation: it takes effect from then (never from an earlier
     * day than a disclosure already made under the consent).
     */
    public LocalDate revokedOn;
    public String revocationNote;
    public String revokedBy;
    /** When the revocation was recorded. */
    public Instant revocationRecordedAt;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
}
