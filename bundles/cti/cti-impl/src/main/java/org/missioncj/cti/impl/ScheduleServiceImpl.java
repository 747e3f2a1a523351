package org.missioncj.cti.impl;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeMap;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.cti.api.ScheduleService;
import org.missioncj.cti.api.dto.ContactSchedule;
import org.missioncj.cti.api.dto.DueContact;
import org.missioncj.cti.api.dto.OverdueParticipant;
import org.missioncj.cti.api.dto.Phase;
import org.missioncj.cti.api.dto.PhaseDistribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ScheduleService.class)
public class ScheduleServiceImpl implements ScheduleService {
    private final CtiStore store;
    private final TeamAccess access;

    @Activate
    public ScheduleServiceImpl(@Reference CtiStore store, @Reference TeamAccess access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public ContactSchedule schedule(Actor actor, String participantId) {
        AuditEntry entry = AuditEntry.of(actor, CtiStore.COMPONENT, "READ", "schedule").resource(participantId)
                .participant(participantId);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(Role.CLINICAL_STAFF, "read contact schedules");
            access.requireParticipant(actor, participantId, "read this participant's schedule", entry);
            CtiMapper m = store.mapper(tx);
            List<CtiMapper.EnrollmentRow> open = m.openEnrollments(participantId);
            if (open.isEmpty()) {
                throw new NotFoundException("Participant " + participantId + " has no ENROLLED or ACTIVE enrollment, "
                        + "so there is no contact schedule.");
            }
            CtiMapper.EnrollmentRow e = open.get(0);
            return build(store.plan, e, m.due(e.enrollmentId), m.contactDays(e.enrollmentId), store.today());
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
        AuditEntry entry = AuditEntry.of(actor, CtiStore.COMPONENT, "SEARCH", "overdue").resource(teamId);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(Role.CLINICAL_STAFF, "read overdue lists");
            access.requireTeam(actor, teamId, "read this team's overdue list");
            CtiMapper m = store.mapper(tx);
            LocalDate today = store.today();
            long total = m.countOverdue(teamId, today);
            List<OverdueParticipant> items = m.overdue(teamId, today, page.offset(), page.size());
            for (OverdueParticipant o : items) {
                o.daysLate = (int) ChronoUnit.DAYS.between(o.windowEnd, today);
            }
            store.audit.recordAll(AuditEntry.readsOf(actor, CtiStore.COMPONENT, "schedule", items, o -> o.participantId,
                    o -> o.participantId, "overdue list of team " + teamId));
            return new Page<>(items, page, total);
        });
    }

    @Override
    public PhaseDistribution phases(Actor actor, String site) {
        AuditEntry entry = AuditEntry.of(actor, CtiStore.COMPONENT, "READ", "phase-distribution").resource(site);
        return store.audited(entry, tx -> {
            access.requireSite(actor, site, "see the phase distribution");
            LocalDate today = store.today();
            PhaseDistribution d = new PhaseDistribution();
            d.site = site;
            d.today = today;
            d.byPhase = new TreeMap<>();
            d.phaseNames = new TreeMap<>();
            for (int p = 0; p <= store.plan.size() + 1; p++) {
                d.byPhase.put(p, 0);
                d.phaseNames.put(p, store.plan.name(p));
            }
            for (CtiMapper.EnrollmentRow e : store.mapper(tx).activeAtSite(site)) {
                int phase = PhasePlan.phaseOn(store.plan.phases(e.anchor(), e.programMonths), today);
                d.byPhase.merge(phase, 1, Integer::sum);
                d.total++;
            }
            return d;
        });
    }

}
