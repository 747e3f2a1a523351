package org.missioncj.drt.impl;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.spi.InformationCategory;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.core.spi.ReportSection;
import org.missioncj.curriculum.api.CatalogService;
import org.missioncj.curriculum.api.dto.Curriculum;
import org.missioncj.drt.api.DrtCategories;
import org.missioncj.drt.api.dto.Attendance;
import org.missioncj.drt.api.dto.DrtProgress;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * DRT's part of a court progress report: how many sessions were held in the period by attendance, sessions
 * done of the catalog at the period's end and the day of the last one. Counts and dates only: never which
 * session (its topic), the homework or anything said.
 */
@Component(service = ReportSection.class)
public class DrtReportSection implements ReportSection {
    private static final Map<Attendance, String> LABELS = new EnumMap<>(Map.of(Attendance.ATTENDED, "Attended",
            Attendance.PARTLY, "Partly attended", Attendance.NO_SHOW, "Did not attend", Attendance.CANCELLED, "Cancelled"));

    private final ModuleSupport module;
    private final CatalogService catalog;
    private final Actor system;

    @Activate
    public DrtReportSection(@Reference(target = DrtSettings.MODULE) ModuleSupport module,
            @Reference CatalogService catalog) {
        this.module = module;
        this.catalog = catalog;
        this.system = Actor.system(module.name());
    }

    @Override
    public String id() {
        return "drt.progress";
    }

    @Override
    public String title() {
        return "Dual Recovery Therapy";
    }

    @Override
    public InformationCategory category() {
        return DrtCategories.DRT_PROGRESS;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public ReportContent render(String participantId, LocalDate from, LocalDate to) {
        return module.work(tx -> {
            DrtMapper m = tx.mapper(DrtMapper.class);
            ReportContent c = new ReportContent();
            Map<Attendance, Long> held = new EnumMap<>(Attendance.class);
            for (Attendance a : Attendance.values()) {
                held.put(a, 0L);
            }
            long recorded = 0;
            for (DrtMapper.AttendanceCount n : m.attendanceBetween(participantId, from, to)) {
                held.put(n.attendance, n.sessions);
                recorded += n.sessions;
            }
            // progress as it stood at the end of the period: nothing after it counts
            EnrollmentFact e = m.enrollmentStartedBy(participantId, to);
            if (e == null && recorded == 0) {
                return c.summary("No Dual Recovery Therapy during the period.");
            }
            LocalDate asOf = to.isBefore(module.today()) ? to : module.today();
            c.fact("Sessions recorded in the period", recorded);
            DrtProgress p = null;
            if (e != null) {
                CatalogProgress counted = new CatalogProgress(catalog.current(system, Curriculum.DRT));
                p = counted.of(List.of(m.progress(e.enrollmentId, counted.bits(), asOf)), m, asOf, asOf).get(0);
                c.fact("Sessions done at the end of the period", p.sessionsDone + " of " + p.sessionsTotal);
                c.fact("Last session attended", p.lastSessionDate == null ? "None" : p.lastSessionDate.toString());
            }
            c.columns("Attendance", "Sessions in the period");
            for (Attendance a : Attendance.values()) {
                c.row(LABELS.get(a), held.get(a));
            }
            long delivered = held.get(Attendance.ATTENDED) + held.get(Attendance.PARTLY);
            return c.summary(delivered + " DRT session" + (delivered == 1 ? "" : "s") + " attended in the period"
                    + (p == null ? "." : "; " + p.sessionsDone + " of " + p.sessionsTotal + " done by " + asOf + "."));
        });
    }
}
