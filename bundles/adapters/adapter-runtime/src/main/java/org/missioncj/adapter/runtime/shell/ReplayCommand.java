package org.missioncj.adapter.runtime.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.missioncj.adapter.api.Outbox;
import org.missioncj.adapter.api.dto.OutboundMessage;
import org.missioncj.core.api.shell.MissionCommand;

@Service
@Command(scope = "mission", name = "replay",
        description = "Tries a dead-letter or blocked outbound message again from its first try (audited)")
public class ReplayCommand extends MissionCommand {
    @Reference
    Outbox outbox;

    @Argument(index = 0, name = "id", required = true, description = "Outbound message id (mission:outbox lists them)")
    String id;

    @Override
    public Object execute() {
        OutboundMessage m = outbox.replay(actor(), id);
        out().println(m.kind + " to " + m.system + " is " + m.state + " again; the worker tries it within seconds.");
        return null;
    }
}
