package org.missioncj.consent.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.missioncj.consent.api.CourtOrderService;
import org.missioncj.consent.api.dto.CourtOrder;
import org.missioncj.consent.api.dto.CourtOrderDecision;
import org.missioncj.consent.api.dto.CourtOrderStatus;
import org.missioncj.consent.impl.ConsentMapper.CourtOrderRow;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CourtOrderService.class)
public class CourtOrderServiceImpl implements CourtOrderService {
    private static final String RESOURCE = "court-order";

    private final ConsentStore store;

    @Activate
    public CourtOrderServiceImpl(@Reference ConsentStore store) {
        this.store = store;
    }

    @Override
    public CourtOrder create(Actor actor, CourtOrder input) {
        AuditEntry entry = AuditEntry.of(actor, ConsentStore.COMPONENT, "CREATE", RESOURCE);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(ConsentStore.ORDER_STAFF, "record court orders");
            if (input == null || input.participantId == null || input.participantId.isBlank()) {
                new Validator().required("participantId", null).throwIfInvalid();
            }
            entry.participant(input.participantId);
            store.caseload.requireParticipant(actor, input.participantId, "record this participant's court orders", entry);
            Validator v = new Validator()
                    .requiredText("court", input.court, 200)
                    .requiredText("docketNumber", input.docketNumber, 100)
                    .required("orderedOn", input.orderedOn)
                    .notInFuture("orderedOn", input.orderedOn, store.today())
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
                    .requiredText("documentReference", input.documentReference, 300);
            ConsentStore.categories(v, "categories", input.categories);
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
            r.categories = ConsentStore.join(input.categories);
            r.recipientClass = input.recipientClass.name();
            r.recipientName = input.recipientName.trim();
            r.purpose = input.purpose.name();
            r.scopeDescription = ConsentServiceImpl.blankToNull(input.scopeDescription);
            r.expiresOn = input.expiresOn;
            r.patientNotified = input.patientNotified ? 1 : 0;
            r.documentReference = input.documentReference.trim();
            r.status = CourtOrderStatus.PENDING_APPROVAL.name();
            r.createdAt = store.now();
            r.createdBy = actor.username();
            entry.resource(r.id).detail(r.court + " " + r.docketNumber + " (" + r.authority + ") for " + r.purpose + ": "
                    + r.categories + " to " + r.recipientName + "; pending approval");
            ConsentMapper m = store.mapper(tx);
            m.insertOrder(r);
            return ConsentStore.toDto(m.order(r.id));
        });
    }

    @Override
    public CourtOrder decide(Actor actor, String id, CourtOrderDecision decision) {
        AuditEntry entry = AuditEntry.of(actor, ConsentStore.COMPONENT, "COURT_ORDER_DECISION", RESOURCE).resource(id);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(ConsentStore.ORDER_APPROVERS, "approve court orders");
            ConsentMapper m = store.mapper(tx);
            CourtOrderRow r = find(m, actor, id, "approve this court order");
            entry.participant(r.participantId);
            reachable(actor, r, "approve this court order", entry);
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
            CourtOrder current = ConsentStore.toDto(r);
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
            m.decideOrder(id, d.decision.name(), actor.username(), store.now(), ConsentServiceImpl.blankToNull(d.note));
            entry.detail(d.decision + (d.note == null ? "" : ": " + d.note));
            return ConsentStore.toDto(m.order(id));
        });
    }

    @Override
    public CourtOrder get(Actor actor, String id) {
        AuditEntry entry = AuditEntry.of(actor, ConsentStore.COMPONENT, "READ", RESOURCE).resource(id);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(ConsentStore.RECORD_READERS, "read court orders");
            CourtOrderRow r = find(store.mapper(tx), actor, id, "read this court order");
            entry.participant(r.participantId);
            reachable(actor, r, "read this court order", entry);
            return ConsentStore.toDto(r);
        });
    }

    @Override
    public Page<CourtOrder> list(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = AuditEntry.of(actor, ConsentStore.COMPONENT, "READ", RESOURCE).participant(participantId)
                .detail("court orders of the participant");
        return store.audited(entry, tx -> {
            actor.requireAnyRole(ConsentStore.RECORD_READERS, "read court orders");
            new Validator().requiredText("participantId", participantId, 36).throwIfInvalid();
            if (!actor.hasRole(Role.PRIVACY_OFFICER) || actor.hasAnyRole(Role.CLINICAL_STAFF)) {
                store.caseload.requireParticipant(actor, participantId, "read this participant's court orders", entry);
            }
            ConsentMapper m = store.mapper(tx);
            List<CourtOrder> items = new ArrayList<>();
            for (CourtOrderRow r : m.orderPage(participantId, page.offset(), page.size())) {
                items.add(ConsentStore.toDto(r));
            }
            return new Page<>(items, page, m.orderCount(participantId));
        });
    }

    /** A privacy officer reviews every participant's orders; everyone else those of their caseload. */
    private void reachable(Actor actor, CourtOrderRow r, String action, AuditEntry entry) {
        if (actor.hasRole(Role.PRIVACY_OFFICER)) {
            return;
        }
        store.caseload.requireRecord(actor, RESOURCE, r.id, r.participantId, action, entry);
    }

    private CourtOrderRow find(ConsentMapper m, Actor actor, String id, String action) {
        CourtOrderRow r = id == null || id.length() > 64 ? null : m.order(id);
        if (r == null) {
            if (actor.hasRole(Role.PRIVACY_OFFICER)) {
                throw new NotFoundException("There is no court order " + id + ".");
            }
            if (!actor.hasAnyRole(Role.CLINICAL_STAFF)) {
                throw new ForbiddenException("You may not " + action + ".");
            }
            throw store.caseload.unknown(actor, RESOURCE, id, action);
        }
        return r;
    }
}
