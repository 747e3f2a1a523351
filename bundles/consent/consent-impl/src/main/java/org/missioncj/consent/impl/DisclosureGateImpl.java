package org.missioncj.consent.impl;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.missioncj.consent.api.DisclosureGate;
import org.missioncj.consent.api.dto.ConsentDirective;
import org.missioncj.consent.api.dto.CourtOrder;
import org.missioncj.consent.api.dto.Disclosure;
import org.missioncj.consent.api.dto.DisclosureDecision;
import org.missioncj.consent.api.dto.DisclosureRequest;
import org.missioncj.consent.api.dto.RecipientClass;
import org.missioncj.consent.impl.ConsentMapper.ConsentRow;
import org.missioncj.consent.impl.ConsentMapper.CourtOrderRow;
import org.missioncj.consent.impl.ConsentMapper.DisclosureRow;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.security.AccountService;
import org.missioncj.core.api.security.dto.Account;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The disclosure gate. Clinical staff disclose for participants on their caseload; a court liaison
 * receives, for their own organization only. Integration accounts get nothing here yet: a host-system
 * adapter will disclose through this gate under its own rules when one exists.
 */
@Component(service = DisclosureGate.class)
public class DisclosureGateImpl implements DisclosureGate {
    private static final String RESOURCE = "disclosure";
    /** 42 CFR §2.25: an accounting covers the disclosures of the three years before the request. */
    static final int ACCOUNTING_YEARS = 3;

    private final ConsentStore store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AccountService accounts;

    @Activate
    public DisclosureGateImpl(@Reference ConsentStore store) {
        this.store = store;
    }

    @Override
    public DisclosureDecision decide(Actor actor, DisclosureRequest request) {
        AuditEntry entry = AuditEntry.of(actor, ConsentStore.COMPONENT, "DISCLOSURE_CHECK", RESOURCE);
        return store.audited(entry, tx -> {
            DisclosureRequest r = authorize(actor, request, entry, "check disclosures");
            DisclosureDecision d = decideIn(store.mapper(tx), r);
            entry.detail(describe(r) + (d.allowed ? ": would be allowed" : ": would be denied"));
            return d;
        });
    }

    @Override
    public Disclosure disclose(Actor actor, DisclosureRequest request, String description) {
        AuditEntry entry = AuditEntry.of(actor, ConsentStore.COMPONENT, "DISCLOSE", RESOURCE);
        return store.audited(entry, tx -> {
            DisclosureRequest r = authorize(actor, request, entry, "disclose participant information");
            r.on = null; // a disclosure happens today, whatever day a caller names
            new Validator().requiredText("description", description, 500).throwIfInvalid();
            ConsentMapper m = store.mapper(tx);
            DisclosureDecision d = decideIn(m, r);
            entry.detail(describe(r) + ": " + description);
            if (!d.allowed) {
                throw new ForbiddenException(d.reason);
            }
            DisclosureRow row = new DisclosureRow();
            row.id = UUID.randomUUID().toString();
            row.participantId = r.participantId;
            row.disclosedAt = store.now();
            row.disclosedBy = actor.username();
            row.recipientClass = r.recipientClass.name();
            row.recipientName = ConsentServiceImpl.blankToNull(r.recipientName);
            row.purpose = r.purpose.name();
            row.categories = ConsentStore.join(d.categories);
            row.basis = d.basis.name();
            row.consentId = d.consentId;
            row.courtOrderId = d.courtOrderId;
            row.description = description.trim();
            row.notice = store.notice;
            m.insertDisclosure(row);
            entry.resource(row.id).detail(describe(r) + ": " + description + "; disclosed " + d.categories + " under "
                    + (d.consentId != null ? "consent " + d.consentId : "court order " + d.courtOrderId));
            return ConsentStore.toDto(row);
        });
    }

