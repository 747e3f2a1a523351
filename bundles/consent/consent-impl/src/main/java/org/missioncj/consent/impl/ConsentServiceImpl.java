package org.missioncj.consent.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.missioncj.consent.api.ConsentAccess;
import org.missioncj.consent.api.ConsentService;
import org.missioncj.consent.api.dto.ConsentDirective;
import org.missioncj.consent.api.dto.ConsentEnd;
import org.missioncj.consent.api.dto.ConsentKind;
import org.missioncj.consent.api.dto.ConsentRevocation;
import org.missioncj.consent.api.dto.DisclosurePurpose;
import org.missioncj.consent.api.dto.RecipientClass;
import org.missioncj.consent.api.dto.SignatureMethod;
import org.missioncj.consent.api.dto.SignerAuthority;
import org.missioncj.consent.impl.ConsentMapper.ConsentRow;
import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.registry.api.CaseloadAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ConsentService.class)
public class ConsentServiceImpl implements ConsentService {
    private static final String RESOURCE = "consent";

    private final ModuleSupport module;
    private final ConsentSettings settings;
    private final CaseloadAccess access;
    private final ConsentRows rows;

    @Activate
    public ConsentServiceImpl(@Reference(target = ConsentSettings.MODULE) ModuleSupport module,
            @Reference ConsentSettings settings, @Reference CaseloadAccess access) {
        this.module = module;
        this.settings = settings;
        this.access = access;
        this.rows = new ConsentRows(module::today);
    }

