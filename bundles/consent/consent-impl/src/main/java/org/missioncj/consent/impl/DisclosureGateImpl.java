package org.missioncj.consent.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.missioncj.consent.api.ConsentAccess;
import org.missioncj.consent.api.DisclosureGate;
import org.missioncj.consent.api.dto.AccountingSearch;
import org.missioncj.consent.api.dto.ConsentDirective;
import org.missioncj.consent.api.dto.ConsentRestriction;
import org.missioncj.consent.api.dto.CourtOrder;
import org.missioncj.consent.api.dto.Disclosure;
import org.missioncj.consent.api.dto.DisclosureBasis;
import org.missioncj.consent.api.dto.DisclosureDecision;
import org.missioncj.consent.api.dto.DisclosurePurpose;
import org.missioncj.consent.api.dto.DisclosureRequest;
import org.missioncj.consent.api.dto.EmergencyDisclosure;
import org.missioncj.consent.api.dto.RecipientClass;
import org.missioncj.consent.api.dto.UnnamedBasisDisclosure;
import org.missioncj.consent.impl.ConsentMapper.ConsentRow;
import org.missioncj.consent.impl.ConsentMapper.CourtOrderRow;
import org.missioncj.consent.impl.ConsentMapper.DisclosureRow;
import org.missioncj.consent.impl.ConsentMapper.RestrictionRow;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.MissionException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.security.AccountService;
import org.missioncj.core.api.security.dto.Account;
import org.missioncj.registry.api.CaseloadAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The disclosure gate. Clinical staff disclose for participants on their caseload, to a recipient
 * they name. A court liaison receives, for their own organization only: the recipient is the
 * organization and class a program admin set on the liaison's account, never what the request says,
 * only a consent or order that names that recipient allows it, and any refusal is one generic
 * answer (the reasons go to the audit trail). Integration accounts get nothing here yet: a
 * host-system adapter will disclose through this gate under its own rules when one exists.
 */
@Component(service = DisclosureGate.class)
public class DisclosureGateImpl implements DisclosureGate {
    private static final String RESOURCE = "disclosure";
    /** 42 CFR §2.25: an accounting covers at most the disclosures of the three years before the request. */
    static final int ACCOUNTING_YEARS = 3;
    /** What a court liaison is told of any refusal: nothing about the person or their consents. */
    static final String LIAISON_REFUSAL = "Nothing can be disclosed to you for this request. If you believe a consent or "
            + "court order covers it, ask the participant's case manager.";

    private final ModuleSupport module;
    private final ConsentSettings settings;
    private final CaseloadAccess access;
    private final ConsentRows rows;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AccountService accounts;

    @Activate
    public DisclosureGateImpl(@Reference(target = ConsentSettings.MODULE) ModuleSupport module,
            @Reference ConsentSettings settings, @Reference CaseloadAccess access) {
        this.module = module;
        this.settings = settings;
        this.access = access;
        this.rows = new ConsentRows(module::today);
    }

    /** For tests and embedding. */
    void setAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public DisclosureDecision decide(Actor actor, DisclosureRequest request) {
        AuditEntry entry = module.entry(actor, "DISCLOSURE_CHECK", RESOURCE);
        return liaisonSafe(actor, () -> module.audited(entry, tx -> deniedToLiaison(actor, () -> {
            Recipient who = authorize(actor, request, entry);
            DisclosureDecision d = decideIn(tx.mapper(ConsentMapper.class), who);
            entry.detail(describe(who.request) + (d.allowed ? ": would be allowed" : ": would be denied: " + d.reason));
            if (!d.allowed) {
                entry.outcome(AuditOutcome.DENIED);
                if (who.liaison) {
                    throw new ForbiddenException(d.reason);
                }
            }
            if (who.liaison) {
                // a liaison learns whether and what: not which consent, signed when, or why
                DisclosureDecision only = new DisclosureDecision();
                only.allowed = true;
                only.categories = d.categories;
                only.basis = d.basis;
                only.reason = "A consent or court order on file allows this disclosure to " + who.request.recipientName + ".";
                return only;
            }
            return d;
        })));
    }

