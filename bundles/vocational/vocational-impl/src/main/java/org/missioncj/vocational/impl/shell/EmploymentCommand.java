package org.missioncj.vocational.impl.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.vocational.api.EmploymentService;
import org.missioncj.vocational.api.dto.EmploymentDays;
import org.missioncj.vocational.api.dto.EmploymentPeriod;

@Service
@Command(scope = "mission", name = "employment",
        description = "Prints a participant's employment and education timeline and their days employed (audited)")
public class EmploymentCommand extends MissionCommand {
    @Reference
    EmploymentService employment;

    @Argument(index = 0, name = "participantId", required = true, description = "Participant id")
    String participantId;

    @Option(name = "-f", aliases = "--from", description = "First day of the period counted (YYYY-MM-DD); a year ago "
            + "when left out")
    String from;

    @Option(name = "-t", aliases = "--to", description = "Last day of the period counted (YYYY-MM-DD); today when left out")
    String to;

    @Override
    public Object execute() {
        ShellTable table = table("Period", "Status", "Start", "End", "Recorded by");
        long n = eachPage(page -> employment.timeline(actor(), participantId, page), (EmploymentPeriod p) -> table.addRow()
                .addContent(p.id, p.status, p.startDate, p.endDate == null ? "(holds)" : p.endDate, p.recordedBy));
        print(table);
        out().println(n + " period" + (n == 1 ? "" : "s"));
        LocalDate last = to == null ? LocalDate.now() : LocalDate.parse(to);
        LocalDate first = from == null ? last.minusYears(1).plusDays(1) : LocalDate.parse(from);
        EmploymentDays d = employment.days(actor(), participantId, first, last);
        out().println("From " + d.from + " to " + d.to + ": " + d.daysEmployed + " days employed, " + d.daysInEducation
                + " in education or training, of " + d.daysCounted + " days counted (" + d.daysRecorded
                + " with a status recorded)");
        return null;
    }
}
