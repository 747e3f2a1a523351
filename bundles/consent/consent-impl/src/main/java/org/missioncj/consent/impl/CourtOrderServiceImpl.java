package org.missioncj.consent.impl;

import java.util.UUID;

import org.missioncj.consent.api.ConsentAccess;
import org.missioncj.consent.api.CourtOrderService;
import org.missioncj.consent.api.dto.CourtOrder;
import org.missioncj.consent.api.dto.CourtOrderDecision;
import org.missioncj.consent.api.dto.CourtOrderStatus;
import org.missioncj.consent.impl.ConsentMapper.CourtOrderRow;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.security.AccountService;
import org.missioncj.registry.api.CaseloadAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CourtOrderService.class)
public class CourtOrderServiceImpl implements CourtOrderService {
    private static final String RESOURCE = "court-order";

    private final ModuleSupport module;
    private final ConsentSettings settings;
    private final CaseloadAccess access;
    private final ConsentRows rows;
    private final AccountService accounts;

    @Activate
    public CourtOrderServiceImpl(@Reference(target = ConsentSettings.MODULE) ModuleSupport module,
            @Reference ConsentSettings settings, @Reference CaseloadAccess access, @Reference AccountService accounts) {
        this.module = module;
        this.settings = settings;
        this.access = access;
        this.rows = new ConsentRows(module::today);
        this.accounts = accounts;
    }

