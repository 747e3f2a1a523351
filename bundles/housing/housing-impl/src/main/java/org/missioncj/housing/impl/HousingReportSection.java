package org.missioncj.housing.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.timeline.DaySpan;
import org.missioncj.core.spi.InformationCategory;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.core.spi.ReportSection;
import org.missioncj.housing.api.HousingCategories;
import org.missioncj.housing.api.dto.HousingStatus;
import org.missioncj.housing.api.dto.StatusPeriod;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The housing module's part of a court progress report: housed, homeless or in an institution at the end of the
 * period and since when, the runs of each within the period with their dates, and the nights of each. Never the status
 * itself (a recovery residence or a treatment stay says more than housing; custody is another category's), an
 * address, a landlord, a unit, a budget, a conflict or a note.
 */
@Component(service = ReportSection.class)
public class HousingReportSection implements ReportSection {
    private final ModuleSupport module;

    @Activate
    public HousingReportSection(@Reference(target = HousingSettings.MODULE) ModuleSupport module) {
        this.module = module;
    }

    @Override
    public String id() {
        return "housing.status";
    }

    @Override
    public String title() {
        return "Housing";
    }

    @Override
    public InformationCategory category() {
        return HousingCategories.HOUSING;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public ReportContent render(String participantId, LocalDate from, LocalDate to) {
        return module.work(tx -> {
            HousingMapper m = tx.mapper(HousingMapper.class);
            ReportContent c = new ReportContent();
            List<StatusPeriod> periods = m.periodsBetween(participantId, from, to);
            if (periods.isEmpty()) {
                return c.summary("No housing status is recorded for the period.");
            }
            LocalDate today = module.today();
            long housed = 0;
            long homeless = 0;
            long institution = 0;
            // runs of one kind of housing, met end to start, shown within the period only
            List<Object[]> runs = new ArrayList<>();
            for (StatusPeriod p : periods) {
                long nights = DaySpan.of(p.startDate, p.endDate).daysWithin(from, to, today);
                if (p.kind == HousingStatus.Kind.HOUSED) {
                    housed += nights;
                } else if (p.kind == HousingStatus.Kind.HOMELESS) {
                    homeless += nights;
                } else {
                    institution += nights;
                }
                String word = words(p.kind);
                Object[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && last[2].equals(word) && p.startDate.equals(last[1])) {
                    last[1] = p.endDate;
                } else {
                    runs.add(new Object[] {p.startDate, p.endDate, word});
                }
            }
            c.columns("From", "Until", "Housing");
            Object[] atEnd = null;
            for (Object[] r : runs) {
                LocalDate start = (LocalDate) r[0];
                LocalDate end = (LocalDate) r[1];
                c.row(start.isBefore(from) ? from : start, end == null || end.isAfter(to) ? "" : end, r[2]);
                if (!start.isAfter(to) && (end == null || end.isAfter(to))) {
                    atEnd = r;
                }
            }
            c.fact("Nights housed in the period", housed);
            c.fact("Nights homeless in the period", homeless);
            c.fact("Nights in an institution in the period", institution);
            if (atEnd == null) {
                return c.summary("No housing status is recorded for the end of the period.");
            }
            c.fact("Housing at the end of the period", atEnd[2]);
            c.fact("Since", atEnd[0]);
            return c.summary(atEnd[2] + " since " + atEnd[0] + ".");
        });
    }

    /**
     * The court's words: housed, homeless, or in an institution. Never the status itself: a recovery residence or a
     * treatment stay would say more than housing (treatment), and custody is another category's to disclose.
     */
    static String words(HousingStatus.Kind kind) {
        switch (kind) {
            case HOUSED:
                return "Housed";
            case HOMELESS:
                return "Homeless";
            default:
                return "In an institution";
        }
    }
}