    @Override
    public ConsentDirective create(Actor actor, ConsentDirective input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE);
        return module.audited(entry, tx -> {
            ConsentAccess.CREATE_CONSENT.requireRole(actor);
            if (input == null) {
                new Validator().required("$", null).throwIfInvalid();
            }
            entry.participant(input.participantId);
            access.require(actor, ConsentAccess.CREATE_CONSENT, input.participantId, entry);
            validate(input);
            ConsentRow r = new ConsentRow();
            r.id = UUID.randomUUID().toString();
            r.version = 1;
            r.participantId = input.participantId;
            r.kind = input.kind.name();
            r.disclosingProgram = input.disclosingProgram.trim();
            r.categories = ConsentRows.join(input.categories);
            r.informationDescription = input.informationDescription.trim();
            r.recipientClass = input.recipientClass.name();
            r.recipientName = blankToNull(input.recipientName);
            r.purpose = input.purpose.name();
            r.purposeDescription = blankToNull(input.purposeDescription);
            r.expiresOn = input.expiresOn;
            r.expiryEvent = blankToNull(input.expiryEvent);
            r.irrevocableUntil = input.irrevocableUntil;
            r.irrevocableUntilEvent = blankToNull(input.irrevocableUntilEvent);
            r.signedOn = input.signedOn;
            r.signedBy = input.signedBy.trim();
            r.signatureMethod = input.signatureMethod.name();
            r.signerAuthority = input.signerAuthority.name();
            r.signerAuthorityDescription = blankToNull(input.signerAuthorityDescription);
            r.revocationRightExplained = 1;
            r.redisclosureStatement = 1;
            r.conditioningStatement = 1;
            r.createdAt = module.now();
            r.createdBy = actor.username();
            r.updatedAt = r.createdAt;
            r.updatedBy = r.createdBy;
            entry.resource(r.id).detail(r.kind + " to " + ConsentRules.describe(input.recipientClass, r.recipientName)
                    + " for " + r.purpose + ": " + r.categories);
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            m.insertConsent(r);
            return rows.toDto(m.consent(r.id));
        });
    }

    @Override
    public ConsentDirective get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> rows.toDto(access.requireFound(actor, ConsentAccess.GET_CONSENT, RESOURCE, id,
                tx.mapper(ConsentMapper.class)::consent, r -> r.participantId, entry)));
    }

    @Override
    public Page<ConsentDirective> list(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId)
                .detail("consents of the participant");
        return module.audited(entry, tx -> {
            access.require(actor, ConsentAccess.LIST_CONSENTS, participantId, entry);
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            return Page.read(page, () -> m.consentCount(participantId),
                    () -> m.consentPage(participantId, page.offset(), page.size())).map(rows::toDto);
        });
    }

    @Override
    public ConsentDirective revoke(Actor actor, String id, ConsentRevocation revocation) {
        AuditEntry entry = module.entry(actor, "REVOKE", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            ConsentDirective c = lockForChange(m, actor, id, entry, ConsentAccess.REVOKE_CONSENT);
            ConsentRevocation r = revocation == null ? new ConsentRevocation() : revocation;
            LocalDate today = module.today();
            LocalDate received = r.receivedOn == null ? today : r.receivedOn;
            new Validator()
                    .required("method", r.method)
                    .notInFuture("receivedOn", received, today)
                    .check(!received.isBefore(c.signedOn), "receivedOn",
                            "must not be before the consent was signed (" + c.signedOn + ")")
                    .maxLength("note", r.note, 500)
                    .throwIfInvalid();
            if (c.revokedOn != null) {
                throw new ConflictException("Consent " + id + " was already revoked from " + c.revokedOn + ".");
            }
            if (ConsentRules.irrevocable(c, received)) {
                throw new ConflictException("This §2.35 criminal-justice consent cannot be revoked yet: it is irrevocable until "
                        + revocableFrom(c) + ". When that event happens, record it (POST /consents/" + id
                        + "/revocability-event).");
            }
            // a revocation takes effect from its receipt, and never before a disclosure already made under it
            Instant last = m.lastDisclosureUnder(id);
            LocalDate lastDay = last == null ? null : last.atZone(module.zone()).toLocalDate();
            if (lastDay != null && received.isBefore(lastDay)) {
                throw new UnprocessableException("receivedOn: a disclosure was made under this consent on " + lastDay
                        + ", after " + received + "; a revocation takes effect from the day the program received it and "
                        + "never before a disclosure already made. Record it as received on " + lastDay
                        + " or later, and say in the note when the participant signed it.");
            }
            m.revoke(id, received, r.method.name(), blankToNull(r.note), actor.username(), module.now());
            entry.detail("revoked from " + received + " (received " + r.method + ")");
            return rows.toDto(m.consent(id));
        });
    }

    @Override
    public ConsentDirective recordEnd(Actor actor, String id, ConsentEnd end) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            ConsentDirective c = lockForChange(m, actor, id, entry, ConsentAccess.END_CONSENT);
            ConsentEnd e = event(c, end);
            if (c.expiryEvent == null) {
                throw new ConflictException("Consent " + id + " expires on a date (" + c.expiresOn + "), not on an event."
                        + (c.irrevocableUntilEvent == null ? "" : " To record that it may now be revoked, use POST /consents/"
                                + id + "/revocability-event."));
            }
            if (c.endedOn != null) {
                throw new ConflictException("Consent " + id + " already ended on " + c.endedOn + ".");
            }
            // like a revocation: an end never reaches back before a disclosure already made under the consent
            Instant last = m.lastDisclosureUnder(id);
            LocalDate lastDay = last == null ? null : last.atZone(module.zone()).toLocalDate();
            if (lastDay != null && e.occurredOn.isBefore(lastDay)) {
                throw new UnprocessableException("occurredOn: a disclosure was made under this consent on " + lastDay
                        + ", after " + e.occurredOn + "; a consent cannot be recorded as ended before a disclosure already "
                        + "made under it. Record the end as of " + lastDay + " or later, and say in the note when the event "
                        + "happened; if information went out after the event, report it to the privacy officer.");
            }
            m.end(id, e.occurredOn, blankToNull(e.note), actor.username(), module.now());
            entry.detail("ended on " + e.occurredOn + ": " + c.expiryEvent);
            return rows.toDto(m.consent(id));
        });
    }

    @Override
    public ConsentDirective recordRevocabilityEvent(Actor actor, String id, ConsentEnd event) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            ConsentDirective c = lockForChange(m, actor, id, entry, ConsentAccess.RECORD_REVOCABILITY_EVENT);
            ConsentEnd e = event(c, event);
            if (c.kind != ConsentKind.CRIMINAL_JUSTICE || c.irrevocableUntilEvent == null) {
                throw new ConflictException("Consent " + id + " names no event until which it is irrevocable.");
            }
            if (c.revocabilityEventOn != null) {
                throw new ConflictException("The event after which consent " + id + " may be revoked was recorded already, on "
                        + c.revocabilityEventOn + ".");
            }
            m.revocabilityEvent(id, e.occurredOn, blankToNull(e.note), actor.username(), module.now());
            entry.detail("revocable from " + e.occurredOn + ": " + c.irrevocableUntilEvent);
            return rows.toDto(m.consent(id));
        });
    }

    private ConsentEnd event(ConsentDirective c, ConsentEnd given) {
        ConsentEnd e = given == null ? new ConsentEnd() : given;
        new Validator()
                .required("occurredOn", e.occurredOn)
                .notInFuture("occurredOn", e.occurredOn, module.today())
                .check(e.occurredOn == null || !e.occurredOn.isBefore(c.signedOn), "occurredOn",
                        "must not be before the consent was signed (" + c.signedOn + ")")
                .maxLength("note", e.note, 500)
                .throwIfInvalid();
        return e;
    }

    private static String revocableFrom(ConsentDirective c) {
        if (c.irrevocableUntil != null && c.irrevocableUntilEvent != null) {
            return c.irrevocableUntil + " or " + c.irrevocableUntilEvent + ", whichever comes first";
        }
        return c.irrevocableUntil != null ? c.irrevocableUntil.toString() : c.irrevocableUntilEvent;
    }

    /**
     * The consent, row-locked for a revocation or an event, once the role, the consent's existence and
     * the caller's access to its participant are checked (in that order).
     */
    private ConsentDirective lockForChange(ConsentMapper m, Actor actor, String id, AuditEntry entry, AccessRule rule) {
        rule.requireRole(actor);
        if (id == null || id.length() > 64 || m.lock(id) == 0) {
            throw access.unknown(actor, rule, RESOURCE, id);
        }
        ConsentDirective c = rows.toDto(m.consent(id));
        entry.participant(c.participantId);
        access.requireRecord(actor, rule, RESOURCE, id, c.participantId, entry);
        return c;
    }


    /** Every §2.31(a) element, and the rules of the consent's kind. */
    private void validate(ConsentDirective c) {
        Validator v = new Validator()
                .required("kind", c.kind)
                .requiredText("disclosingProgram", c.disclosingProgram, 200)
                .requiredText("informationDescription", c.informationDescription, 1000)
                .required("recipientClass", c.recipientClass)
                .maxLength("recipientName", c.recipientName, 200)
                .required("purpose", c.purpose)
                .maxLength("purposeDescription", c.purposeDescription, 500)
                .maxLength("expiryEvent", c.expiryEvent, 300)
                .maxLength("irrevocableUntilEvent", c.irrevocableUntilEvent, 300)
                .required("signedOn", c.signedOn)
                .notInFuture("signedOn", c.signedOn, module.today())
                .requiredText("signedBy", c.signedBy, 200)
                .required("signatureMethod", c.signatureMethod)
                .required("signerAuthority", c.signerAuthority)
                .maxLength("signerAuthorityDescription", c.signerAuthorityDescription, 300)
                .check(Boolean.TRUE.equals(c.revocationRightExplained), "revocationRightExplained",
                        "must be true: a consent must tell the participant of the right to revoke it (§2.31(a)(6))")
                .check(Boolean.TRUE.equals(c.redisclosureStatementIncluded), "redisclosureStatementIncluded",
                        "must be true: a consent must say that what is disclosed may be redisclosed and no longer be "
                                + "protected (§2.31(a)(10))")
                .check(Boolean.TRUE.equals(c.conditioningStatementIncluded), "conditioningStatementIncluded",
                        "must be true: a consent must say whether treatment may be conditioned on signing it (§2.31(a)(11))");
        ConsentRows.categories(v, "categories", c.categories);
        v.check(c.signerAuthority == null || c.signerAuthority == SignerAuthority.PARTICIPANT
                || !isBlank(c.signerAuthorityDescription), "signerAuthorityDescription",
                "is required when someone else signs for the participant: their authority (§§2.14-2.15)");
        v.check(c.expiresOn != null || !isBlank(c.expiryEvent), "expiresOn",
                "a consent must give an expiry date, an expiry event or both (§2.31(a)(7); for §2.35, the period it "
                        + "remains in effect, §2.35(b))");
        v.check(c.expiresOn == null || c.signedOn == null || !c.expiresOn.isBefore(c.signedOn), "expiresOn",
                "must not be before the consent was signed");
        // whatever its kind, a consent for a court, probation, pretrial services or a prosecutor, or for
        // criminal-justice monitoring, names the recipient: no one may fill in a court of their choosing
        v.check(!(RecipientClass.PROGRESS_MONITORS.contains(c.recipientClass)
                || c.purpose == DisclosurePurpose.CRIMINAL_JUSTICE_MONITORING) || !isBlank(c.recipientName), "recipientName",
                "is required for a consent to a court, probation or parole, pretrial services or a prosecutor, or for "
                        + "criminal-justice monitoring: the recipient by name (§2.31(a)(4))");
        if (c.kind == ConsentKind.CRIMINAL_JUSTICE) {
            v.check(c.recipientClass == null || RecipientClass.PROGRESS_MONITORS.contains(c.recipientClass), "recipientClass",
                    "a §2.35 consent may only name those who monitor the participant's progress: "
                            + RecipientClass.PROGRESS_MONITORS);
            v.check(!isBlank(c.recipientName), "recipientName",
                    "a §2.35 consent names its recipient: the court, probation office or agency that monitors the participant");
            v.check(c.purpose == null || c.purpose == DisclosurePurpose.CRIMINAL_JUSTICE_MONITORING, "purpose",
                    "a §2.35 consent is for CRIMINAL_JUSTICE_MONITORING only");
            v.check(c.irrevocableUntil == null || c.signedOn == null || !c.irrevocableUntil.isBefore(c.signedOn),
                    "irrevocableUntil", "must not be before the consent was signed");
        } else {
            v.check(c.irrevocableUntil == null && isBlank(c.irrevocableUntilEvent), "irrevocableUntilEvent",
                    "only a §2.35 criminal-justice consent can be irrevocable");
        }
        if (c.kind == ConsentKind.LEGAL_PROCEEDINGS) {
            v.check(c.purpose == null || c.purpose == DisclosurePurpose.LEGAL_PROCEEDINGS, "purpose",
                    "a legal-proceedings consent is for LEGAL_PROCEEDINGS only and never combined with another purpose (§2.31(d))");
        } else if (c.kind != null) {
            v.check(c.purpose != DisclosurePurpose.LEGAL_PROCEEDINGS, "purpose",
                    "use in legal proceedings needs its own LEGAL_PROCEEDINGS consent, never combined with another (§2.31(d))");
        }
        v.check(c.signatureMethod == null || c.signatureMethod == SignatureMethod.WRITTEN
                || c.signatureMethod == SignatureMethod.ELECTRONIC, "signatureMethod", "must be WRITTEN or ELECTRONIC");
        v.throwIfInvalid();
    }

    static String blankToNull(String s) {
        return Validator.isBlank(s) ? null : s.trim();
    }

    static boolean isBlank(String s) {
        return Validator.isBlank(s);
    }
}
