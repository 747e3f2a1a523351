package org.missioncj.registry.impl;

import java.time.LocalDate;
import java.util.List;

import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.spi.InformationCategory;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.core.spi.ReportSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The registry's part of a court progress report: who the participant is, their enrollment and the
 * milestones (status changes) of the period. Status reasons stay out: they are free text that may say
 * more than the court needs.
 */
@Component(service = ReportSection.class)
public class EnrollmentReportSection implements ReportSection {
    private final ModuleSupport module;

    @Activate
    public EnrollmentReportSection(@Reference(target = RegistrySettings.MODULE) ModuleSupport module) {
        this.module = module;
    }

    @Override
    public String id() {
        return "registry.enrollment";
    }

    @Override
    public String title() {
        return "Participant and enrollment";
    }

    @Override
    public InformationCategory category() {
        return InformationCategory.ENROLLMENT;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public ReportContent render(String participantId, LocalDate from, LocalDate to) {
        return module.work(tx -> {
            ReportMapper m = tx.mapper(ReportMapper.class);
            ReportContent c = new ReportContent();
            ReportMapper.Person p = m.person(participantId);
            if (p == null) {
                return c.summary("The participant is not in the registry.");
            }
            c.fact("Name", p.givenName + " " + p.familyName).fact("Date of birth", p.dateOfBirth);
            List<ReportMapper.EnrollmentRow> enrollments = m.enrollments(participantId, to);
            if (enrollments.isEmpty()) {
                return c.summary("Not enrolled in MISSION-CJ during the period.");
            }
            ReportMapper.EnrollmentRow e = enrollments.get(0);
            ReportMapper.Milestone asOf = statusOn(m.history(e.id), to);
            c.fact("Enrollment", e.programMonths + " months, started " + e.startDate + " (" + words(e.startSetting) + ")")
                    .fact("Expected end", e.expectedEndDate)
                    .fact("Status at the end of the period", asOf == null ? "" : words(asOf.toStatus) + " since "
                            + (asOf.effectiveDate.isAfter(to) ? e.startDate : asOf.effectiveDate));
            c.columns("Date", "Milestone");
            for (ReportMapper.Milestone ms : m.milestones(e.id, from, to)) {
                c.row(ms.effectiveDate, milestone(ms));
            }
            return c.summary(c.rows.isEmpty()
                    ? "Enrolled; no change of status during the period."
                    : c.rows.size() + " change" + (c.rows.size() == 1 ? "" : "s") + " of status during the period.");
        });
    }

    /**
     * The status in force on the day: the last change effective by then. An enrollment recorded after
     * the day (its start backdated) was in its first status from its start.
     */
    static ReportMapper.Milestone statusOn(List<ReportMapper.Milestone> history, LocalDate day) {
        ReportMapper.Milestone in = null;
        for (ReportMapper.Milestone ms : history) {
            if (!ms.effectiveDate.isAfter(day)) {
                in = ms;
            }
        }
        return in != null || history.isEmpty() ? in : history.get(0);
    }

    private static String milestone(ReportMapper.Milestone ms) {
        switch (ms.toStatus) {
            case "COMPLETED":
                return "Completed the program (graduation)";
            case "DISCHARGED":
                return "Discharged from the program";
            case "WITHDRAWN":
                return "Withdrew from the program";
            default:
                return ms.fromStatus == null ? "Referred or enrolled: " + words(ms.toStatus) : words(ms.fromStatus) + " to "
                        + words(ms.toStatus);
        }
    }

    static String words(String code) {
        if (code == null) {
            return "";
        }
        String s = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
