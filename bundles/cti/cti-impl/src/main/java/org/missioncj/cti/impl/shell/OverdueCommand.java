package org.missioncj.cti.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.cti.api.ScheduleService;
import org.missioncj.cti.api.dto.OverdueParticipant;

@Service
@Command(scope = "mission", name = "overdue", description = "Lists a team's participants whose contact is overdue, longest overdue first (audited)")
public class OverdueCommand extends MissionCommand {
    @Reference
    ScheduleService schedules;

    @Argument(index = 0, name = "teamId", required = true, description = "Team id")
    String teamId;

    @Option(name = "-p", aliases = "--page", description = "Page, from 0")
    int page;

    @Option(name = "-s", aliases = "--size", description = "Page size, 1-200")
    int size = PageRequest.DEFAULT_SIZE;

    @Override
    public Object execute() {
        Page<OverdueParticipant> result = schedules.overdue(actor(), teamId, PageRequest.of(page, size));
        ShellTable table = table("Participant", "Due", "Window end", "Days late", "Last contact", "Phase");
        for (OverdueParticipant o : result.items) {
            table.addRow().addContent(o.participantId, o.dueDate, o.windowEnd, o.daysLate, o.lastContactDate, o.phase);
        }
        print(table);
        out().println(result.totalItems + " overdue");
        return null;
    }
}
