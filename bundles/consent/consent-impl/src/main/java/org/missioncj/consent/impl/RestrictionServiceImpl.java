package org.missioncj.consent.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.missioncj.consent.api.RestrictionService;
import org.missioncj.consent.api.dto.ConsentEnd;
import org.missioncj.consent.api.dto.ConsentRestriction;
import org.missioncj.consent.api.dto.RecipientClass;
import org.missioncj.consent.api.dto.RestrictionDecision;
import org.missioncj.consent.impl.ConsentMapper.RestrictionRow;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Requests to restrict disclosures (§2.26), for the participant's team; the gate honours the agreed ones. */
@Component(service = RestrictionService.class)
public class RestrictionServiceImpl implements RestrictionService {
    private static final String RESOURCE = "restriction";

    private final ConsentStore store;

    @Activate
    public RestrictionServiceImpl(@Reference ConsentStore store) {
        this.store = store;
    }

    @Override
    public ConsentRestriction create(Actor actor, ConsentRestriction input) {
        AuditEntry entry = AuditEntry.of(actor, ConsentStore.COMPONENT, "CREATE", RESOURCE);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(ConsentStore.CONSENT_STAFF, "record requests to restrict disclosures");
            if (input == null || input.participantId == null || input.participantId.isBlank()) {
                new Validator().required("participantId", null).throwIfInvalid();
            }
            entry.participant(input.participantId);
            store.caseload.requireParticipant(actor, input.participantId, "record this participant's requests", entry);
            Validator v = new Validator()
                    .maxLength("recipientName", input.recipientName, 200)
                    .check(input.recipientName == null || input.recipientName.isBlank() || input.recipientClass != null,
                            "recipientClass", "is required when a recipient is named")
                    .maxLength("description", input.description, 1000)
                    .required("requestedOn", input.requestedOn)
                    .notInFuture("requestedOn", input.requestedOn, store.today())
                    .required("decision", input.decision)
                    .maxLength("decisionNote", input.decisionNote, 500)
                    .check(input.decision != RestrictionDecision.DECLINED || !ConsentServiceImpl.isBlank(input.decisionNote),
                            "decisionNote", "is required when the program declines: the reason the participant is told");
            boolean owed = Boolean.TRUE.equals(input.paidOutOfPocket) && input.recipientClass == RecipientClass.HEALTH_PLAN;
            v.check(!owed || input.decision == RestrictionDecision.AGREED, "decision",
                    "must be AGREED: a restriction of disclosures to a health plan of care paid for in full out of pocket "
                            + "must be honoured (§2.26(a)(6))");
            ConsentStore.categories(v, "categories", input.categories);
            v.throwIfInvalid();
            RestrictionRow r = new RestrictionRow();
            r.id = UUID.randomUUID().toString();
            r.participantId = input.participantId;
            r.categories = ConsentStore.join(input.categories);
            r.recipientClass = input.recipientClass == null ? null : input.recipientClass.name();
            r.recipientName = ConsentServiceImpl.blankToNull(input.recipientName);
            r.purpose = input.purpose == null ? null : input.purpose.name();
            r.description = ConsentServiceImpl.blankToNull(input.description);
            r.requestedOn = input.requestedOn;
            r.paidOutOfPocket = Boolean.TRUE.equals(input.paidOutOfPocket) ? 1 : 0;
            r.decision = input.decision.name();
            r.decisionNote = ConsentServiceImpl.blankToNull(input.decisionNote);
            r.createdAt = store.now();
            r.createdBy = actor.username();
            r.updatedAt = r.createdAt;
            r.updatedBy = r.createdBy;
            entry.resource(r.id).detail(r.decision + ": " + r.categories + " to "
                    + (r.recipientClass == null ? "every recipient" : ConsentRules.describe(input.recipientClass, r.recipientName))
                    + (r.purpose == null ? "" : " for " + r.purpose));
            ConsentMapper m = store.mapper(tx);
            m.insertRestriction(r);
            return store.toDto(m.restriction(r.id));
        });
    }

    @Override
    public ConsentRestriction get(Actor actor, String id) {
        AuditEntry entry = AuditEntry.of(actor, ConsentStore.COMPONENT, "READ", RESOURCE).resource(id);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(ConsentStore.CONSENT_STAFF, "read requests to restrict disclosures");
            RestrictionRow r = find(store.mapper(tx), actor, id, "read this request");
            entry.participant(r.participantId);
            store.caseload.requireRecord(actor, RESOURCE, id, r.participantId, "read this request", entry);
            return store.toDto(r);
        });
    }

    @Override
    public Page<ConsentRestriction> list(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = AuditEntry.of(actor, ConsentStore.COMPONENT, "READ", RESOURCE).participant(participantId)
                .detail("requests to restrict disclosures");
        return store.audited(entry, tx -> {
            actor.requireAnyRole(ConsentStore.CONSENT_STAFF, "read requests to restrict disclosures");
            new Validator().requiredText("participantId", participantId, 36).throwIfInvalid();
            store.caseload.requireParticipant(actor, participantId, "read this participant's requests", entry);
            ConsentMapper m = store.mapper(tx);
            List<ConsentRestriction> items = new ArrayList<>();
            for (RestrictionRow r : m.restrictionPage(participantId, page.offset(), page.size())) {
                items.add(store.toDto(r));
            }
            return new Page<>(items, page, m.restrictionCount(participantId));
        });
    }

    @Override
    public ConsentRestriction end(Actor actor, String id, ConsentEnd end) {
        AuditEntry entry = AuditEntry.of(actor, ConsentStore.COMPONENT, "UPDATE", RESOURCE).resource(id);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(ConsentStore.CONSENT_STAFF, "end restrictions");
            ConsentMapper m = store.mapper(tx);
            RestrictionRow r = find(m, actor, id, "end this restriction");
            entry.participant(r.participantId);
            store.caseload.requireRecord(actor, RESOURCE, id, r.participantId, "end this restriction", entry);
            ConsentEnd e = end == null ? new ConsentEnd() : end;
            new Validator().required("occurredOn", e.occurredOn)
                    .notInFuture("occurredOn", e.occurredOn, store.today())
                    .check(e.occurredOn == null || !e.occurredOn.isBefore(r.requestedOn), "occurredOn",
                            "must not be before the request (" + r.requestedOn + ")")
                    .maxLength("note", e.note, 500)
                    .throwIfInvalid();
            if (!RestrictionDecision.AGREED.name().equals(r.decision)) {
                throw new ConflictException("Restriction " + id + " was declined: there is nothing to end.");
            }
            if (m.endRestriction(id, e.occurredOn, ConsentServiceImpl.blankToNull(e.note), actor.username(), store.now()) == 0) {
                throw new ConflictException("Restriction " + id + " ended already, on " + r.endedOn + ".");
            }
            entry.detail("lifted from " + e.occurredOn);
            return store.toDto(m.restriction(id));
        });
    }

    private RestrictionRow find(ConsentMapper m, Actor actor, String id, String action) {
        RestrictionRow r = id == null || id.length() > 64 ? null : m.restriction(id);
        if (r == null) {
            throw store.caseload.unknown(actor, RESOURCE, id, action);
        }
        return r;
    }
}