    @Override
    public Disclosure disclose(Actor actor, DisclosureRequest request, String description) {
        AuditEntry entry = module.entry(actor, "DISCLOSE", RESOURCE);
        return liaisonSafe(actor, () -> module.audited(entry, tx -> deniedToLiaison(actor, () -> {
            Recipient who = authorize(actor, request, entry);
            DisclosureRequest r = who.request;
            r.on = null; // a disclosure happens today, whatever day a caller names
            new Validator().requiredText("description", description, 500).throwIfInvalid();
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            DisclosureDecision d = decideIn(m, who);
            entry.detail(describe(r) + ": " + description);
            if (!d.allowed) {
                throw new ForbiddenException(d.reason);
            }
            DisclosureRow row = new DisclosureRow();
            row.id = UUID.randomUUID().toString();
            row.participantId = r.participantId;
            row.disclosedAt = module.now();
            row.disclosedBy = actor.username();
            row.disclosedByRoles = actor.rolesAsString();
            row.recipientClass = r.recipientClass.name();
            row.recipientName = r.recipientName.trim();
            row.purpose = r.purpose.name();
            row.categories = ConsentRows.join(d.categories);
            row.basis = d.basis.name();
            row.consentId = d.consentId;
            row.courtOrderId = d.courtOrderId;
            row.basisNamedRecipient = Boolean.TRUE.equals(d.basisNamedRecipient) ? 1 : 0;
            row.description = description.trim();
            row.notice = settings.notice();
            m.insertDisclosure(row);
            entry.resource(row.id).detail(describe(r) + ": " + description + "; disclosed " + d.categories + " under "
                    + (d.consentId != null ? "consent " + d.consentId : "court order " + d.courtOrderId));
            return rows.toDto(row);
        })));
    }

    @Override
    public Disclosure recordEmergency(Actor actor, EmergencyDisclosure emergency) {
        EmergencyDisclosure e = emergency == null ? new EmergencyDisclosure() : emergency;
        AuditEntry entry = module.entry(actor, "DISCLOSE", RESOURCE).participant(e.participantId);
        return module.audited(entry, tx -> {
            access.require(actor, ConsentAccess.RECORD_EMERGENCY_DISCLOSURE, e.participantId, entry);
            Validator v = new Validator()
                    .requiredText("recipientName", e.recipientName, 200)
                    .requiredText("recipientAffiliation", e.recipientAffiliation, 200)
                    .required("disclosedAt", e.disclosedAt)
                    .requiredText("natureOfEmergency", e.natureOfEmergency, 500)
                    .requiredText("description", e.description, 500);
            ConsentRows.categories(v, "categories", e.categories);
            Instant at = e.disclosedAt == null ? null : e.disclosedAt.toInstant();
            v.check(at == null || !at.isAfter(module.now()), "disclosedAt", "must not be in the future");
            v.throwIfInvalid();
            DisclosureRow row = new DisclosureRow();
            row.id = UUID.randomUUID().toString();
            row.participantId = e.participantId;
            row.disclosedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            row.disclosedBy = actor.username();
            row.disclosedByRoles = actor.rolesAsString();
            row.recipientClass = RecipientClass.TREATMENT_PROVIDER.name();
            row.recipientName = e.recipientName.trim();
            row.recipientAffiliation = e.recipientAffiliation.trim();
            row.purpose = DisclosurePurpose.TREATMENT.name();
            row.categories = ConsentRows.join(e.categories);
            row.basis = DisclosureBasis.MEDICAL_EMERGENCY.name();
            row.basisNamedRecipient = 1;
            row.emergencyAt = row.disclosedAt;
            row.emergencyNature = e.natureOfEmergency.trim();
            row.description = e.description.trim();
            row.notice = settings.notice();
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            m.insertDisclosure(row);
            entry.resource(row.id).detail("medical emergency (§2.51) to " + row.recipientName + ", " + row.recipientAffiliation
                    + " at " + row.emergencyAt + ": " + e.categories);
            return rows.toDto(row);
        });
    }

