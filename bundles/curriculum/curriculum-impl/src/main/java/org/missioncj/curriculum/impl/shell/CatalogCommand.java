package org.missioncj.curriculum.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.curriculum.api.CatalogService;
import org.missioncj.curriculum.api.dto.CatalogSessionSearch;
import org.missioncj.curriculum.api.dto.Curriculum;
import org.missioncj.core.api.shell.MissionCommand;

@Service
@Command(scope = "mission", name = "catalog",
        description = "Lists a curriculum's catalog sessions (drt or peer) with their version, retired and local flags")
public class CatalogCommand extends MissionCommand {
    @Reference
    CatalogService catalog;

    @Argument(index = 0, name = "curriculum", required = true, description = "drt or peer")
    String curriculum;

    @Option(name = "-e", aliases = "--edition", description = "An edition's code (default: the edition in use)")
    String edition;

    @Option(name = "-r", aliases = "--retired", description = "List retired sessions too")
    boolean retired;

    @Override
    public Object execute() {
        Curriculum c = CatalogCommands.curriculum(curriculum);
        ShellTable table = CatalogCommands.sessionTable();
        long total = eachPage(page -> catalog.sessions(actor(), new CatalogSessionSearch(c, edition, retired), page),
                s -> CatalogCommands.row(table, s));
        print(table);
        out().println(total + " sessions of the " + c + " catalog, edition "
                + (edition == null ? "in use" : edition) + (retired ? ", retired ones included" : "")
                + " (GET /curriculum/catalogs/" + CatalogCommands.name(c) + "/sessions).");
        return null;
    }
}
