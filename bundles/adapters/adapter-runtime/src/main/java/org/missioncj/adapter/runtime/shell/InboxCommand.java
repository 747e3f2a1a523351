package org.missioncj.adapter.runtime.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.adapter.api.Inbox;
import org.missioncj.adapter.api.dto.InboxEntry;
import org.missioncj.adapter.api.dto.InboxSearch;
import org.missioncj.adapter.api.dto.InboxState;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.shell.MissionCommand;

@Service
@Command(scope = "mission", name = "inbox",
        description = "Lists inbound host-system messages, newest first (default: those waiting for review; audited)")
public class InboxCommand extends MissionCommand {
    @Reference
    Inbox inbox;

    @Option(name = "--state", description = "RECEIVED, PROCESSED, HELD, REVIEW, DISMISSED or ALL (default REVIEW)")
    String state = "REVIEW";

    @Option(name = "-p", aliases = "--page", description = "Page, from 0")
    int page;

    @Option(name = "-s", aliases = "--size", description = "Page size, 1-200")
    int size = PageRequest.DEFAULT_SIZE;

    @Override
    public Object execute() {
        InboxState s;
        try {
            s = "ALL".equalsIgnoreCase(state) ? null : InboxState.valueOf(state.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            out().println("--state must be RECEIVED, PROCESSED, HELD, REVIEW, DISMISSED or ALL");
            return null;
        }
        Page<InboxEntry> result = inbox.list(actor(), new InboxSearch(s, null, null), PageRequest.of(page, size));
        ShellTable table = table("Id", "Source", "Message", "Kind", "State", "Participant", "Received", "Reason");
        for (InboxEntry e : result.items) {
            table.addRow().addContent(e.id, e.sourceSystem, e.messageId, e.kind, e.state, e.participantId, e.receivedAt,
                    e.reason);
        }
        print(table);
        out().println(result.totalItems + (result.totalCapped ? "+" : "") + " message(s)");
        return null;
    }
}
