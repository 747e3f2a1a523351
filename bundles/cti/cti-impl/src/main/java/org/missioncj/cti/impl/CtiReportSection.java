package org.missioncj.cti.impl;

import java.time.LocalDate;
import java.util.List;

import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.spi.InformationCategory;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.core.spi.ReportSection;
import org.missioncj.cti.api.dto.ContactSchedule;
import org.missioncj.cti.api.dto.DueContact;
import org.missioncj.cti.api.dto.Phase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * CTI's part of a court progress report: the phase the participant is in and the contacts made
 * against those due in the period, per phase. Contact notes stay out.
 */
@Component(service = ReportSection.class)
public class CtiReportSection implements ReportSection {
    private final ModuleSupport module;
    private final CtiSettings settings;

    @Activate
    public CtiReportSection(@Reference(target = CtiSettings.MODULE) ModuleSupport module, @Reference CtiSettings settings) {
        this.module = module;
        this.settings = settings;
    }

    @Override
    public String id() {
        return "cti.contacts";
    }

    @Override
    public String title() {
        return "Case management (Critical Time Intervention)";
    }

    @Override
    public InformationCategory category() {
        return InformationCategory.CASE_MANAGEMENT;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public ReportContent render(String participantId, LocalDate from, LocalDate to) {
        return module.work(tx -> {
            CtiMapper m = tx.mapper(CtiMapper.class);
            ReportContent c = new ReportContent();
            // the enrollment and adherence as they stood at the end of the period: nothing after it counts
            CtiMapper.EnrollmentRow e = m.enrollmentStartedBy(participantId, to);
            if (e == null) {
                return c.summary("No CTI contact schedule during the period.");
            }
            LocalDate asOf = to.isBefore(module.today()) ? to : module.today();
            ContactSchedule s = ScheduleServiceImpl.build(settings.plan(), e, m.due(e.enrollmentId),
                    m.contactDaysUntil(e.enrollmentId, asOf), asOf);
            List<Phase> phases = s.phases;
            int phase = s.currentPhase;
            c.fact("Phase at the end of the period",
                    phase == 0 ? "Not started" : phase > phases.size() ? "Plan completed" : phase + ": " + s.currentPhaseName);
            int due = 0;
            int done = 0;
            int missed = 0;
            int open = 0;
            int[][] perPhase = new int[phases.size() + 1][3];
            for (DueContact d : s.due) {
                if (d.dueDate.isBefore(from) || d.dueDate.isAfter(to)) {
                    continue;
                }
                due++;
                int p = Math.min(Math.max(d.phase, 0), phases.size());
                perPhase[p][0]++;
                if (d.status == DueContact.Status.DONE) {
                    done++;
                    perPhase[p][1]++;
                } else if (d.status == DueContact.Status.MISSED) {
                    missed++;
                    perPhase[p][2]++;
                } else {
                    open++;
                }
            }
            c.fact("Contacts due in the period", due).fact("Made", done).fact("Missed", missed);
            if (open > 0) {
                c.fact("Window still open at the end of the period", open);
            }
            c.fact("Contacts logged in the period", m.countContacts(participantId, from, to));
            c.columns("Phase", "Due", "Made", "Missed");
            for (int p = 1; p <= phases.size(); p++) {
                if (perPhase[p][0] > 0) {
                    c.row(p + ": " + phases.get(p - 1).name, perPhase[p][0], perPhase[p][1], perPhase[p][2]);
                }
            }
            return c.summary(due == 0 ? "No contact was due in the period."
                    : done + " of " + due + " due contacts made in the period.");
        });
    }
}
