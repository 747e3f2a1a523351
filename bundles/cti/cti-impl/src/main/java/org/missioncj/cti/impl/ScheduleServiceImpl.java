package org.missioncj.cti.impl;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeMap;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.cti.api.CtiAccess;
import org.missioncj.cti.api.ScheduleService;
import org.missioncj.cti.api.dto.ContactSchedule;
import org.missioncj.cti.api.dto.DueContact;
import org.missioncj.cti.api.dto.OverdueParticipant;
import org.missioncj.cti.api.dto.Phase;
import org.missioncj.cti.api.dto.PhaseDistribution;
import org.missioncj.registry.api.CaseloadAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ScheduleService.class)
public class ScheduleServiceImpl implements ScheduleService {
    private final ModuleSupport module;
    private final CtiSettings settings;
    private final CaseloadAccess access;
    private final EnrollmentSync sync;

    @Activate
    public ScheduleServiceImpl(@Reference(target = CtiSettings.MODULE) ModuleSupport module,
            @Reference CtiSettings settings, @Reference CaseloadAccess access, @Reference EnrollmentSync sync) {
        this.module = module;
        this.settings = settings;
        this.access = access;
        this.sync = sync;
    }

    @Override
    public ContactSchedule schedule(Actor actor, String participantId) {
        AuditEntry entry = module.entry(actor, "READ", "schedule").resource(participantId)
                .participant(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, CtiAccess.GET_CONTACT_SCHEDULE, participantId, entry);
            CtiMapper m = tx.mapper(CtiMapper.class);
            List<CtiMapper.EnrollmentRow> open = m.openEnrollments(participantId);
            if (open.isEmpty() && sync.catchUp(participantId)) {
                // enrolled a moment ago: the registry's event has not reached CTI yet
                open = m.openEnrollments(participantId);
            }
            if (open.isEmpty()) {
                throw new NotFoundException("Participant " + participantId + " has no ENROLLED or ACTIVE enrollment, "
                        + "so there is no contact schedule.");
            }
            CtiMapper.EnrollmentRow e = open.get(0);
            return build(settings.plan(), e, m.due(e.enrollmentId), m.contactDays(e.enrollmentId), module.today());
        });
    }

    /** Marks each due contact DONE, MISSED, DUE or UPCOMING from the contact days. */
    static ContactSchedule build(PhasePlan plan, CtiMapper.EnrollmentRow e, List<DueContact> due, List<LocalDate> contactDays,
            LocalDate today) {
        ContactSchedule s = new ContactSchedule();
        s.participantId = e.participantId;
        s.enrollmentId = e.enrollmentId;
        s.teamId = e.teamId;
        s.anchorDate = e.anchor();
        s.today = today;
        List<Phase> phases = plan.phases(e.anchor(), e.programMonths);
        s.phases = phases;
        s.currentPhase = PhasePlan.phaseOn(phases, today);
        s.currentPhaseName = plan.name(s.currentPhase);
        int c = 0;
        for (DueContact d : due) {
            while (c < contactDays.size() && contactDays.get(c).isBefore(d.dueDate)) {
                c++;
            }
            int k = c;
            while (k < contactDays.size() && contactDays.get(k).isBefore(d.windowEnd)) {
                k++;
            }
            d.contacts = k - c;
            if (d.contacts > 0) {
                d.status = DueContact.Status.DONE;
            } else if (d.dueDate.isAfter(today)) {
                d.status = DueContact.Status.UPCOMING;
            } else if (!d.windowEnd.isAfter(today)) {
                d.status = DueContact.Status.MISSED;
            } else {
                d.status = DueContact.Status.DUE;
            }
            switch (d.status) {
                case DONE:
                    s.doneCount++;
                    break;
                case MISSED:
                    s.missedCount++;
                    break;
                case UPCOMING:
                    s.upcomingCount++;
                    break;
                default:
                    break;
            }
            if (!d.dueDate.isAfter(today)) {
                s.dueCount++;
            }
        }
        s.due = due;
        return s;
    }

    @Override
    public Page<OverdueParticipant> overdue(Actor actor, String teamId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "SEARCH", "overdue").resource(teamId);
        return module.audited(entry, tx -> {
            access.requireTeam(actor, CtiAccess.LIST_OVERDUE, teamId);
            CtiMapper m = tx.mapper(CtiMapper.class);
            LocalDate today = module.today();
            Page<OverdueParticipant> result = Page.read(page, () -> m.countOverdue(teamId, today),
                    () -> m.overdue(teamId, today, page.offset(), page.size()));
            for (OverdueParticipant o : result.items) {
                o.daysLate = (int) ChronoUnit.DAYS.between(o.windowEnd, today);
            }
            tx.record(AuditEntry.readsOf(actor, module.name(), "schedule", result.items, o -> o.participantId,
                    o -> o.participantId, "overdue list of team " + teamId));
            return result;
        });
    }

    @Override
    public PhaseDistribution phases(Actor actor, String site) {
        AuditEntry entry = module.entry(actor, "READ", "phase-distribution").resource(site);
        return module.audited(entry, tx -> {
            new Validator().requiredText("site", site, 64).throwIfInvalid();
            access.requireSite(actor, CtiAccess.GET_PHASE_DISTRIBUTION, site);
            LocalDate today = module.today();
            PhaseDistribution d = new PhaseDistribution();
            d.site = site;
            d.today = today;
            d.byPhase = new TreeMap<>();
            d.phaseNames = new TreeMap<>();
            for (int p = 0; p <= settings.plan().size() + 1; p++) {
                d.byPhase.put(p, 0);
                d.phaseNames.put(p, settings.plan().name(p));
            }
            for (CtiMapper.EnrollmentRow e : tx.mapper(CtiMapper.class).activeAtSite(site)) {
                int phase = PhasePlan.phaseOn(settings.plan().phases(e.anchor(), e.programMonths), today);
                d.byPhase.merge(phase, 1, Integer::sum);
                d.total++;
            }
            return d;
        });
    }

}