    @Override
    public Page<Disclosure> accounting(Actor actor, AccountingSearch search, PageRequest page) {
        AccountingSearch q = search == null ? new AccountingSearch() : search;
        String participantId = q.participantId;
        LocalDate from = q.from;
        LocalDate to = q.to;
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId)
                .detail("accounting of disclosures" + (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to));
        return module.audited(entry, tx -> {
            ConsentAccess.LIST_DISCLOSURES.requireRole(actor);
            LocalDate today = module.today();
            LocalDate earliest = today.minusYears(ACCOUNTING_YEARS);
            new Validator().requiredText("participantId", participantId, 36)
                    .check(from == null || !from.isBefore(earliest), "from",
                            "an accounting covers at most the three years before today (from " + earliest + ", §2.25)")
                    .check(from == null || to == null || !to.isBefore(from), "to", "must not be before from")
                    .notInFuture("from", from, today)
                    .throwIfInvalid();
            access.require(actor, ConsentAccess.LIST_DISCLOSURES, participantId, entry);
            Instant start = (from == null ? earliest : from).atStartOfDay(module.zone()).toInstant();
            Instant until = (to == null || to.isAfter(today) ? today : to).plusDays(1).atStartOfDay(module.zone()).toInstant();
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            return Page.read(page, () -> m.disclosureCount(participantId, start, until),
                    () -> m.disclosures(participantId, start, until, page.offset(), page.size())).map(rows::toDto);
        });
    }

    @Override
    public Page<UnnamedBasisDisclosure> unnamedBasisReview(Actor actor, PageRequest page) {
        AuditEntry entry = module.entry(actor, "SEARCH", RESOURCE)
                .detail("review of disclosures under a basis that named no recipient");
        return module.audited(entry, tx -> {
            ConsentAccess.REVIEW_UNNAMED_BASIS.requireRole(actor);
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            List<UnnamedBasisDisclosure> items = new ArrayList<>();
            List<AuditEntry> reads = new ArrayList<>();
            for (DisclosureRow r : m.toReview(page.offset(), page.size())) {
                UnnamedBasisDisclosure u = new UnnamedBasisDisclosure();
                u.disclosure = rows.toDto(r);
                u.disclosedByLiaison = r.disclosedByRoles != null ? r.disclosedByRoles.contains(Role.COURT_LIAISON.name())
                        : isLiaisonNow(r.disclosedBy);
                u.reason = r.recipientName == null ? "recorded without the recipient's name"
                        : "its " + (r.consentId != null ? "consent" : "court order") + " named no recipient";
                items.add(u);
                reads.add(module.entry(actor, "READ", RESOURCE).resource(r.id)
                        .participant(r.participantId).detail("disclosure review"));
            }
            tx.record(reads);
            return new Page<>(items, page, m.toReviewCount());
        });
    }

    @Override
    public Disclosure get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> rows.toDto(access.requireFound(actor, ConsentAccess.GET_DISCLOSURE, RESOURCE, id,
                tx.mapper(ConsentMapper.class)::disclosure, r -> r.participantId, entry)));
    }

    @Override
    public String notice() {
        return settings.notice();
    }

    /** A request as it will be decided, and whether it is a court liaison's. */
    static final class Recipient {
        final DisclosureRequest request;
        final boolean liaison;

        Recipient(DisclosureRequest request, boolean liaison) {
            this.request = request;
            this.liaison = liaison;
        }
    }

    /**
     * Who may ask for what: the request as it will be decided. Clinical staff: the participant's caseload,
     * and they name the recipient. A court liaison: the recipient is their account's organization and
     * class, whatever the request says. Authorization comes before the request's validation.
     */
    Recipient authorize(Actor actor, DisclosureRequest request, AuditEntry entry) {
        DisclosureRequest r = copy(request);
        entry.participant(r.participantId);
        boolean liaison = isLiaison(actor);
        ConsentAccess.DECIDE_DISCLOSURE.requireRole(actor);
        if (!liaison) {
            if (r.participantId != null && !r.participantId.isBlank()) {
                access.require(actor, ConsentAccess.DECIDE_DISCLOSURE, r.participantId, entry);
            }
        } else {
            Account account = liaisonAccount(actor);
            RecipientClass own = RecipientClass.valueOf(account.organizationClass);
            if ((r.recipientClass != null && r.recipientClass != own)
                    || (!Validator.isBlank(r.recipientName)
                            && !ConsentRules.sameName(r.recipientName, account.organization))) {
                throw new ForbiddenException("a court liaison asked for a recipient other than their organization: "
                        + ConsentRules.describe(r.recipientClass, r.recipientName));
            }
            r.recipientClass = own;
            r.recipientName = account.organization;
        }
        Validator v = new Validator()
                .requiredText("participantId", r.participantId, 36)
                .required("recipientClass", r.recipientClass)
                .requiredText("recipientName", r.recipientName, 200)
                .required("purpose", r.purpose);
        ConsentRows.categories(v, "categories", r.categories);
        v.throwIfInvalid();
        return new Recipient(r, liaison);
    }

    /**
     * A court liaison's limits hold whatever other roles the account has (an account may not combine them,
     * but one made in etc/users.properties could): their recipient is their organization, and they learn
     * nothing beyond a generic refusal.
     */
    static boolean isLiaison(Actor actor) {
        return actor.hasRole(Role.COURT_LIAISON);
    }

    /**
     * Inside the audited work: for a court liaison, any refusal (a bad request, no consent, an unknown
     * person) is a refusal of access, so the audit trail records it as DENIED, with its reason.
     */
    private static <T> T deniedToLiaison(Actor actor, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (MissionException e) {
            // a malformed request (400) says nothing about anyone; every other refusal depends on the records
            if (isLiaison(actor) && !(e instanceof ForbiddenException) && !(e instanceof ValidationException)) {
                throw new ForbiddenException(e.getMessage());
            }
            throw e;
        }
    }

    /** Outside it: a court liaison is told one generic thing, whatever the reason, which stays in the audit trail. */
    private static <T> T liaisonSafe(Actor actor, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ForbiddenException e) {
            if (isLiaison(actor)) {
                throw new ForbiddenException(LIAISON_REFUSAL);
            }
            throw e;
        }
    }

    private static DisclosureRequest copy(DisclosureRequest in) {
        DisclosureRequest r = new DisclosureRequest();
        if (in != null) {
            r.participantId = in.participantId;
            r.recipientClass = in.recipientClass;
            r.recipientName = in.recipientName;
            r.purpose = in.purpose;
            r.categories = in.categories == null ? null : new ArrayList<>(in.categories);
            r.on = in.on;
        }
        return r;
    }

    /** The liaison's account, which must name their organization and its class. */
    private Account liaisonAccount(Actor actor) {
        AccountService a = accounts;
        Optional<Account> account = a == null ? Optional.empty() : a.find(actor.username());
        Account found = account.orElse(null);
        if (found == null || found.organization == null || found.organization.isBlank() || found.organizationClass == null
                || !Account.LIAISON_CLASSES.contains(found.organizationClass)) {
            throw new ForbiddenException("the liaison's account names no organization and class: a program admin sets them "
                    + "(PUT /accounts/" + actor.username() + ")");
        }
        return found;
    }

    private boolean isLiaisonNow(String username) {
        AccountService a = accounts;
        return a != null && a.find(username).map(x -> x.roles.contains(Role.COURT_LIAISON)).orElse(false);
    }


    private DisclosureDecision decideIn(ConsentMapper m, Recipient who) {
        DisclosureRequest r = who.request;
        List<ConsentDirective> consents = new ArrayList<>();
        for (ConsentRow c : m.consentsOf(r.participantId)) {
            consents.add(rows.toDto(c));
        }
        List<CourtOrder> orders = new ArrayList<>();
        for (CourtOrderRow o : m.ordersOf(r.participantId)) {
            orders.add(rows.toDto(o));
        }
        List<ConsentRestriction> restrictions = new ArrayList<>();
        for (RestrictionRow x : m.restrictionsOf(r.participantId)) {
            restrictions.add(rows.toDto(x));
        }
        LocalDate day = r.on == null ? module.today() : r.on;
        if (r.on != null && r.on.isAfter(module.today().plusYears(1))) {
            throw new UnprocessableException("on: a disclosure can be checked for a day within a year from today.");
        }
        return ConsentRules.decide(r, day, consents, orders, restrictions, settings.programName(), who.liaison);
    }

    private static String describe(DisclosureRequest r) {
        return "to " + ConsentRules.describe(r.recipientClass, r.recipientName) + " for " + r.purpose + " of " + r.categories;
    }
}
