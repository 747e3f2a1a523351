package org.missioncj.drt.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.drt.api.DrtProgressService;
import org.missioncj.drt.api.dto.DrtProgress;

@Service
@Command(scope = "mission", name = "drt-progress",
        description = "Shows a participant's DRT progress, or with --team every participant of a team's caseload (audited)")
public class DrtProgressCommand extends MissionCommand {
    @Reference
    DrtProgressService progress;

    @Argument(index = 0, name = "participantId", required = false, description = "Participant id (or give --team)")
    String participantId;

    @Option(name = "-t", aliases = "--team", description = "Team id: the whole caseload")
    String teamId;

    @Override
    public Object execute() {
        if ((participantId == null) == (teamId == null)) {
            out().println("Give a participant id, or --team <teamId>, not both.");
            return null;
        }
        ShellTable table = table("Participant", "Done", "Of", "Next", "Last session", "Days since");
        if (teamId != null) {
            long n = eachPage(page -> progress.team(actor(), teamId, page), p -> row(table, p));
            print(table);
            out().println(n + " participant" + (n == 1 ? "" : "s") + " on the caseload");
        } else {
            row(table, progress.progress(actor(), participantId));
            print(table);
        }
        return null;
    }

    private static void row(ShellTable table, DrtProgress p) {
        table.addRow().addContent(p.participantId, p.sessionsDone, p.sessionsTotal,
                p.nextSessionNumber == null ? "-" : p.nextSessionNumber + ": " + p.nextSessionTitle,
                p.lastSessionDate == null ? "-" : p.lastSessionDate, p.daysSinceLast == null ? "-" : p.daysSinceLast);
    }
}
