package org.missioncj.housing.impl;

import java.time.LocalDate;
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
 * The housing module's part of a court progress report: the housing status at the end of the period and since when,
 * the statuses of the period with their dates, and the nights housed, homeless and incarcerated. Never an address, a
 * landlord, a unit, a budget, a conflict or a note.
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
            long incarcerated = 0;
            StatusPeriod last = null;
            c.columns("From", "Until", "Housing status");
            for (StatusPeriod p : periods) {
                long nights = DaySpan.of(p.startDate, p.endDate).daysWithin(from, to, today);
                if (p.kind == HousingStatus.Kind.HOUSED) {
                    housed += nights;
                } else if (p.kind == HousingStatus.Kind.HOMELESS) {
                    homeless += nights;
                } else if (p.kind == HousingStatus.Kind.INCARCERATED) {
                    incarcerated += nights;
                }
                if (!p.startDate.isAfter(to) && (p.endDate == null || p.endDate.isAfter(to))) {
                    last = p;
                }
                c.row(p.startDate, p.endDate == null ? "" : p.endDate, words(p.status));
            }
            c.fact("Nights housed in the period", housed);
            c.fact("Nights homeless in the period", homeless);
            c.fact("Nights in custody in the period", incarcerated);
            if (last == null) {
                return c.summary("No housing status is recorded for the end of the period.");
            }
            c.fact("Housing status at the end of the period", words(last.status));
            c.fact("Since", last.startDate);
            return c.summary(words(last.status) + " since " + last.startDate + ".");
        });
    }

    static String words(HousingStatus s) {
        String w = s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
