package org.missioncj.registry.impl.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.dto.Caseload;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.api.dto.TeamSearch;

@Service
@Command(scope = "mission", name = "team-caseload",
        description = "Shows each team's caseload against its limit (participant reads are audited)")
public class TeamCaseloadCommand extends MissionCommand {
    @Reference
    TeamService teams;

    @Option(name = "--site", description = "Only the teams of this site")
    String site;

    @Override
    public Object execute() {
        ShellTable table = table("Team id", "Site", "Team", "Caseload", "Limit", "Active");
        eachPage(page -> teams.list(actor(), new TeamSearch(site), page), (Team t) -> {
            Caseload c = teams.caseload(actor(), t.id);
            table.addRow().addContent(t.id, t.site, t.name, c.count, c.limit, t.active);
        });
        print(table);
        return null;
    }
}
