package org.missioncj.core.api.shell;

import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConsoleActor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;

/**
 * What every {@code mission:} console command shares: the operator as the actor (every call it makes is
 * audited in their name), the operator's console for output, tables, and reading a list page by page.
 * A module's command extends it, is annotated {@code @Service @Command(scope = "mission", ...)}, and
 * lives in a package its bundle names in {@code Karaf-Commands} (importing the Karaf shell optionally).
 */
public abstract class MissionCommand implements Action {
    /** The operator's console: command output goes there, not to the server's stdout. */
    @Reference
    protected Session session;

    /** The operator signed in to the console, as the services' actor. */
    protected Actor actor() {
        return ConsoleActor.current();
    }

    protected PrintStream out() {
        return session.getConsole();
    }

    /** A table with the given columns. */
    protected static ShellTable table(String... columns) {
        ShellTable table = new ShellTable();
        for (String c : columns) {
            table.column(c);
        }
        return table;
    }

    protected void print(ShellTable table) {
        table.print(out());
    }

    /**
     * Reads every page of a list (the largest page size at a time), giving each item to {@code row};
     * returns how many items it read.
     */
    protected static <T> long eachPage(Function<PageRequest, Page<T>> read, Consumer<T> row) {
        return Page.each(read, row);
    }
}
