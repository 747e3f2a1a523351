package org.missioncj.vocational.impl;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.vocational.api.EducationService;
import org.missioncj.vocational.api.VocationalAccess;
import org.missioncj.vocational.api.VocationalEvents;
import org.missioncj.vocational.api.dto.EducationEnrollment;
import org.missioncj.vocational.api.dto.EducationStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = EducationService.class)
public class EducationServiceImpl implements EducationService {
    static final String RESOURCE = "education-enrollment";

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final VocationalEnrollments enrollments;

    @Activate
    public EducationServiceImpl(@Reference(target = VocationalSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access, @Reference VocationalEnrollments enrollments) {
        this.module = module;
        this.access = access;
        this.enrollments = enrollments;
    }

    @Override
    public EducationEnrollment create(Actor actor, String participantId, EducationEnrollment input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE).participant(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, VocationalAccess.CREATE_EDUCATION, participantId, entry);
            EducationEnrollment e = valid(input);
            e.id = UUID.randomUUID().toString();
            e.version = 1;
            e.participantId = participantId;
            e.updatedAt = module.now();
            e.updatedBy = actor.username();
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            m.insertEducation(e);
            entry.resource(e.id).detail(e.kind + " " + e.status);
            if (e.status == EducationStatus.COMPLETED) {
                completed(tx, m, actor, e);
            }
            return m.education(e.id);
        });
    }

    @Override
    public EducationEnrollment get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> access.requireFound(actor, VocationalAccess.GET_EDUCATION, RESOURCE, id,
                tx.mapper(VocationalMapper.class)::education, e -> e.participantId, entry));
    }

    @Override
    public EducationEnrollment update(Actor actor, String id, long expectedVersion, EducationEnrollment input) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            EducationEnrollment stored = access.requireFound(actor, VocationalAccess.UPDATE_EDUCATION, RESOURCE, id,
                    m::education, e -> e.participantId, entry);
            PreconditionRequiredException.requireVersion(expectedVersion);
            new Validator().check(input == null || input.participantId == null
                    || input.participantId.equals(stored.participantId), "participantId", "cannot change")
                    .throwIfInvalid();
            EducationEnrollment e = valid(input);
            if (stored.status == EducationStatus.COMPLETED && e.status != EducationStatus.COMPLETED) {
                // a completion was reported (EDUCATION_COMPLETED): it stays one, and its date can still be corrected
                throw new org.missioncj.core.api.UnprocessableException("status: the enrollment was completed on " + stored.completedOn
                        + "; a completion stays completed (correct completedOn if the date was wrong).",
                        java.util.List.of(new org.missioncj.core.api.FieldError("status", "cannot go back from COMPLETED")));
            }
            e.id = id;
            e.participantId = stored.participantId;
            e.updatedAt = module.now();
            e.updatedBy = actor.username();
            if (m.updateEducation(e, expectedVersion) == 0) {
                throw PreconditionFailedException.stale("education enrollment", id, expectedVersion, stored.version);
            }
            entry.detail(stored.status + " -> " + e.status);
            if (e.status == EducationStatus.COMPLETED && stored.status != EducationStatus.COMPLETED) {
                completed(tx, m, actor, e);
            }
            return m.education(id);
        });
    }

    @Override
    public Page<EducationEnrollment> list(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId).detail("education list");
        return module.audited(entry, tx -> {
            access.require(actor, VocationalAccess.LIST_EDUCATION, participantId, entry);
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            return Page.read(page, () -> m.countEducation(participantId),
                    () -> m.educations(participantId, page.offset(), page.size()));
        });
    }

    private void completed(Tx tx, VocationalMapper m, Actor actor, EducationEnrollment e) {
        Map<String, Object> props = new HashMap<>();
        props.put(VocationalEvents.PROP_PARTICIPANT_ID, e.participantId);
        props.put(VocationalEvents.PROP_EDUCATION_ID, e.id);
        props.put(VocationalEvents.PROP_KIND, e.kind.name());
        props.put(VocationalEvents.PROP_COMPLETED_ON, e.completedOn.toString());
        props.put(VocationalEvents.PROP_ACTOR, actor.username());
        VocationalRows.placed(props, enrollments.placing(m, e.participantId));
        tx.post(VocationalEvents.EDUCATION_COMPLETED, props);
    }

    /** The input checked and copied: 400 for fields, 422 for days in the future or out of order. */
    private EducationEnrollment valid(EducationEnrollment input) {
        Validator v = new Validator();
        if (input == null) {
            v.required("$", null).throwIfInvalid();
        }
        EducationStatus status = input.status == null ? EducationStatus.ENROLLED : input.status;
        v.requiredText("programName", input.programName, 200)
                .required("kind", input.kind)
                .required("enrolledOn", input.enrolledOn)
                .check(status != EducationStatus.COMPLETED || input.completedOn != null, "completedOn",
                        "is required for a COMPLETED enrollment")
                .check(status == EducationStatus.COMPLETED || input.completedOn == null, "completedOn",
                        "only for a COMPLETED enrollment")
                .throwIfInvalid();
        VocationalRows.pastDay("enrolledOn", input.enrolledOn, module.today());
        VocationalRows.pastDay("completedOn", input.completedOn, module.today());
        VocationalRows.notBefore("completedOn", input.completedOn, "enrolledOn", input.enrolledOn);
        EducationEnrollment e = new EducationEnrollment();
        e.programName = input.programName.trim();
        e.kind = input.kind;
        e.enrolledOn = input.enrolledOn;
        e.completedOn = input.completedOn;
        e.status = status;
        return e;
    }
}
