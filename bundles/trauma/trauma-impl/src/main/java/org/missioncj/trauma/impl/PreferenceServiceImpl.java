package org.missioncj.trauma.impl;

import java.util.List;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.missioncj.trauma.api.PreferenceService;
import org.missioncj.trauma.api.TraumaAccess;
import org.missioncj.trauma.api.dto.TraumaPreferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PreferenceService.class)
public class PreferenceServiceImpl implements PreferenceService {
    static final String RESOURCE = "trauma-preferences";

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final TraumaEnrollments enrollments;

    @Activate
    public PreferenceServiceImpl(@Reference(target = TraumaSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access, @Reference TraumaEnrollments enrollments) {
        this.module = module;
        this.access = access;
        this.enrollments = enrollments;
    }

    @Override
    public TraumaPreferences get(Actor actor, String participantId) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId).resource(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, TraumaAccess.GET_PREFERENCES, participantId, entry);
            TraumaPreferences p = tx.mapper(TraumaMapper.class).preferences(participantId);
            if (p == null) {
                throw new NotFoundException("No trauma-informed preferences are recorded for participant " + participantId
                        + ".");
            }
            return p;
        });
    }

    @Override
    public TraumaPreferences set(Actor actor, String participantId, long expectedVersion, TraumaPreferences input) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).participant(participantId).resource(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, TraumaAccess.SET_PREFERENCES, participantId, entry);
            TraumaMapper m = tx.mapper(TraumaMapper.class);
            TraumaPreferences stored = m.preferences(participantId);
            if (stored != null) {
                PreconditionRequiredException.requireVersion(expectedVersion);
            }
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.maxLength("knownTriggers", input.knownTriggers, 1000)
                    .maxLength("preferredSetting", input.preferredSetting, 500)
                    .maxLength("crisisHelp", input.crisisHelp, 1000)
                    .throwIfInvalid();
            // the team's alone: a participant at intake, on no caseload, has no team to keep them for
            List<EnrollmentFact> open = m.openEnrollments(participantId);
            if (open.isEmpty() && enrollments.catchUp(participantId)) {
                open = m.openEnrollments(participantId);
            }
            if (open.isEmpty()) {
                throw new UnprocessableException("Participant " + participantId + " has no ENROLLED or ACTIVE enrollment: "
                        + "trauma-informed preferences are kept for their team, and they have none yet.");
            }
            TraumaPreferences p = new TraumaPreferences();
            p.participantId = participantId;
            p.version = 1;
            p.preferredStaffGender = input.preferredStaffGender;
            p.knownTriggers = trimmed(input.knownTriggers);
            p.preferredSetting = trimmed(input.preferredSetting);
            p.crisisHelp = trimmed(input.crisisHelp);
            p.updatedAt = module.now();
            p.updatedBy = actor.username();
            if (stored == null) {
                if (expectedVersion != PreconditionRequiredException.MISSING_VERSION) {
                    throw new PreconditionFailedException("No trauma-informed preferences are recorded for participant "
                            + participantId + " yet: record them without If-Match.");
                }
                m.insertPreferences(p);
            } else if (m.updatePreferences(p, expectedVersion) == 0) {
                throw PreconditionFailedException.stale("trauma-informed preferences", participantId, expectedVersion,
                        stored.version);
            }
            return m.preferences(participantId);
        });
    }

    private static String trimmed(String text) {
        return Validator.isBlank(text) ? null : text.trim();
    }
}
