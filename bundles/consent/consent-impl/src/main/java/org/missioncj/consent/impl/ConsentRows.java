package org.missioncj.consent.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.missioncj.consent.api.dto.ConsentDirective;
import org.missioncj.consent.api.dto.ConsentKind;
import org.missioncj.consent.api.dto.ConsentRestriction;
import org.missioncj.consent.api.dto.CourtOrder;
import org.missioncj.consent.api.dto.CourtOrderAuthority;
import org.missioncj.consent.api.dto.CourtOrderStatus;
import org.missioncj.consent.api.dto.Disclosure;
import org.missioncj.consent.api.dto.DisclosureBasis;
import org.missioncj.consent.api.dto.DisclosurePurpose;
import org.missioncj.consent.api.dto.RecipientClass;
import org.missioncj.consent.api.dto.RestrictionDecision;
import org.missioncj.consent.api.dto.SignatureMethod;
import org.missioncj.consent.api.dto.SignerAuthority;
import org.missioncj.consent.impl.ConsentMapper.ConsentRow;
import org.missioncj.consent.impl.ConsentMapper.CourtOrderRow;
import org.missioncj.consent.impl.ConsentMapper.DisclosureRow;
import org.missioncj.consent.impl.ConsentMapper.RestrictionRow;
import org.missioncj.core.api.Validator;
import org.missioncj.core.spi.InformationCategory;

/**
 * Consent's rows as the API shows them. Consent's tables keep what the API shows in another form (0/1
 * flags, comma-joined categories), so its mapper returns rows and this is the one place they become
 * DTOs, with the status and in-force flags computed for the site's today.
 */
final class ConsentRows {
    private final Supplier<LocalDate> today;

    ConsentRows(Supplier<LocalDate> today) {
        this.today = today;
    }

    // ---- validation shared by consents, orders and requests ---------------------------------------

    static void categories(Validator v, String field, List<String> categories) {
        if (categories == null || categories.isEmpty()) {
            v.check(false, field, "must name at least one information category, e.g. ENROLLMENT or CASE_MANAGEMENT");
            return;
        }
        v.check(categories.size() <= 20, field, "must have at most 20 entries");
        for (String c : categories) {
            if (!InformationCategory.isValid(c)) {
                v.check(false, field, "'" + c + "' is not a category: upper-case letters, digits and '_' (2 to 40)");
                return;
            }
        }
        v.check(categories.stream().distinct().count() == categories.size(), field, "must not repeat a category");
    }

    // ---- rows and DTOs -----------------------------------------------------------------------------

    static String join(List<String> categories) {
        return String.join(",", categories);
    }

    static List<String> split(String categories) {
        return new ArrayList<>(Arrays.asList(categories.split(",")));
    }

    ConsentDirective toDto(ConsentRow r) {
        ConsentDirective c = new ConsentDirective();
        c.id = r.id;
        c.version = r.version;
        c.participantId = r.participantId;
        c.kind = ConsentKind.valueOf(r.kind);
        c.disclosingProgram = r.disclosingProgram;
        c.categories = split(r.categories);
        c.informationDescription = r.informationDescription;
        c.recipientClass = RecipientClass.valueOf(r.recipientClass);
        c.recipientName = r.recipientName;
        c.purpose = DisclosurePurpose.valueOf(r.purpose);
        c.purposeDescription = r.purposeDescription;
        c.expiresOn = r.expiresOn;
        c.expiryEvent = r.expiryEvent;
        c.irrevocableUntil = r.irrevocableUntil;
        c.irrevocableUntilEvent = r.irrevocableUntilEvent;
        c.signedOn = r.signedOn;
        c.signedBy = r.signedBy;
        c.signatureMethod = SignatureMethod.valueOf(r.signatureMethod);
        c.signerAuthority = r.signerAuthority == null ? null : SignerAuthority.valueOf(r.signerAuthority);
        c.signerAuthorityDescription = r.signerAuthorityDescription;
        c.revocationRightExplained = r.revocationRightExplained != 0;
        c.redisclosureStatementIncluded = r.redisclosureStatement == null ? null : r.redisclosureStatement != 0;
        c.conditioningStatementIncluded = r.conditioningStatement == null ? null : r.conditioningStatement != 0;
        c.revocabilityEventOn = r.revocabilityEventOn;
        c.revocabilityEventNote = r.revocabilityEventNote;
        c.endedOn = r.endedOn;
        c.endNote = r.endNote;
        c.revokedOn = r.revokedOn;
        c.revocationNote = r.revocationNote;
        c.revokedBy = r.revokedBy;
        c.revocationRecordedAt = r.revocationRecordedAt;
        c.createdAt = r.createdAt;
        c.createdBy = r.createdBy;
        c.updatedAt = r.updatedAt;
        c.updatedBy = r.updatedBy;
        LocalDate now = today.get();
        c.status = ConsentRules.status(c, now);
        c.revocableNow = c.revokedOn == null && !ConsentRules.irrevocable(c, now);
        return c;
    }

