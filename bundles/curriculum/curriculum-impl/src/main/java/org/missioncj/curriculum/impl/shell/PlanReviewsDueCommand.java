package org.missioncj.curriculum.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.curriculum.api.PlanService;
import org.missioncj.curriculum.api.dto.PlanStatus;

@Service
@Command(scope = "mission", name = "plan-reviews-due",
        description = "Lists a team's participants whose recovery plan is missing or due for its CTI phase review, "
                + "the longest due first (audited)")
public class PlanReviewsDueCommand extends MissionCommand {
    @Reference
    PlanService plans;

    @Argument(index = 0, name = "teamId", required = true, description = "Team id")
    String teamId;

    @Option(name = "-p", aliases = "--page", description = "Page, from 0")
    int page;

    @Option(name = "-s", aliases = "--size", description = "Page size, 1-200")
    int size = PageRequest.DEFAULT_SIZE;

    @Override
    public Object execute() {
        Page<PlanStatus> result = plans.reviewsDue(actor(), teamId, PageRequest.of(page, size));
        ShellTable table = table("Participant", "Due since", "Plan", "Phase", "Phase start");
        for (PlanStatus s : result.items) {
            table.addRow().addContent(s.participantId, s.dueSince, s.planMissing ? "missing" : "version " + s.planVersion,
                    s.currentPhase == null ? "" : s.currentPhase + " " + s.currentPhaseName, s.phaseStart);
        }
        print(table);
        out().println(result.totalItems + " due");
        return null;
    }
}
