package org.missioncj.curriculum.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.curriculum.api.CatalogService;
import org.missioncj.curriculum.api.dto.CatalogSession;

@Service
@Command(scope = "mission", name = "catalog-retire",
        description = "Retires a catalog session (audited): no longer offered or counted; what was delivered stays")
public class CatalogRetireCommand extends MissionCommand {
    @Reference
    CatalogService catalog;

    @Argument(index = 0, name = "id", required = true, description = "The session's id, e.g. drt-mission-cj-07")
    String id;

    @Argument(index = 1, name = "version", required = true,
            description = "The version you read (mission:catalog shows it): a change made since is not overwritten")
    long version;

    @Argument(index = 2, name = "reason", required = true, description = "Why it is retired (quote it)")
    String reason;

    @Override
    public Object execute() {
        CatalogSession done = catalog.retire(actor(), id, version, reason);
        out().println(done.id + " is retired in version " + done.version + ".");
        return null;
    }
}
