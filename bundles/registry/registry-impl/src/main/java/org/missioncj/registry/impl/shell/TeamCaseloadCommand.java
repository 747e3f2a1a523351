package org.missioncj.registry.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.ConsoleActor;
import org.missioncj.core.api.PageRequest;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.dto.Caseload;
import org.missioncj.registry.api.dto.Team;

@Service
@Command(scope = "mission", name = "team-caseload",
        description = "Shows each team's caseload against its limit (participant reads are audited)")
public class TeamCaseloadCommand implements Action {
    /** The operator's console: command output goes there, not to the server's stdout. */
    @Reference
    Session session;

    @Reference
    TeamService teams;

    @Option(name = "--site", description = "Only the teams of this site")
    String site;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Team id");
        table.column("Site");
        table.column("Team");
        table.column("Caseload");
        table.column("Limit");
        table.column("Active");
        int page = 0;
        while (true) {
            var result = teams.list(ConsoleActor.current(), site, PageRequest.of(page, PageRequest.MAX_SIZE));
            for (Team t : result.items) {
                Caseload c = teams.caseload(ConsoleActor.current(), t.id);
                table.addRow().addContent(t.id, t.site, t.name, c.count, c.limit, t.active);
            }
            if (++page >= result.totalPages) {
                break;
            }
        }
        table.print(session.getConsole());
        return null;
    }
}
