package org.missioncj.cti.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.cti.api.ScheduleService;
import org.missioncj.cti.api.dto.ContactSchedule;
import org.missioncj.cti.api.dto.DueContact;

@Service
@Command(scope = "mission", name = "schedule", description = "Shows a participant's CTI phases and due contacts (audited)")
public class ScheduleCommand extends MissionCommand {
    @Reference
    ScheduleService schedules;

    @Argument(index = 0, name = "participantId", required = true, description = "Participant id")
    String participantId;

    @Override
    public Object execute() {
        ContactSchedule s = schedules.schedule(actor(), participantId);
        out().println("Participant " + s.participantId + ", enrollment " + s.enrollmentId + ": phase "
                + s.currentPhase + " (" + s.currentPhaseName + ") on " + s.today + "; due " + s.dueCount + ", done "
                + s.doneCount + ", missed " + s.missedCount + ", upcoming " + s.upcomingCount);
        ShellTable table = table("Due", "Until", "Phase", "Status", "Contacts");
        for (DueContact d : s.due) {
            table.addRow().addContent(d.dueDate, d.windowEnd, d.phase, d.status, d.contacts);
        }
        print(table);
        return null;
    }
}
