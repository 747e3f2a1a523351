package org.missioncj.curriculum.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.curriculum.api.CatalogService;
import org.missioncj.curriculum.api.dto.CatalogEdition;
import org.missioncj.curriculum.api.dto.Curriculum;

@Service
@Command(scope = "mission", name = "catalog-edition",
        description = "Lists a curriculum's editions; --add adds one, --use makes one the edition in use (audited)")
public class CatalogEditionCommand extends MissionCommand {
    @Reference
    CatalogService catalog;

    @Argument(index = 0, name = "curriculum", required = true, description = "drt or peer")
    String curriculum;

    @Option(name = "--use", description = "Make the edition of this code the one the program uses")
    String use;

    @Option(name = "--add", description = "Add an edition of this code (with --title, and --based-on to copy sessions)")
    String add;

    @Option(name = "--title", description = "The new edition's title")
    String title;

    @Option(name = "--based-on", description = "Start the new edition with the sessions of this edition")
    String basedOn;

    @Override
    public Object execute() {
        Curriculum c = CatalogCommands.curriculum(curriculum);
        if (add != null) {
            CatalogEdition e = new CatalogEdition();
            e.curriculum = c;
            e.code = add;
            e.title = title;
            e.basedOn = basedOn;
            CatalogEdition added = catalog.addEdition(actor(), e);
            out().println("Added edition " + added.code + " of the " + c + " catalog with " + added.sessions
                    + " sessions (not in use).");
        }
        if (use != null) {
            CatalogEdition used = catalog.useEdition(actor(), c, use);
            out().println("The " + c + " catalog now uses edition " + used.code + " (" + used.sessions + " sessions).");
        }
        ShellTable table = table("Code", "Title", "In use", "Sessions", "Created", "By");
        for (CatalogEdition e : catalog.editions(actor(), c)) {
            table.addRow().addContent(e.code, e.title, e.inUse ? "in use" : "", e.sessions, e.createdAt, e.createdBy);
        }
        print(table);
        return null;
    }
}
