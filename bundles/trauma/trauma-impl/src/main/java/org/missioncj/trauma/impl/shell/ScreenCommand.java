package org.missioncj.trauma.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.instrument.api.InstrumentService;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.trauma.api.ScreeningService;
import org.missioncj.trauma.api.dto.Screen;

@Service
@Command(scope = "mission", name = "screen",
        description = "Lists a participant's screens with their results, or with --instruments the instruments in use (audited)")
public class ScreenCommand extends MissionCommand {
    @Reference
    ScreeningService screens;

    @Reference
    InstrumentService instruments;

    @Argument(index = 0, name = "participantId", required = false, description = "Participant id (or give --instruments)")
    String participantId;

    @Option(name = "-i", aliases = "--instruments", description = "List the instruments, the latest version of each")
    boolean listInstruments;

    @Override
    public Object execute() {
        if ((participantId == null) == !listInstruments) {
            out().println("Give a participant id, or --instruments, not both.");
            return null;
        }
        if (listInstruments) {
            ShellTable table = table("Instrument", "Version", "Domain", "Items", "Origin", "Title");
            long n = eachPage(page -> instruments.list(actor(), page), (Instrument i) -> table.addRow().addContent(i.id,
                    i.version, i.domain, i.items.size(), i.origin, i.title));
            print(table);
            out().println(n + " instrument" + (n == 1 ? "" : "s"));
            return null;
        }
        ShellTable table = table("Screen", "Date", "Instrument", "Status", "Result", "Alerts", "Rescreen due");
        long n = eachPage(page -> screens.list(actor(), participantId, page), (Screen s) -> table.addRow().addContent(s.id,
                s.screenDate, s.instrumentId + " v" + s.instrumentVersion, s.status,
                s.result == null ? "-" : s.result.summary, s.alertIds.size(), s.rescreenDue == null ? "-" : s.rescreenDue));
        print(table);
        out().println(n + " screen" + (n == 1 ? "" : "s"));
        return null;
    }
}
