package org.missioncj.adapter.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.missioncj.adapter.api.AdapterCategories;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.spi.InformationCategory;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.core.spi.ReportSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The runtime's part of a court progress report: how many bookings, releases, court events and hearings
 * host systems reported in the period, and the next hearing after it. Counts and dates only: no codes,
 * facilities or case numbers.
 */
@Component(service = ReportSection.class)
public class CustodyReportSection implements ReportSection {
    private final ModuleSupport module;

    @Activate
    public CustodyReportSection(@Reference(target = AdapterSettings.MODULE) ModuleSupport module) {
        this.module = module;
    }

    @Override
    public String id() {
        return "adapter.custody";
    }

    @Override
    public String title() {
        return "Custody and court";
    }

    @Override
    public InformationCategory category() {
        return AdapterCategories.CUSTODY_AND_COURT;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public ReportContent render(String participantId, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(module.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(module.zone()).toInstant();
        return module.work(tx -> {
            AdapterMapper m = tx.mapper(AdapterMapper.class);
            Map<String, Long> counts = new HashMap<>();
            for (AdapterMapper.KindCount k : m.eventCounts(participantId, start, end)) {
                counts.put(k.kind, k.n);
            }
            long hearings = m.hearingsBetween(participantId, start, end);
            ReportContent c = new ReportContent();
            long total = hearings;
            for (long n : counts.values()) {
                total += n;
            }
            c.summary(total == 0 ? "No custody or court events were reported for the period."
                    : "Custody and court events reported by host systems in the period.");
            c.fact("Bookings", counts.getOrDefault("BOOKING", 0L));
            c.fact("Releases", counts.getOrDefault("RELEASE", 0L));
            c.fact("Dispositions", counts.getOrDefault("DISPOSITION", 0L));
            c.fact("Sanctions", counts.getOrDefault("SANCTION", 0L));
            c.fact("Warrants", counts.getOrDefault("WARRANT", 0L));
            c.fact("Hearings held or scheduled in the period", hearings);
            Instant next = m.nextHearing(participantId, end);
            c.fact("Next hearing after the period", next == null ? "none scheduled"
                    : next.atZone(module.zone()).toLocalDate().toString());
            return c;
        });
    }
}
