package org.missioncj.consent.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.core.api.Page;

/** SQL of the consent module. Categories travel as one comma-separated column (see V1__consent.sql). */
public interface ConsentMapper {
    class ConsentRow {
        public String id;
        public long version;
        public String participantId;
        public String kind;
        public String disclosingProgram;
        public String categories;
        public String recipientClass;
        public String recipientName;
        public String purpose;
        public String purposeDescription;
        public LocalDate expiresOn;
        public String expiryEvent;
        public String irrevocableUntilEvent;
        public LocalDate signedOn;
        public String signedBy;
        public String signatureMethod;
        public int revocationRightExplained;
        public LocalDate endedOn;
        public String endNote;
        public LocalDate revokedOn;
        public String revocationMethod;
        public String revocationNote;
        public String revokedBy;
        public Instant createdAt;
        public String createdBy;
        public Instant updatedAt;
        public String updatedBy;
        public String informationDescription;
        public String signerAuthority;
        public String signerAuthorityDescription;
        public Integer redisclosureStatement;
        public Integer conditioningStatement;
        public LocalDate irrevocableUntil;
        public LocalDate revocabilityEventOn;
        public String revocabilityEventNote;
        public Instant revocationRecordedAt;
    }

    class CourtOrderRow {
        public String id;
        public String participantId;
        public String court;
        public String docketNumber;
        public LocalDate orderedOn;
        public String categories;
        public String recipientClass;
        public String recipientName;
        public String purpose;
        public String scopeDescription;
        public LocalDate expiresOn;
        public Instant createdAt;
        public String createdBy;
        public String authority;
        public String findings;
        public String limits;
        public Integer patientNotified;
        public String documentReference;
        public String status;
        public String decidedBy;
        public Instant decidedAt;
        public String decisionNote;
    }

    class DisclosureRow {
        public String id;
        public String participantId;
        public Instant disclosedAt;
        public String disclosedBy;
        public String recipientClass;
        public String recipientName;
        public String purpose;
        public String categories;
        public String basis;
        public String consentId;
        public String courtOrderId;
        public String description;
        public String notice;
        public String recipientAffiliation;
        public Instant emergencyAt;
        public String emergencyNature;
        public String disclosedByRoles;
        public Integer basisNamedRecipient;
    }

    class RestrictionRow {
        public String id;
        public String participantId;
        public String categories;
        public String recipientClass;
        public String recipientName;
        public String purpose;
        public String description;
        public LocalDate requestedOn;
        public int paidOutOfPocket;
        public String decision;
        public String decisionNote;
        public LocalDate endedOn;
        public String endNote;
        public Instant createdAt;
        public String createdBy;
        public Instant updatedAt;
        public String updatedBy;
    }

    String CONSENT_COLUMNS = "id, version, participant_id, kind, disclosing_program, categories, recipient_class, "
            + "recipient_name, purpose, purpose_description, expires_on, expiry_event, irrevocable_until_event, signed_on, "
            + "signed_by, signature_method, revocation_right_explained, ended_on, end_note, revoked_on, revocation_method, "
            + "revocation_note, revoked_by, created_at, created_by, updated_at, updated_by, information_description, "
            + "signer_authority, signer_authority_description, redisclosure_statement, conditioning_statement, "
            + "irrevocable_until, revocability_event_on, revocability_event_note, revocation_recorded_at";
    String ORDER_COLUMNS = "id, participant_id, court, docket_number, ordered_on, categories, recipient_class, "
            + "recipient_name, purpose, scope_description, expires_on, created_at, created_by, authority, findings, limits, "
            + "patient_notified, document_reference, status, decided_by, decided_at, decision_note";
    String DISCLOSURE_COLUMNS = "id, participant_id, disclosed_at, disclosed_by, recipient_class, recipient_name, purpose, "
            + "categories, basis, consent_id, court_order_id, description, notice, recipient_affiliation, emergency_at, "
            + "emergency_nature, disclosed_by_roles, basis_named_recipient";
    String RESTRICTION_COLUMNS = "id, participant_id, categories, recipient_class, recipient_name, purpose, description, "
            + "requested_on, paid_out_of_pocket, decision, decision_note, ended_on, end_note, created_at, created_by, "
            + "updated_at, updated_by";

    // ---- consents --------------------------------------------------------------------------------

