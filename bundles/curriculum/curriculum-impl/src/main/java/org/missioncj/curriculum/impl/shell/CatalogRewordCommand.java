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
@Command(scope = "mission", name = "catalog-reword",
        description = "Rewords a catalog session as its next version (audited); earlier versions stay readable")
public class CatalogRewordCommand extends MissionCommand {
    @Reference
    CatalogService catalog;

    @Argument(index = 0, name = "id", required = true, description = "The session's id, e.g. drt-mission-cj-05")
    String id;

    @Argument(index = 1, name = "version", required = true,
            description = "The version you read (mission:catalog shows it): a change made since is not overwritten")
    long version;

    @Argument(index = 2, name = "title", required = true, description = "The new title (quote it)")
    String title;

    @Option(name = "-s", aliases = "--summary", description = "A new summary (default: unchanged)")
    String summary;

    @Option(name = "-n", aliases = "--number", description = "A new place in the manual (default: unchanged)")
    Integer number;

    @Override
    public Object execute() {
        CatalogSession s = new CatalogSession();
        s.title = title;
        s.summary = summary;
        s.number = number;
        CatalogSession done = catalog.reword(actor(), id, version, s);
        out().println(done.id + " is now version " + done.version + ": " + done.number + ". " + done.title);
        return null;
    }
}
