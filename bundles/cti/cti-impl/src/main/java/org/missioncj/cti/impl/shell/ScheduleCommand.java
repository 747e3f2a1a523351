package org.missioncj.cti.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.ConsoleActor;
import org.missioncj.cti.api.ScheduleService;
import org.missioncj.cti.api.dto.ContactSchedule;
import org.missioncj.cti.api.dto.DueContact;

@Service
@Command(scope = "mission", name = "schedule", description = "Shows a participant's CTI phases and due contacts (audited)")
public class ScheduleCommand implements Action {
    /** The operator's console: command output goes there, not to the server's stdout. */
    @Reference
    Session session;

    @Reference
    ScheduleService schedules;

    @Argument(index = 0, name = "participantId", required = true, description = "Participant id")
    String participantId;

    @Override
    public Object execute() {
        ContactSchedule s = schedules.schedule(ConsoleActor.current(), participantId);
        session.getConsole().println("Participant " + s.participantId + ", enrollment " + s.enrollmentId + ": phase "
                + s.currentPhase + " (" + s.currentPhaseName + ") on " + s.today + "; due " + s.dueCount + ", done "
                + s.doneCount + ", missed " + s.missedCount + ", upcoming " + s.upcomingCount);
        ShellTable table = new ShellTable();
        table.column("Due");
        table.column("Until");
        table.column("Phase");
        table.column("Status");
        table.column("Contacts");
        for (DueContact d : s.due) {
            table.addRow().addContent(d.dueDate, d.windowEnd, d.phase, d.status, d.contacts);
        }
        table.print(session.getConsole());
        return null;
    }
}
