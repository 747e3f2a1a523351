package org.missioncj.adapter.runtime;

import java.util.ArrayList;
import java.util.List;

import org.missioncj.adapter.api.AdapterAccess;
import org.missioncj.adapter.api.CourtCalendar;
import org.missioncj.adapter.api.dto.CourtEvent;
import org.missioncj.adapter.api.dto.Hearing;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.EnrollmentService;
import org.missioncj.registry.api.dto.EnrollmentSearch;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Hearings and custody and court events, per participant and for a team's caseload. */
@Component(service = CourtCalendar.class)
public class CourtCalendarImpl implements CourtCalendar {
    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final EnrollmentService enrollments;
    private final Actor system;

    @Activate
    public CourtCalendarImpl(@Reference(target = AdapterSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access, @Reference EnrollmentService enrollments) {
        this.module = module;
        this.access = access;
        this.enrollments = enrollments;
        this.system = Actor.system(module.name());
    }

    @Override
    public Page<Hearing> hearings(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", "hearing").participant(participantId).detail("hearing list");
        return module.audited(entry, tx -> {
            access.require(actor, AdapterAccess.LIST_HEARINGS, participantId, entry);
            AdapterMapper m = tx.mapper(AdapterMapper.class);
            return Page.read(page, () -> m.countHearings(participantId),
                    () -> m.hearings(participantId, page.offset(), page.size()));
        });
    }

    @Override
    public Page<Hearing> upcoming(Actor actor, String teamId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "SEARCH", "hearing").detail("upcoming hearings of team " + teamId);
        return module.audited(entry, tx -> {
            access.requireTeam(actor, AdapterAccess.LIST_TEAM_HEARINGS, teamId);
            // the team's caseload (at most a few dozen): the participants its staff may open
            EnrollmentSearch q = new EnrollmentSearch();
            q.teamId = teamId;
            List<String> caseload = new ArrayList<>();
            Page.each(p -> enrollments.list(system, q, p), e -> {
                if (EnrollmentStatus.OPEN.contains(e.status) && !caseload.contains(e.participantId)) {
                    caseload.add(e.participantId);
                }
            });
            if (caseload.isEmpty()) {
                return new Page<>(List.of(), page, 0);
            }
            AdapterMapper m = tx.mapper(AdapterMapper.class);
            Page<Hearing> result = Page.read(page, () -> m.countUpcoming(caseload, module.now()),
                    () -> m.upcoming(caseload, module.now(), page.offset(), page.size()));
            tx.record(AuditEntry.readsOf(actor, module.name(), "hearing", result.items, h -> h.id, h -> h.participantId,
                    "upcoming hearings of team " + teamId));
            return result;
        });
    }

    @Override
    public Page<CourtEvent> events(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", "court-event").participant(participantId)
                .detail("custody and court events");
        return module.audited(entry, tx -> {
            access.require(actor, AdapterAccess.LIST_COURT_EVENTS, participantId, entry);
            AdapterMapper m = tx.mapper(AdapterMapper.class);
            return Page.read(page, () -> m.countEvents(participantId),
                    () -> m.events(participantId, page.offset(), page.size()));
        });
    }
}
