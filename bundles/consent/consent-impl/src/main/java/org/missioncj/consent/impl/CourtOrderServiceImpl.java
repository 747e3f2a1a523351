package org.missioncj.consent.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.missioncj.consent.api.CourtOrderService;
import org.missioncj.consent.api.dto.CourtOrder;
import org.missioncj.consent.impl.ConsentMapper.CourtOrderRow;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
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
                    .required("recipientClass", input.recipientClass)
                    .maxLength("recipientName", input.recipientName, 200)
                    .required("purpose", input.purpose)
                    .maxLength("scopeDescription", input.scopeDescription, 1000)
                    .check(input.expiresOn == null || input.orderedOn == null || !input.expiresOn.isBefore(input.orderedOn),
                            "expiresOn", "must not be before the order's date");
            ConsentStore.categories(v, "categories", input.categories);
            v.throwIfInvalid();
            CourtOrderRow r = new CourtOrderRow();
            r.id = UUID.randomUUID().toString();
            r.participantId = input.participantId;
            r.court = input.court.trim();
            r.docketNumber = input.docketNumber.trim();
            r.orderedOn = input.orderedOn;
            r.categories = ConsentStore.join(input.categories);
            r.recipientClass = input.recipientClass.name();
            r.recipientName = ConsentServiceImpl.blankToNull(input.recipientName);
            r.purpose = input.purpose.name();
            r.scopeDescription = ConsentServiceImpl.blankToNull(input.scopeDescription);
            r.expiresOn = input.expiresOn;
            r.createdAt = store.now();
            r.createdBy = actor.username();
            entry.resource(r.id).detail(r.court + " " + r.docketNumber + " for " + r.purpose + ": " + r.categories);
            ConsentMapper m = store.mapper(tx);
            m.insertOrder(r);
            return ConsentStore.toDto(m.order(r.id));
        });
    }

    @Override
    public CourtOrder get(Actor actor, String id) {
        AuditEntry entry = AuditEntry.of(actor, ConsentStore.COMPONENT, "READ", RESOURCE).resource(id);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(ConsentStore.CONSENT_STAFF, "read court orders");
            CourtOrderRow r = store.mapper(tx).order(id);
            if (r == null) {
                throw new NotFoundException("There is no court order " + id + ".");
            }
            entry.participant(r.participantId);
            store.caseload.requireParticipant(actor, r.participantId, "read this participant's court orders", entry);
            return ConsentStore.toDto(r);
        });
    }

    @Override
    public Page<CourtOrder> list(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = AuditEntry.of(actor, ConsentStore.COMPONENT, "READ", RESOURCE).participant(participantId)
                .detail("court orders of the participant");
        return store.audited(entry, tx -> {
            actor.requireAnyRole(ConsentStore.CONSENT_STAFF, "read court orders");
            new Validator().requiredText("participantId", participantId, 36).throwIfInvalid();
            store.caseload.requireParticipant(actor, participantId, "read this participant's court orders", entry);
            ConsentMapper m = store.mapper(tx);
            List<CourtOrder> items = new ArrayList<>();
            for (CourtOrderRow r : m.orderPage(participantId, page.offset(), page.size())) {
                items.add(ConsentStore.toDto(r));
            }
            return new Page<>(items, page, m.orderCount(participantId));
        });
    }
}
