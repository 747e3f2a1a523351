package org.missioncj.registry.impl.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.registry.api.ParticipantService;
import org.missioncj.registry.api.dto.SharedIdentifier;

/** The identifiers several participants hold, for a program admin to review (each participant listed is audited). */
@Service
@Command(scope = "mission", name = "identifier-review",
        description = "Lists identifiers (jail bookings, dockets) that more than one participant holds, for review")
public class IdentifierReviewCommand extends MissionCommand {
    @Reference
    ParticipantService participants;

    @Override
    public Object execute() {
        ShellTable table = table("System", "Value", "Participants");
        long total = eachPage(page -> participants.sharedIdentifiers(actor(), page), (SharedIdentifier s) ->
                table.addRow().addContent(s.system, s.value, String.join(", ", s.participantIds)));
        print(table);
        out().println(total + " identifiers held by more than one participant (GET /participants/shared-identifiers).");
        return null;
    }
}
