package org.missioncj.vocational.impl;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.spi.InformationCategory;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.core.spi.ReportSection;
import org.missioncj.vocational.api.VocationalCategories;
import org.missioncj.vocational.api.dto.EmploymentDays;
import org.missioncj.vocational.api.dto.EmploymentPeriod;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The vocational module's part of a court progress report: the employment status at the period's end and since when,
 * the days employed in the period, and the education completed in it (kind and date). Statuses, dates and counts
 * only: never a note, a goal, an employer, an opening or a wage.
 */
@Component(service = ReportSection.class)
public class VocationalReportSection implements ReportSection {
    private final ModuleSupport module;

    @Activate
    public VocationalReportSection(@Reference(target = VocationalSettings.MODULE) ModuleSupport module) {
        this.module = module;
    }

    @Override
    public String id() {
        return "vocational.employment";
    }

    @Override
    public String title() {
        return "Employment and education";
    }

    @Override
    public InformationCategory category() {
        return VocationalCategories.EMPLOYMENT;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public ReportContent render(String participantId, LocalDate from, LocalDate to) {
        return module.work(tx -> {
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            LocalDate today = module.today();
            LocalDate end = to.isAfter(today) ? today : to;
            ReportContent c = new ReportContent();
            EmploymentPeriod atEnd = m.periodOn(participantId, end.toEpochDay());
            EmploymentDays days = EmploymentServiceImpl.days(m, participantId, from, to, today);
            List<VocationalMapper.Completion> completions = m.completionsBetween(participantId, from, to);
            if (atEnd == null && days.daysRecorded == 0 && completions.isEmpty()) {
                return c.summary("No employment or education status recorded for the period.");
            }
            c.fact("Employment status on " + end, atEnd == null ? "Not recorded" : words(atEnd.status.name()));
            if (atEnd != null) {
                c.fact("Status since", atEnd.startDate);
            }
            c.fact("Days employed in the period", days.daysEmployed);
            c.fact("Days in education or training in the period", days.daysInEducation);
            c.fact("Education completed in the period", completions.size());
            if (!completions.isEmpty()) {
                c.columns("Completed on", "Education");
                for (VocationalMapper.Completion done : completions) {
                    c.row(done.completedOn, done.kind.name());
                }
            }
            return c.summary((atEnd == null ? "No status recorded on " + end : words(atEnd.status.name()) + " since "
                    + atEnd.startDate) + "; employed " + days.daysEmployed + " of " + days.daysCounted + " days in the "
                    + "period" + (completions.isEmpty() ? "." : "; " + completions.size() + " education completion"
                    + (completions.size() == 1 ? "" : "s") + "."));
        });
    }

    /** FULL_TIME as "Full time". */
    static String words(String status) {
        String s = status.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