    @Insert("INSERT INTO consent_directive (" + CONSENT_COLUMNS + ") VALUES (#{id}, #{version}, #{participantId}, #{kind}, "
            + "#{disclosingProgram}, #{categories}, #{recipientClass}, #{recipientName}, #{purpose}, #{purposeDescription}, "
            + "#{expiresOn}, #{expiryEvent}, #{irrevocableUntilEvent}, #{signedOn}, #{signedBy}, #{signatureMethod}, "
            + "#{revocationRightExplained}, #{endedOn}, #{endNote}, #{revokedOn}, #{revocationMethod}, #{revocationNote}, "
            + "#{revokedBy}, #{createdAt}, #{createdBy}, #{updatedAt}, #{updatedBy}, #{informationDescription}, "
            + "#{signerAuthority}, #{signerAuthorityDescription}, #{redisclosureStatement}, #{conditioningStatement}, "
            + "#{irrevocableUntil}, #{revocabilityEventOn}, #{revocabilityEventNote}, #{revocationRecordedAt})")
    void insertConsent(ConsentRow row);

    @Select("SELECT " + CONSENT_COLUMNS + " FROM consent_directive WHERE id = #{id}")
    ConsentRow consent(@Param("id") String id);

    /**
     * Takes the consent's row lock (in every database) until the transaction ends, so a revocation
     * and an end event cannot cross. 0 when there is no such consent.
     */
    @Update("UPDATE consent_directive SET version = version WHERE id = #{id}")
    int lock(@Param("id") String id);

    @Select("SELECT " + CONSENT_COLUMNS + " FROM consent_directive WHERE participant_id = #{participantId} "
            + "ORDER BY signed_on DESC, created_at DESC")
    List<ConsentRow> consentsOf(@Param("participantId") String participantId);

