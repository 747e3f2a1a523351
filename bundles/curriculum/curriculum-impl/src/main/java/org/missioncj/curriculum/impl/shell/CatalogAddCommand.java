package org.missioncj.curriculum.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.curriculum.api.CatalogService;
import org.missioncj.curriculum.api.dto.CatalogSession;

@Service
@Command(scope = "mission", name = "catalog-add", description = "Adds a local session to a curriculum's catalog (audited)")
public class CatalogAddCommand extends MissionCommand {
    @Reference
    CatalogService catalog;

    @Argument(index = 0, name = "curriculum", required = true, description = "drt or peer")
    String curriculum;

    @Argument(index = 1, name = "title", required = true, description = "The session's title (quote it)")
    String title;

    @Option(name = "-n", aliases = "--number", description = "Its place in the manual (default: after the last)")
    Integer number;

    @Option(name = "-s", aliases = "--summary", description = "What it covers, in a sentence or two")
    String summary;

    @Option(name = "-e", aliases = "--edition", description = "An edition's code (default: the edition in use)")
    String edition;

    @Override
    public Object execute() {
        CatalogSession s = new CatalogSession();
        s.curriculum = CatalogCommands.curriculum(curriculum);
        s.title = title;
        s.number = number;
        s.summary = summary;
        s.edition = edition;
        CatalogSession added = catalog.add(actor(), s);
        out().println("Added " + added.id + ": number " + added.number + " of edition " + added.edition + ", version "
                + added.version + ".");
        return null;
    }
}
