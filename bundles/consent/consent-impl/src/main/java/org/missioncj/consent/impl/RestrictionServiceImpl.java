package org.missioncj.consent.impl;

import java.util.UUID;

import org.missioncj.consent.api.ConsentAccess;
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
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.registry.api.CaseloadAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Requests to restrict disclosures (§2.26), for the participant's team; the gate honours the agreed ones. */
@Component(service = RestrictionService.class)
public class RestrictionServiceImpl implements RestrictionService {
    private static final String RESOURCE = "restriction";

    private final ModuleSupport module;
    private final ConsentSettings settings;
    private final CaseloadAccess access;
    private final ConsentRows rows;

    @Activate
    public RestrictionServiceImpl(@Reference(target = ConsentSettings.MODULE) ModuleSupport module,
            @Reference ConsentSettings settings, @Reference CaseloadAccess access) {
        this.module = module;
        this.settings = settings;
        this.access = access;
        this.rows = new ConsentRows(module::today);
    }

    @Override
    public ConsentRestriction create(Actor actor, ConsentRestriction input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE);
        return module.audited(entry, tx -> {
            ConsentAccess.CREATE_RESTRICTION.requireRole(actor);
            if (input == null) {
                new Validator().required("$", null).throwIfInvalid();
            }
            entry.participant(input.participantId);
            access.require(actor, ConsentAccess.CREATE_RESTRICTION, input.participantId, entry);
            Validator v = new Validator()
                    .maxLength("recipientName", input.recipientName, 200)
                    .check(Validator.isBlank(input.recipientName) || input.recipientClass != null,
                            "recipientClass", "is required when a recipient is named")
                    .maxLength("description", input.description, 1000)
                    .required("requestedOn", input.requestedOn)
                    .notInFuture("requestedOn", input.requestedOn, module.today())
                    .required("decision", input.decision)
                    .maxLength("decisionNote", input.decisionNote, 500)
                    .check(input.decision != RestrictionDecision.DECLINED || !ConsentServiceImpl.isBlank(input.decisionNote),
                            "decisionNote", "is required when the program declines: the reason the participant is told");
            boolean owed = Boolean.TRUE.equals(input.paidOutOfPocket) && input.recipientClass == RecipientClass.HEALTH_PLAN;
            v.check(!owed || input.decision == RestrictionDecision.AGREED, "decision",
                    "must be AGREED: a restriction of disclosures to a health plan of care paid for in full out of pocket "
                            + "must be honoured (§2.26(a)(6))");
            ConsentRows.categories(v, "categories", input.categories);
            v.throwIfInvalid();
            RestrictionRow r = new RestrictionRow();
            r.id = UUID.randomUUID().toString();
            r.participantId = input.participantId;
            r.categories = ConsentRows.join(input.categories);
            r.recipientClass = input.recipientClass == null ? null : input.recipientClass.name();
            r.recipientName = ConsentServiceImpl.blankToNull(input.recipientName);
            r.purpose = input.purpose == null ? null : input.purpose.name();
            r.description = ConsentServiceImpl.blankToNull(input.description);
            r.requestedOn = input.requestedOn;
            r.paidOutOfPocket = Boolean.TRUE.equals(input.paidOutOfPocket) ? 1 : 0;
            r.decision = input.decision.name();
            r.decisionNote = ConsentServiceImpl.blankToNull(input.decisionNote);
            r.createdAt = module.now();
            r.createdBy = actor.username();
            r.updatedAt = r.createdAt;
            r.updatedBy = r.createdBy;
            entry.resource(r.id).detail(r.decision + ": " + r.categories + " to "
                    + (r.recipientClass == null ? "every recipient" : ConsentRules.describe(input.recipientClass, r.recipientName))
                    + (r.purpose == null ? "" : " for " + r.purpose));
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            m.insertRestriction(r);
            return rows.toDto(m.restriction(r.id));
        });
    }

    @Override
    public ConsentRestriction get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> rows.toDto(access.requireFound(actor, ConsentAccess.GET_RESTRICTION, RESOURCE, id,
                tx.mapper(ConsentMapper.class)::restriction, r -> r.participantId, entry)));
    }

    @Override
    public Page<ConsentRestriction> list(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId)
                .detail("requests to restrict disclosures");
        return module.audited(entry, tx -> {
            access.require(actor, ConsentAccess.LIST_RESTRICTIONS, participantId, entry);
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            return Page.read(page, () -> m.restrictionCount(participantId),
                    () -> m.restrictionPage(participantId, page.offset(), page.size())).map(rows::toDto);
        });
    }

    @Override
    public ConsentRestriction end(Actor actor, String id, ConsentEnd end) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            ConsentMapper m = tx.mapper(ConsentMapper.class);
            RestrictionRow r = access.requireFound(actor, ConsentAccess.END_RESTRICTION, RESOURCE, id, m::restriction,
                    x -> x.participantId, entry);
            ConsentEnd e = end == null ? new ConsentEnd() : end;
            new Validator().required("occurredOn", e.occurredOn)
                    .notInFuture("occurredOn", e.occurredOn, module.today())
                    .check(e.occurredOn == null || !e.occurredOn.isBefore(r.requestedOn), "occurredOn",
                            "must not be before the request (" + r.requestedOn + ")")
                    .maxLength("note", e.note, 500)
                    .throwIfInvalid();
            if (!RestrictionDecision.AGREED.name().equals(r.decision)) {
                throw new ConflictException("Restriction " + id + " was declined: there is nothing to end.");
            }
            if (m.endRestriction(id, e.occurredOn, ConsentServiceImpl.blankToNull(e.note), actor.username(), module.now()) == 0) {
                throw new ConflictException("Restriction " + id + " ended already, on " + r.endedOn + ".");
            }
            entry.detail("lifted from " + e.occurredOn);
            return rows.toDto(m.restriction(id));
        });
    }

}
