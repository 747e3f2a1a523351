package org.missioncj.housing.impl.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.housing.api.TimelineService;
import org.missioncj.housing.api.dto.Nights;
import org.missioncj.housing.api.dto.StatusPeriod;

@Service
@Command(scope = "mission", name = "housing-status",
        description = "Prints a participant's housing timeline and the nights housed, homeless and in custody in a period "
                + "(the last 90 days unless --from/--to are given) (audited)")
public class HousingStatusCommand extends MissionCommand {
    @Reference
    TimelineService timeline;

    @Argument(index = 0, name = "participantId", required = true, description = "Participant id")
    String participantId;

    @Option(name = "--from", description = "First day of the period (ISO date)")
    String from;

    @Option(name = "--to", description = "Last day of the period (ISO date), today by default")
    String to;

    @Override
    public Object execute() {
        LocalDate last = to == null ? LocalDate.now() : LocalDate.parse(to);
        LocalDate first = from == null ? last.minusDays(89) : LocalDate.parse(from);
        ShellTable table = table("Period", "Status", "Kind", "From", "Until", "Source");
        long n = eachPage(page -> timeline.list(actor(), participantId, page), (StatusPeriod p) -> table.addRow()
                .addContent(p.id, p.status, p.kind, p.startDate, p.endDate == null ? "(holds)" : p.endDate, p.source));
        print(table);
        out().println(n + " period" + (n == 1 ? "" : "s"));
        Nights nights = timeline.nights(actor(), participantId, first, last);
        out().println("Nights " + first + " to " + last + ": housed " + nights.housed + ", homeless " + nights.homeless
                + ", in custody " + nights.incarcerated + ", treatment or hospital " + nights.institution + ", unknown "
                + nights.unknown);
        return null;
    }
}