    @Override
    public Page<Disclosure> accounting(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = AuditEntry.of(actor, ConsentStore.COMPONENT, "READ", RESOURCE).participant(participantId)
                .detail("accounting of disclosures");
        return store.audited(entry, tx -> {
            actor.requireAnyRole(ConsentStore.CONSENT_STAFF, "read accountings of disclosures");
            new Validator().requiredText("participantId", participantId, 36).throwIfInvalid();
            store.caseload.requireParticipant(actor, participantId, "read this participant's accounting of disclosures", entry);
            Instant since = store.today().minusYears(ACCOUNTING_YEARS).atStartOfDay(ZoneOffset.UTC).toInstant();
            ConsentMapper m = store.mapper(tx);
            List<Disclosure> items = new ArrayList<>();
            for (DisclosureRow r : m.disclosures(participantId, since, page.offset(), page.size())) {
                items.add(ConsentStore.toDto(r));
            }
            return new Page<>(items, page, m.disclosureCount(participantId, since));
        });
    }

    @Override
    public Disclosure get(Actor actor, String id) {
        AuditEntry entry = AuditEntry.of(actor, ConsentStore.COMPONENT, "READ", RESOURCE).resource(id);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(ConsentStore.CONSENT_STAFF, "read disclosures");
            DisclosureRow r = store.mapper(tx).disclosure(id);
            if (r == null) {
                throw new NotFoundException("There is no disclosure " + id + ".");
            }
            entry.participant(r.participantId);
            store.caseload.requireParticipant(actor, r.participantId, "read this participant's disclosures", entry);
            return ConsentStore.toDto(r);
        });
    }

    @Override
    public String notice() {
        return store.notice;
    }

    /**
     * Who may ask for what: the request as it will be decided (a court liaison's recipient is their own
     * organization). Authorization comes before the request's validation.
     */
    DisclosureRequest authorize(Actor actor, DisclosureRequest request, AuditEntry entry, String action) {
        DisclosureRequest r = copy(request);
        entry.participant(r.participantId);
        boolean liaison = !actor.hasAnyRole(ConsentStore.CONSENT_STAFF) && actor.hasRole(Role.COURT_LIAISON);
        if (!liaison) {
            actor.requireAnyRole(ConsentStore.CONSENT_STAFF, action);
            if (r.participantId != null && !r.participantId.isBlank()) {
                store.caseload.requireParticipant(actor, r.participantId, action, entry);
            }
        } else if (r.recipientClass == null) {
            r.recipientClass = RecipientClass.COURT;
        }
        Validator v = new Validator()
                .requiredText("participantId", r.participantId, 36)
                .required("recipientClass", r.recipientClass)
                .maxLength("recipientName", r.recipientName, 200)
                .required("purpose", r.purpose);
        ConsentStore.categories(v, "categories", r.categories);
        v.throwIfInvalid();
        if (liaison) {
            // a court liaison receives, for their own organization only: their scope, like a CM's team
            String organization = organizationOf(actor);
            if (r.recipientName == null || r.recipientName.isBlank()) {
                r.recipientName = organization;
            }
            if (!RecipientClass.PROGRESS_MONITORS.contains(r.recipientClass)
                    || !ConsentRules.sameName(r.recipientName, organization)) {
                throw new ForbiddenException("As a court liaison you receive disclosures only for your own organization ("
                        + organization + "), as one of " + RecipientClass.PROGRESS_MONITORS + ".");
            }
        }
        return r;
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

    private String organizationOf(Actor actor) {
        AccountService a = accounts;
        Optional<Account> account = a == null ? Optional.empty() : a.find(actor.username());
        String organization = account.map(x -> x.organization).orElse(null);
        if (organization == null || organization.isBlank()) {
            throw new ForbiddenException("Your account names no organization, so nothing can be disclosed to you. "
                    + "A program admin sets it (PUT /accounts/" + actor.username() + ").");
        }
        return organization;
    }

    private DisclosureDecision decideIn(ConsentMapper m, DisclosureRequest r) {
        List<ConsentDirective> consents = new ArrayList<>();
        for (ConsentRow c : m.consentsOf(r.participantId)) {
            consents.add(store.toDto(c));
        }
        List<CourtOrder> orders = new ArrayList<>();
        for (CourtOrderRow o : m.ordersOf(r.participantId)) {
            orders.add(ConsentStore.toDto(o));
        }
        return ConsentRules.decide(r, r.on == null ? store.today() : r.on, consents, orders, store.programName);
    }

    private static String describe(DisclosureRequest r) {
        return "to " + ConsentRules.describe(r.recipientClass, r.recipientName) + " for " + r.purpose + " of " + r.categories;
    }
}
