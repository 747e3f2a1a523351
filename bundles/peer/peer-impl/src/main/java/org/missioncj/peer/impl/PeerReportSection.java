package org.missioncj.peer.impl;

import java.time.LocalDate;
import java.util.List;

import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.spi.InformationCategory;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.core.spi.ReportSection;
import org.missioncj.peer.api.PeerCategories;
import org.missioncj.peer.api.dto.PeerProgress;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The peer module's part of a court progress report (category {@code PEER_SESSION_PROGRESS}): counts and
 * dates of the period only. It never names a group, another member, a session's topic or notes.
 */
@Component(service = ReportSection.class)
public class PeerReportSection implements ReportSection {
    private final ModuleSupport module;
    private final PeerCatalog catalog;

    @Activate
    public PeerReportSection(@Reference(target = PeerSettings.MODULE) ModuleSupport module,
            @Reference PeerCatalog catalog) {
        this.module = module;
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return "peer.sessions";
    }

    @Override
    public String title() {
        return "Peer-led sessions";
    }

    @Override
    public InformationCategory category() {
        return PeerCategories.PEER_SESSION_PROGRESS;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public ReportContent render(String participantId, LocalDate from, LocalDate to) {
        return module.work(tx -> {
            PeerMapper m = tx.mapper(PeerMapper.class);
            ReportContent c = new ReportContent();
            List<PeerMapper.SessionFact> inPeriod = m.participantFacts(participantId, from, to);
            EnrollmentFact e = m.enrollmentStartedBy(participantId, to);
            if (e == null && inPeriod.isEmpty()) {
                return c.summary("No peer-led sessions during the period.");
            }
            int individual = 0;
            int group = 0;
            for (PeerMapper.SessionFact f : inPeriod) {
                if ("I".equals(f.kind)) {
                    individual += f.occasions;
                } else {
                    group += f.occasions;
                }
            }
            c.fact("Peer-led sessions attended in the period", individual + group)
                    .fact("Individual", individual)
                    .fact("Group", group);
            // the curriculum as done by the end of the period, in the enrollment of that day: nothing after it counts
            LocalDate asOf = to.isBefore(module.today()) ? to : module.today();
            PeerProgress p = e == null ? null
                    : PeerSessionServiceImpl.progress(e, catalog.current(), m.facts(List.of(e.enrollmentId), null, asOf), asOf);
            if (p != null) {
                c.fact("Sessions of the peer-led curriculum done by the end of the period", p.done + " of " + p.of);
                c.fact("Last peer-led session attended", p.lastSessionOn == null ? "None" : p.lastSessionOn.toString());
            }
            int total = individual + group;
            return c.summary(total == 0 ? "No peer-led session attended in the period."
                    : total + " peer-led session" + (total == 1 ? "" : "s") + " attended in the period (" + individual
                            + " individual, " + group + " in a group)"
                            + (p == null ? "." : "; " + p.done + " of " + p.of + " sessions of the curriculum done."));
        });
    }
}
