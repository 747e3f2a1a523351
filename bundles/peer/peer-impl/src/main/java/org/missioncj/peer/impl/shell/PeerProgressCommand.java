package org.missioncj.peer.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.peer.api.PeerSessionService;
import org.missioncj.peer.api.dto.PeerProgress;

@Service
@Command(scope = "mission", name = "peer-progress", description = "Shows the peer-session progress of a participant, or "
        + "with -t of a team's participants: sessions done of the catalog, next suggested, days since the last (audited)")
public class PeerProgressCommand extends MissionCommand {
    @Reference
    PeerSessionService sessions;

    @Argument(index = 0, name = "id", required = true, description = "Participant id (team id with -t)")
    String id;

    @Option(name = "-t", aliases = "--team", description = "The id is a team's: list its participants")
    boolean team;

    @Override
    public Object execute() {
        ShellTable table = table("Participant", "Done", "Of", "Individual", "Group", "Next", "Last", "Days since");
        if (team) {
            eachPage(page -> sessions.teamProgress(actor(), id, page), (PeerProgress p) -> row(table, p));
        } else {
            row(table, sessions.progress(actor(), id));
        }
        print(table);
        return null;
    }

    private static void row(ShellTable table, PeerProgress p) {
        table.addRow().addContent(p.participantId, p.done, p.of, p.individualAttended, p.groupAttended,
                p.nextSessionNumber == null ? "-" : p.nextSessionNumber + ": " + p.nextSessionTitle, p.lastSessionOn,
                p.daysSinceLast);
    }
}
