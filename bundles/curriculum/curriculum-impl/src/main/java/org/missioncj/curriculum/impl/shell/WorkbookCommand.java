package org.missioncj.curriculum.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.curriculum.api.WorkbookService;
import org.missioncj.curriculum.api.dto.Workbook;
import org.missioncj.curriculum.api.dto.WorkbookExercise;

/** A participant's workbook at a glance: where their answers to each exercise stand, never the answers. */
@Service
@Command(scope = "mission", name = "workbook",
        description = "Shows a participant's workbook: each exercise, its current version, last save and review (audited)")
public class WorkbookCommand extends MissionCommand {
    @Reference
    WorkbookService workbook;

    @Argument(index = 0, name = "participantId", required = true, description = "Participant id")
    String participantId;

    @Override
    public Object execute() {
        Workbook w = workbook.workbook(actor(), participantId);
        ShellTable table = table("Exercise", "Version", "Saved", "By", "Reviewed", "Entry");
        for (WorkbookExercise x : w.exercises) {
            table.addRow().addContent(x.exercise, x.currentVersion == null ? "-" : x.currentVersion,
                    x.lastSavedAt == null ? "-" : x.lastSavedAt, x.lastSavedBy == null ? "-" : x.lastSavedBy,
                    x.entryId == null ? "-" : x.reviewed ? "yes" : "no", x.entryId == null ? "-" : x.entryId);
        }
        print(table);
        return null;
    }
}
