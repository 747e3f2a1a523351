package org.missioncj.registry.impl.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.registry.api.ParticipantService;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.dto.Caseload;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.ParticipantSearch;

@Service
@Command(scope = "mission", name = "participant-list",
        description = "Lists participants, by name or of one team (every listing is audited)")
public class ParticipantListCommand extends MissionCommand {
    @Reference
    ParticipantService participants;

    @Reference
    TeamService teams;

    @Option(name = "-n", aliases = "--name", description = "Words that start the participant's names")
    String name;

    @Option(name = "-t", aliases = "--team", description = "Team id: list that team's caseload")
    String teamId;

    @Option(name = "-p", aliases = "--page", description = "Page, from 0")
    int page;

    @Option(name = "-s", aliases = "--size", description = "Page size, 1-200")
    int size = PageRequest.DEFAULT_SIZE;

    @Override
    public Object execute() {
        ShellTable table = table("Id", "Family name", "Given name", "Date of birth");
        if (teamId != null) {
            Caseload c = teams.caseload(actor(), teamId);
            table.column("Status");
            for (Caseload.Entry e : c.participants) {
                table.addRow().addContent(e.participantId, e.familyName, e.givenName, "", e.status);
            }
            print(table);
            out().println(c.count + " of " + c.limit + " on team " + c.teamName);
            return null;
        }
        ParticipantSearch q = new ParticipantSearch();
        q.name = name;
        Page<Participant> result = participants.search(actor(), q, PageRequest.of(page, size));
        for (Participant p : result.items) {
            table.addRow().addContent(p.id, p.familyName, p.givenName, p.dateOfBirth);
        }
        print(table);
        out().println("page " + result.page + " of " + Math.max(result.totalPages, 1) + ", " + result.totalItems
                + " participants");
        return null;
    }
}
