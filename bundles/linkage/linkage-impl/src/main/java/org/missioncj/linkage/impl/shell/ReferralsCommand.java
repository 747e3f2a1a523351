package org.missioncj.linkage.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.linkage.api.ReferralService;
import org.missioncj.linkage.api.dto.Referral;

@Service
@Command(scope = "mission", name = "referrals",
        description = "Lists a participant's referrals to community services, the latest first (audited)")
public class ReferralsCommand extends MissionCommand {
    @Reference
    ReferralService referrals;

    @Argument(index = 0, name = "participantId", required = true, description = "Participant id")
    String participantId;

    @Override
    public Object execute() {
        ShellTable table = table("Referral", "Service", "Status", "Sent", "Appointment", "Due", "Late");
        long n = eachPage(page -> referrals.list(actor(), participantId, page), (Referral r) -> table.addRow()
                .addContent(r.id, r.serviceName, r.status, r.sentOn, r.appointmentOn == null ? "" : r.appointmentOn,
                        r.dueOn == null ? "" : r.dueOn, r.late ? "LATE" : ""));
        print(table);
        out().println(n + " referral" + (n == 1 ? "" : "s"));
        return null;
    }
}