    @Override
    public CourtOrder create(Actor actor, CourtOrder input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE);
        return module.audited(entry, tx -> {
            ConsentAccess.CREATE_COURT_ORDER.requireRole(actor);
            if (input == null) {
                new Validator().required("$", null).throwIfInvalid();
            }
            entry.participant(input.participantId);
            access.require(actor, ConsentAccess.CREATE_COURT_ORDER, input.participantId, entry);
            Validator v = new Validator()
                    .requiredText("court", input.court, 200)
                    .requiredText("docketNumber", input.docketNumber, 100)
                    .required("orderedOn", input.orderedOn)
                    .notInFuture("orderedOn", input.orderedOn, module.today())
                    .required("authority", input.authority)
                    .requiredText("findings", input.findings, 2000)
                    .requiredText("limits", input.limits, 2000)
                    .required("recipientClass", input.recipientClass)
                    .requiredText("recipientName", input.recipientName, 200)
                    .required("purpose", input.purpose)
                    .maxLength("scopeDescription", input.scopeDescription, 1000)
                    .required("expiresOn", input.expiresOn)
                    .check(input.expiresOn == null || input.orderedOn == null || !input.expiresOn.isBefore(input.orderedOn),
                            "expiresOn", "must not be before the order's date")
                    .required("patientNotified", input.patientNotified)
                    .requiredText("documentReference", input.documentReference, 300)
                    .check(input.documentReference == null || isDocumentReference(input.documentReference),
                            "documentReference", "must say where the signed order is kept: its file or case-record "
                                    + "number (at least four letters or digits, one a digit), not a placeholder such as "
                                    + "'none' or 'n/a'");
            ConsentRows.categories(v, "categories", input.categories);
            v.throwIfInvalid();
            CourtOrderRow r = new CourtOrderRow();
            r.id = UUID.randomUUID().toString();
            r.participantId = input.participantId;
            r.court = input.court.trim();
            r.docketNumber = input.docketNumber.trim();
            r.orderedOn = input.orderedOn;
            r.authority = input.authority.name();
            r.findings = input.findings.trim();
            r.limits = input.limits.trim();
            r.categories = ConsentRows.join(input.categories);
            r.recipientClass = input.recipientClass.name();
            r.recipientName = input.recipientName.trim();
            r.purpose = input.purpose.name();
            r.scopeDescription = ConsentServiceImpl.blankToNull(input.scopeDescription);
            r.expiresOn = input.expiresOn;
            r.patientNotified = input.patientNotified ? 1 : 0;
            r.documentReference = input.documentReference.trim();
            r.status = CourtOrderStatus.PENDING_APPROVAL.name();
            r.createdAt = module.now();
            r.createdBy = actor.username();
            entry.resource(r.id).detail(r.court + " " + r.docketNumber + " (" + r.authority + ") for " + r.purpose + ": "
                    + r.categories + " to " + r.recipientName + "; pending approval");
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            m.insertOrder(r);
            return rows.toDto(m.order(r.id));
        });
    }

    @Override
    public CourtOrder decide(Actor actor, String id, CourtOrderDecision decision) {
        AuditEntry entry = module.entry(actor, "COURT_ORDER_DECISION", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            CourtOrderRow r = access.requireFound(actor, ConsentAccess.DECIDE_COURT_ORDER, RESOURCE, id, m::order,
                    o -> o.participantId, entry);
            CourtOrderDecision d = decision == null ? new CourtOrderDecision() : decision;
            new Validator().required("decision", d.decision)
                    .check(d.decision == null || d.decision != CourtOrderStatus.PENDING_APPROVAL, "decision",
                            "must be APPROVED or REJECTED")
                    .maxLength("note", d.note, 500)
                    .check(d.decision != CourtOrderStatus.REJECTED || !ConsentServiceImpl.isBlank(d.note), "note",
                            "is required when rejecting: say what does not match the signed order")
                    .throwIfInvalid();
            if (r.createdBy.equals(actor.username())) {
                throw new ConflictException("You recorded this court order: a second person checks it against the signed "
                        + "order (a clinical supervisor of the participant's site, or a privacy officer).");
            }
            if (madeBy(actor.username(), r.createdBy)) {
                throw new ConflictException("Your account was created or changed by " + r.createdBy + " (or by an account "
                        + "they made), who recorded this court order: the second person who checks it must not owe their "
                        + "account to the first. Ask a clinical supervisor or privacy officer whose account someone else "
                        + "set up.");
            }
            CourtOrder current = rows.toDto(r);
            if (current.status != CourtOrderStatus.PENDING_APPROVAL) {
                throw new ConflictException("Court order " + id + " was " + current.status + " already, by " + r.decidedBy
                        + " on " + r.decidedAt + ".");
            }
            if (d.decision == CourtOrderStatus.APPROVED && (r.authority == null || r.findings == null || r.limits == null
                    || r.documentReference == null || r.recipientName == null || r.expiresOn == null
                    || r.patientNotified == null)) {
                throw new ConflictException("Court order " + id + " was recorded without every element an order needs "
                        + "(section, findings, limits, named recipient, expiry, patient notice, signed document): record it "
                        + "again with them, and reject this record.");
            }
            m.decideOrder(id, d.decision.name(), actor.username(), module.now(), ConsentServiceImpl.blankToNull(d.note));
            entry.detail(d.decision + (d.note == null ? "" : ": " + d.note));
            return rows.toDto(m.order(id));
        });
    }

    @Override
    public CourtOrder get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> rows.toDto(access.requireFound(actor, ConsentAccess.GET_COURT_ORDER, RESOURCE, id,
                tx.mapper(ConsentMapper.class)::order, r -> r.participantId, entry)));
    }

    @Override
    public Page<CourtOrder> list(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId)
                .detail("court orders of the participant");
        return module.audited(entry, tx -> {
            access.require(actor, ConsentAccess.LIST_COURT_ORDERS, participantId, entry);
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            return Page.read(page, () -> m.orderCount(participantId),
                    () -> m.orderPage(participantId, page.offset(), page.size())).map(rows::toDto);
        });
    }


    /**
     * Whether {@code maker} ever created or changed the account {@code username} (its roles, organization,
     * enabled state or password: the audit trail's account history, which an admin cannot rewrite), or an
     * account that did so, up to ten accounts back: one person's accounts cannot make the second person
     * of a two-person check, however often they are "washed" afterwards.
     */
    private boolean madeBy(String username, String maker) {
        java.util.Set<String> seen = new java.util.HashSet<>(java.util.List.of(username));
        java.util.List<String> level = java.util.List.of(username);
        for (int hops = 0; hops < 10 && !level.isEmpty(); hops++) {
            java.util.List<String> next = new java.util.ArrayList<>();
            for (String u : level) {
                java.util.Set<String> by = accounts.shapedBy(u);
                if (by.contains(maker)) {
                    return true;
                }
                for (String b : by) {
                    // an operator of etc/users.properties or a system job was set up outside the application
                    if (seen.add(b) && accounts.find(b).isPresent()) {
                        next.add(b);
                    }
                }
            }
            level = next;
        }
        return false;
    }

    /** Words that say there is no document, once NFKC, case and everything but letters are taken away. */
    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("none", "na", "nil", "null", "unknown",
            "unk", "tbd", "todo", "pending", "missing", "notapplicable", "nodocument", "nodoc", "nope", "no", "x", "n");

    /**
     * A reference to where the signed order is kept (its file or case-record number): after NFKC and
     * without invisible characters, at least four letters or digits, at least one digit, not all one
     * character, and its letters not a placeholder word ({@code n/a}, {@code none.}, {@code TBD!}).
     */
    static boolean isDocumentReference(String text) {
        String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "")
                .toLowerCase(java.util.Locale.ROOT);
        String alnum = t.replaceAll("[^\\p{L}\\p{N}]", "");
        String letters = t.replaceAll("[^\\p{L}]", "");
        return alnum.length() >= 4 && alnum.chars().anyMatch(Character::isDigit) && alnum.chars().distinct().count() > 1
                && !PLACEHOLDERS.contains(letters);
    }
}
