package org.missioncj.trauma.impl.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.trauma.api.AlertService;
import org.missioncj.trauma.api.dto.Alert;
import org.missioncj.trauma.api.dto.AlertStatus;

@Service
@Command(scope = "mission", name = "alerts",
        description = "Lists the open safety alerts of a team (--team) or a site (--site); audited. A clinician acknowledges "
                + "an alert through REST (PUT /trauma/alerts/{id}/acknowledgement): the console acts as a program admin")
public class AlertsCommand extends MissionCommand {
    @Reference
    AlertService alerts;

    @Option(name = "-t", aliases = "--team", description = "Team id")
    String teamId;

    @Option(name = "-s", aliases = "--site", description = "Site")
    String site;

    @Option(name = "--acknowledged", description = "List the acknowledged alerts instead of the open ones")
    boolean acknowledged;

    @Override
    public Object execute() {
        if ((teamId == null) == (site == null)) {
            out().println("Give --team <teamId> or --site <site>, not both.");
            return null;
        }
        AlertStatus status = acknowledged ? AlertStatus.ACKNOWLEDGED : AlertStatus.OPEN;
        ShellTable table = table("Alert", "Raised", "Participant", "Team", "Instrument", "Alert", "Status");
        long n = eachPage(page -> teamId != null ? alerts.team(actor(), teamId, status, page)
                : alerts.site(actor(), site, status, page), (Alert a) -> table.addRow().addContent(a.id, a.raisedAt,
                        a.participantId, a.teamId == null ? "-" : a.teamId, a.instrumentId, a.title, a.status));
        print(table);
        out().println(n + " " + status.name().toLowerCase(java.util.Locale.ROOT) + " alert" + (n == 1 ? "" : "s"));
        return null;
    }
}