    @Select("SELECT " + CONSENT_COLUMNS + " FROM consent_directive WHERE participant_id = #{participantId} "
            + "ORDER BY signed_on DESC, created_at DESC OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<ConsentRow> consentPage(@Param("participantId") String participantId, @Param("offset") long offset,
            @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM consent_directive WHERE participant_id = #{participantId}")
    long consentCount(@Param("participantId") String participantId);

    @Update("UPDATE consent_directive SET version = version + 1, revoked_on = #{revokedOn}, revocation_method = #{method}, "
            + "revocation_note = #{note}, revoked_by = #{by}, revocation_recorded_at = #{at}, updated_at = #{at}, "
            + "updated_by = #{by} WHERE id = #{id} AND revoked_on IS NULL")
    int revoke(@Param("id") String id, @Param("revokedOn") LocalDate revokedOn, @Param("method") String method,
            @Param("note") String note, @Param("by") String by, @Param("at") Instant at);

    @Update("UPDATE consent_directive SET version = version + 1, ended_on = #{endedOn}, end_note = #{note}, "
            + "updated_at = #{at}, updated_by = #{by} WHERE id = #{id} AND ended_on IS NULL")
    int end(@Param("id") String id, @Param("endedOn") LocalDate endedOn, @Param("note") String note,
            @Param("by") String by, @Param("at") Instant at);

    @Update("UPDATE consent_directive SET version = version + 1, revocability_event_on = #{on}, "
            + "revocability_event_note = #{note}, updated_at = #{at}, updated_by = #{by} "
            + "WHERE id = #{id} AND revocability_event_on IS NULL")
    int revocabilityEvent(@Param("id") String id, @Param("on") LocalDate on, @Param("note") String note,
            @Param("by") String by, @Param("at") Instant at);

    /** The day of the latest disclosure made under the consent, null when none was. */
    @Select("SELECT MAX(disclosed_at) FROM consent_disclosure WHERE consent_id = #{id}")
    Instant lastDisclosureUnder(@Param("id") String consentId);

    // ---- court orders ----------------------------------------------------------------------------

    @Insert("INSERT INTO consent_court_order (" + ORDER_COLUMNS + ") VALUES (#{id}, #{participantId}, #{court}, "
            + "#{docketNumber}, #{orderedOn}, #{categories}, #{recipientClass}, #{recipientName}, #{purpose}, "
            + "#{scopeDescription}, #{expiresOn}, #{createdAt}, #{createdBy}, #{authority}, #{findings}, #{limits}, "
            + "#{patientNotified}, #{documentReference}, #{status}, #{decidedBy}, #{decidedAt}, #{decisionNote})")
    void insertOrder(CourtOrderRow row);

    @Update("UPDATE consent_court_order SET status = #{status}, decided_by = #{by}, decided_at = #{at}, decision_note = #{note} "
            + "WHERE id = #{id} AND status = 'PENDING_APPROVAL'")
    int decideOrder(@Param("id") String id, @Param("status") String status, @Param("by") String by,
            @Param("at") Instant at, @Param("note") String note);

    @Select("SELECT " + ORDER_COLUMNS + " FROM consent_court_order WHERE id = #{id}")
    CourtOrderRow order(@Param("id") String id);

    @Select("SELECT " + ORDER_COLUMNS + " FROM consent_court_order WHERE participant_id = #{participantId} "
            + "ORDER BY ordered_on DESC, created_at DESC")
    List<CourtOrderRow> ordersOf(@Param("participantId") String participantId);

    @Select("SELECT " + ORDER_COLUMNS + " FROM consent_court_order WHERE participant_id = #{participantId} "
            + "ORDER BY ordered_on DESC, created_at DESC OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<CourtOrderRow> orderPage(@Param("participantId") String participantId, @Param("offset") long offset,
            @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM consent_court_order WHERE participant_id = #{participantId}")
    long orderCount(@Param("participantId") String participantId);

    // ---- disclosures -----------------------------------------------------------------------------

    @Insert("INSERT INTO consent_disclosure (" + DISCLOSURE_COLUMNS + ") VALUES (#{id}, #{participantId}, #{disclosedAt}, "
            + "#{disclosedBy}, #{recipientClass}, #{recipientName}, #{purpose}, #{categories}, #{basis}, #{consentId}, "
            + "#{courtOrderId}, #{description}, #{notice}, #{recipientAffiliation}, #{emergencyAt}, #{emergencyNature}, "
            + "#{disclosedByRoles}, #{basisNamedRecipient})")
    void insertDisclosure(DisclosureRow row);

    @Select("SELECT " + DISCLOSURE_COLUMNS + " FROM consent_disclosure WHERE id = #{id}")
    DisclosureRow disclosure(@Param("id") String id);

    /** The disclosures of a period: from inclusive, until exclusive. */
    @Select("SELECT " + DISCLOSURE_COLUMNS + " FROM consent_disclosure WHERE participant_id = #{participantId} "
            + "AND disclosed_at >= #{from} AND disclosed_at < #{until} ORDER BY disclosed_at DESC, id "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<DisclosureRow> disclosures(@Param("participantId") String participantId, @Param("from") Instant from,
            @Param("until") Instant until, @Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM consent_disclosure WHERE participant_id = #{participantId} AND disclosed_at >= #{from} "
            + "AND disclosed_at < #{until}")
    long disclosureCount(@Param("participantId") String participantId, @Param("from") Instant from,
            @Param("until") Instant until);

    /** Disclosures under a basis that named no recipient, or without a recipient's name: for review. */
    String REVIEW_WHERE = "WHERE basis_named_recipient = 0 OR recipient_name IS NULL";

    @Select("SELECT " + DISCLOSURE_COLUMNS + " FROM consent_disclosure " + REVIEW_WHERE
            + " ORDER BY disclosed_at DESC, id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<DisclosureRow> toReview(@Param("offset") long offset, @Param("limit") int limit);

    @Select(Page.COUNT_OPEN + "FROM consent_disclosure " + REVIEW_WHERE + Page.COUNT_CLOSE)
    long toReviewCount();

    // ---- restrictions (§2.26) --------------------------------------------------------------------

    @Insert("INSERT INTO consent_restriction (" + RESTRICTION_COLUMNS + ") VALUES (#{id}, #{participantId}, #{categories}, "
            + "#{recipientClass}, #{recipientName}, #{purpose}, #{description}, #{requestedOn}, #{paidOutOfPocket}, "
            + "#{decision}, #{decisionNote}, #{endedOn}, #{endNote}, #{createdAt}, #{createdBy}, #{updatedAt}, #{updatedBy})")
    void insertRestriction(RestrictionRow row);

    @Select("SELECT " + RESTRICTION_COLUMNS + " FROM consent_restriction WHERE id = #{id}")
    RestrictionRow restriction(@Param("id") String id);

    @Select("SELECT " + RESTRICTION_COLUMNS + " FROM consent_restriction WHERE participant_id = #{participantId} "
            + "ORDER BY requested_on DESC, created_at DESC")
    List<RestrictionRow> restrictionsOf(@Param("participantId") String participantId);

    @Select("SELECT " + RESTRICTION_COLUMNS + " FROM consent_restriction WHERE participant_id = #{participantId} "
            + "ORDER BY requested_on DESC, created_at DESC OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<RestrictionRow> restrictionPage(@Param("participantId") String participantId, @Param("offset") long offset,
            @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM consent_restriction WHERE participant_id = #{participantId}")
    long restrictionCount(@Param("participantId") String participantId);

    @Update("UPDATE consent_restriction SET ended_on = #{on}, end_note = #{note}, updated_at = #{at}, updated_by = #{by} "
            + "WHERE id = #{id} AND ended_on IS NULL")
    int endRestriction(@Param("id") String id, @Param("on") LocalDate on, @Param("note") String note,
            @Param("by") String by, @Param("at") Instant at);
}