    CourtOrder toDto(CourtOrderRow r) {
        CourtOrder o = new CourtOrder();
        o.id = r.id;
        o.participantId = r.participantId;
        o.court = r.court;
        o.docketNumber = r.docketNumber;
        o.orderedOn = r.orderedOn;
        o.authority = r.authority == null ? null : CourtOrderAuthority.valueOf(r.authority);
        o.findings = r.findings;
        o.limits = r.limits;
        o.categories = split(r.categories);
        o.recipientClass = RecipientClass.valueOf(r.recipientClass);
        o.recipientName = r.recipientName;
        o.purpose = DisclosurePurpose.valueOf(r.purpose);
        o.scopeDescription = r.scopeDescription;
        o.expiresOn = r.expiresOn;
        o.patientNotified = r.patientNotified == null ? null : r.patientNotified != 0;
        o.documentReference = r.documentReference;
        o.status = r.status == null ? CourtOrderStatus.PENDING_APPROVAL : CourtOrderStatus.valueOf(r.status);
        o.decidedBy = r.decidedBy;
        o.decidedAt = r.decidedAt;
        o.decisionNote = r.decisionNote;
        o.createdAt = r.createdAt;
        o.createdBy = r.createdBy;
        return o;
    }

    Disclosure toDto(DisclosureRow r) {
        Disclosure d = new Disclosure();
        d.id = r.id;
        d.participantId = r.participantId;
        d.disclosedAt = r.disclosedAt;
        d.disclosedBy = r.disclosedBy;
        d.recipientClass = RecipientClass.valueOf(r.recipientClass);
        d.recipientName = r.recipientName;
        d.purpose = DisclosurePurpose.valueOf(r.purpose);
        d.categories = split(r.categories);
        d.basis = DisclosureBasis.valueOf(r.basis);
        d.consentId = r.consentId;
        d.courtOrderId = r.courtOrderId;
        d.description = r.description;
        d.notice = r.notice;
        d.recipientAffiliation = r.recipientAffiliation;
        d.emergencyAt = r.emergencyAt;
        d.emergencyNature = r.emergencyNature;
        d.disclosedByRoles = r.disclosedByRoles;
        d.basisNamedRecipient = r.basisNamedRecipient == null ? null : r.basisNamedRecipient != 0;
        return d;
    }

    ConsentRestriction toDto(RestrictionRow r) {
        ConsentRestriction x = new ConsentRestriction();
        x.id = r.id;
        x.participantId = r.participantId;
        x.categories = split(r.categories);
        x.recipientClass = r.recipientClass == null ? null : RecipientClass.valueOf(r.recipientClass);
        x.recipientName = r.recipientName;
        x.purpose = r.purpose == null ? null : DisclosurePurpose.valueOf(r.purpose);
        x.description = r.description;
        x.requestedOn = r.requestedOn;
        x.paidOutOfPocket = r.paidOutOfPocket != 0;
        x.decision = RestrictionDecision.valueOf(r.decision);
        x.decisionNote = r.decisionNote;
        x.endedOn = r.endedOn;
        x.endNote = r.endNote;
        x.createdAt = r.createdAt;
        x.createdBy = r.createdBy;
        x.updatedAt = r.updatedAt;
        x.updatedBy = r.updatedBy;
        x.inForce = ConsentRules.inForce(x, today.get());
        return x;
    }
}
