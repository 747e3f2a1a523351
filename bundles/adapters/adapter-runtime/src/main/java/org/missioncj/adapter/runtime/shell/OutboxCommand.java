package org.missioncj.adapter.runtime.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.adapter.api.Outbox;
import org.missioncj.adapter.api.dto.OutboundMessage;
import org.missioncj.adapter.api.dto.OutboxSearch;
import org.missioncj.adapter.api.dto.OutboxState;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.shell.MissionCommand;

@Service
@Command(scope = "mission", name = "outbox",
        description = "Lists outbound messages to host systems, newest first (default: the dead-letter list; audited)")
public class OutboxCommand extends MissionCommand {
    @Reference
    Outbox outbox;

    @Option(name = "--state", description = "PENDING, DELIVERED, BLOCKED_BY_CONSENT, DEAD or ALL (default DEAD)")
    String state = "DEAD";

    @Option(name = "--system", description = "Only messages to this host system")
    String system;

    @Option(name = "-p", aliases = "--page", description = "Page, from 0")
    int page;

    @Option(name = "-s", aliases = "--size", description = "Page size, 1-200")
    int size = PageRequest.DEFAULT_SIZE;

    @Override
    public Object execute() {
        OutboxState s;
        try {
            s = "ALL".equalsIgnoreCase(state) ? null : OutboxState.valueOf(state.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            out().println("--state must be PENDING, DELIVERED, BLOCKED_BY_CONSENT, DEAD or ALL");
            return null;
        }
        Page<OutboundMessage> result = outbox.list(actor(), new OutboxSearch(s, system, null), PageRequest.of(page, size));
        ShellTable table = table("Id", "System", "Kind", "Participant", "State", "Tries", "Next try", "Last error");
        for (OutboundMessage m : result.items) {
            table.addRow().addContent(m.id, m.system, m.kind, m.participantId, m.state, m.attempts, m.nextAttemptAt,
                    m.lastError);
        }
        print(table);
        out().println(result.totalItems + (result.totalCapped ? "+" : "") + " message(s)");
        return null;
    }
}
