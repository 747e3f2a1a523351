package org.missioncj.trauma.impl;

import java.time.LocalDate;

import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.spi.InformationCategory;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.core.spi.ReportSection;
import org.missioncj.trauma.api.TraumaCategories;
import org.missioncj.trauma.api.dto.ScreenStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The trauma module's part of a court progress report: that screening was offered, completed or declined, and
 * on which days. Never the instrument, a score, a result, an answer, an alert or a preference: what a screen
 * found is clinical information a court has no need for.
 */
@Component(service = ReportSection.class)
public class TraumaReportSection implements ReportSection {
    private final ModuleSupport module;

    @Activate
    public TraumaReportSection(@Reference(target = TraumaSettings.MODULE) ModuleSupport module) {
        this.module = module;
    }

    @Override
    public String id() {
        return "trauma.screening";
    }

    @Override
    public String title() {
        return "Screening";
    }

    @Override
    public InformationCategory category() {
        return TraumaCategories.TRAUMA_SCREENING;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public ReportContent render(String participantId, LocalDate from, LocalDate to) {
        return module.work(tx -> {
            TraumaMapper m = tx.mapper(TraumaMapper.class);
            ReportContent c = new ReportContent();
            long completed = 0;
            long declined = 0;
            for (TraumaMapper.StatusCount n : m.screensBetween(participantId, from, to)) {
                if (n.status == ScreenStatus.COMPLETED) {
                    completed = n.screens;
                } else {
                    declined = n.screens;
                }
            }
            if (completed + declined == 0) {
                return c.summary("No screening during the period.");
            }
            c.fact("Screens completed in the period", completed);
            c.fact("Screens declined in the period", declined);
            c.columns("Date", "Screening");
            for (TraumaMapper.ScreenRow s : m.screenDaysBetween(participantId, from, to)) {
                c.row(s.screenDate, s.status == ScreenStatus.COMPLETED ? "Completed" : "Offered and declined");
            }
            return c.summary("Screening offered " + (completed + declined) + " time" + (completed + declined == 1 ? "" : "s")
                    + " in the period: " + completed + " completed, " + declined + " declined.");
        });
    }
}
