package org.missioncj.linkage.impl.hsds;

import java.util.List;

/**
 * One column of an HSDS table as this module understands it.
 *
 * @param name          the HSDS 3.0 column name, as it appears in CSV headers and JSON keys
 * @param kind          what the column holds, which decides how it is checked
 * @param required      whether HSDS's tabular form requires a value
 * @param references    the name of the table whose {@code id} this column holds, or null; a name
 *                      rather than an {@link HsdsTable} because a table may refer to itself or to
 *                      a later table, which an enum constructor cannot see yet
 * @param allowedValues for {@link HsdsFieldKind#CODE} columns the accepted values, otherwise empty
 */
public record HsdsColumn(String name, HsdsFieldKind kind, boolean required, String references,
                         List<String> allowedValues) {

    public HsdsColumn {
        allowedValues = List.copyOf(allowedValues);
    }

    /** The table this column refers to, or null when it is not a reference. */
    public HsdsTable referencedTable() {
        return references == null ? null : HsdsTable.named(references).orElseThrow();
    }

    static HsdsColumn optional(String name, HsdsFieldKind kind) {
        return new HsdsColumn(name, kind, false, null, List.of());
    }

    static HsdsColumn required(String name, HsdsFieldKind kind) {
        return new HsdsColumn(name, kind, true, null, List.of());
    }

    static HsdsColumn reference(String name, String table, boolean required) {
        return new HsdsColumn(name, HsdsFieldKind.ID, required, table, List.of());
    }

    static HsdsColumn code(String name, boolean required, String... values) {
        return new HsdsColumn(name, HsdsFieldKind.CODE, required, null, List.of(values));
    }
}
