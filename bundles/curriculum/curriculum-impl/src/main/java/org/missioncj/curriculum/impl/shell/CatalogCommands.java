package org.missioncj.curriculum.impl.shell;

import java.util.Locale;

import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.curriculum.api.dto.Curriculum;

/** What the catalog commands share: the curriculum an operator names, and a session as a table row. */
final class CatalogCommands {
    private CatalogCommands() {
    }

    /** drt or peer, in any case. */
    static Curriculum curriculum(String name) {
        for (Curriculum c : Curriculum.values()) {
            if (c.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("There is no curriculum " + name + ": name drt (Dual Recovery Therapy) or peer "
                + "(peer-led sessions).");
    }

    static String name(Curriculum c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    static ShellTable sessionTable() {
        ShellTable t = new ShellTable();
        for (String c : new String[] {"No", "Id", "Title", "Version", "Retired", "Local"}) {
            t.column(c);
        }
        return t;
    }

    static void row(ShellTable t, CatalogSession s) {
        t.addRow().addContent(s.number, s.id, s.title, s.version, s.retired ? "retired" : "", s.local ? "local" : "");
    }
}
