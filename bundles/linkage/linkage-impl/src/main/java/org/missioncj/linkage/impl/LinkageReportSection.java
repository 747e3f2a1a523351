package org.missioncj.linkage.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.spi.InformationCategory;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.core.spi.ReportSection;
import org.missioncj.linkage.api.LinkageCategories;
import org.missioncj.linkage.api.dto.Referral;
import org.missioncj.linkage.api.dto.ReferralStatus;
import org.missioncj.linkage.impl.hsds.MissionServiceKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The linkage module's part of a court progress report: the referrals made in the period and the ones attended in it
 * (counts), and each referral sent in the period, attended in it or still open at its end, with the day it was sent,
 * the kind of service, its status at the period's end and the day attended. Never a reason, a note, the service's or
 * provider's name, or who made the referral.
 */
@Component(service = ReportSection.class)
public class LinkageReportSection implements ReportSection {
    private final ModuleSupport module;

    @Activate
    public LinkageReportSection(@Reference(target = LinkageSettings.MODULE) ModuleSupport module) {
        this.module = module;
    }

    @Override
    public String id() {
        return "linkage.referrals";
    }

    @Override
    public String title() {
        return "Linkage to community services";
    }

    @Override
    public InformationCategory category() {
        return LinkageCategories.LINKAGE;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public ReportContent render(String participantId, LocalDate from, LocalDate to) {
        return module.work(tx -> {
            LinkageMapper m = tx.mapper(LinkageMapper.class);
            LocalDate today = module.today();
            LocalDate end = to.isAfter(today) ? today : to;
            Map<String, List<LinkageMapper.StepRow>> steps = new HashMap<>();
            for (LinkageMapper.StepRow s : m.stepsBy(participantId, end)) {
                steps.computeIfAbsent(s.referralId, k -> new ArrayList<>()).add(s);
            }
            List<Referral> shown = new ArrayList<>();
            Map<String, ReferralStatus> statusAtEnd = new HashMap<>();
            Map<String, LocalDate> attendedOn = new HashMap<>();
            int made = 0;
            int attended = 0;
            for (Referral r : m.referralsSentBy(participantId, end)) {
                List<LinkageMapper.StepRow> rs = steps.getOrDefault(r.id, List.of());
                if (rs.isEmpty()) {
                    continue;
                }
                ReferralStatus status = rs.get(rs.size() - 1).status;
                LocalDate attendedDay = null;
                for (LinkageMapper.StepRow s : rs) {
                    if (s.status == ReferralStatus.ATTENDED) {
                        attendedDay = s.effectiveDate;
                    }
                }
                boolean sentInPeriod = !r.sentOn.isBefore(from);
                boolean attendedInPeriod = attendedDay != null && !attendedDay.isBefore(from);
                boolean movedInPeriod = rs.stream().anyMatch(x -> !x.effectiveDate.isBefore(from));
                made += sentInPeriod ? 1 : 0;
                attended += attendedInPeriod ? 1 : 0;
                // sent, moved (declined, closed, attended...) or still open in the period
                if (sentInPeriod || movedInPeriod || !status.ended()) {
                    shown.add(r);
                    statusAtEnd.put(r.id, status);
                    if (attendedDay != null) {
                        attendedOn.put(r.id, attendedDay);
                    }
                }
            }
            ReportContent c = new ReportContent();
            if (shown.isEmpty()) {
                return c.summary("No referrals to community services in the period.");
            }
            Map<String, String> kinds = kinds(m, shown);
            c.fact("Referrals made in the period", made);
            c.fact("Referrals attended in the period", attended);
            c.columns("Sent on", "Kind of service", "Status on " + end, "Attended on");
            for (Referral r : shown) {
                c.row(r.sentOn, kinds.getOrDefault(r.id, "Community service"), words(statusAtEnd.get(r.id)),
                        attendedOn.containsKey(r.id) ? attendedOn.get(r.id) : "");
            }
            return c.summary(made + " referral" + (made == 1 ? "" : "s") + " made and " + attended + " attended in the "
                    + "period.");
        });
    }

    /**
     * Each referral's kinds, by the program's own names ("Housing, Peer recovery support"): the kinds its service had
     * when it was made (kept with the referral), never the directory's text, which an import could change or fill
     * with a provider's name. A kind outside the program's list is not named.
     */
    private static Map<String, String> kinds(LinkageMapper m, List<Referral> referrals) {
        Map<String, String> kinds = new HashMap<>();
        for (Referral r : referrals) {
            String codes = m.referralKinds(r.id);
            if (codes == null || codes.isEmpty()) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            for (String code : codes.split(",")) {
                MissionServiceKind.forCode(code).ifPresent(k -> names.add(k.termName()));
            }
            if (!names.isEmpty()) {
                kinds.put(r.id, String.join(", ", names));
            }
        }
        return kinds;
    }

    /** NO_SHOW as "No show". */
    static String words(ReferralStatus status) {
        String s = status.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
