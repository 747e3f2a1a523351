package org.missioncj.peer.impl.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.peer.api.PeerGroupService;
import org.missioncj.peer.api.dto.PeerGroup;
import org.missioncj.peer.api.dto.PeerGroupSearch;

/** Peer groups with their counts: a roster reveals who is in treatment, so the console never shows one. */
@Service
@Command(scope = "mission", name = "groups", description = "Lists the peer groups of a site or a facilitator with member "
        + "and meeting counts, never rosters (audited)")
public class GroupsCommand extends MissionCommand {
    @Reference
    PeerGroupService groups;

    @Option(name = "-s", aliases = "--site", description = "Groups of this site")
    String site;

    @Option(name = "-f", aliases = "--facilitator", description = "Groups of this facilitator (staff id)")
    String facilitatorId;

    @Override
    public Object execute() {
        ShellTable table = table("Group", "Name", "Site", "Facilitator", "Schedule", "Members", "Former", "Meetings",
                "Last meeting", "Agreement");
        long n = eachPage(page -> groups.list(actor(), new PeerGroupSearch(site, facilitatorId), page),
                (PeerGroup g) -> table.addRow().addContent(g.id, g.name, g.site, g.facilitatorId, g.schedule, g.memberCount,
                        g.formerMemberCount, g.meetingCount, g.lastMeetingOn,
                        g.comfortAgreementVersion == null ? "none" : "v" + g.comfortAgreementVersion));
        print(table);
        out().println(n + " groups");
        return null;
    }
}
