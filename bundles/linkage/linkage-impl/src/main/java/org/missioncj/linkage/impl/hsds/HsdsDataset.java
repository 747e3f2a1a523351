package org.missioncj.linkage.impl.hsds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A community service directory in HSDS 3.0 form: per table, its records in file order.
 *
 * <p>A record is an unmodifiable map from HSDS column name to text value, in HSDS column order.
 * Absent values are not in the map ({@code get} gives null); an empty string is stored as absent
 * because CSV cannot tell the two apart. Numbers and booleans are kept as the text they were
 * written with ({@code 12}, {@code 44.97}, {@code true}) so nothing is lost to rounding.
 *
 * <p>Not thread-safe: a dataset is built by one reader or generator, then handed on.
 */
public final class HsdsDataset {

    private final Map<HsdsTable, List<Map<String, String>>> tables = new EnumMap<>(HsdsTable.class);

    /** An empty directory. */
    public HsdsDataset() {
        for (HsdsTable table : HsdsTable.values()) {
            tables.put(table, new ArrayList<>());
        }
    }

    /** The records of a table in order; empty when the file had none. Unmodifiable. */
    public List<Map<String, String>> records(HsdsTable table) {
        return Collections.unmodifiableList(tables.get(table));
    }

    /**
     * Appends a record to a table. The fields are copied; null and empty values are dropped.
     *
     * @throws IllegalArgumentException if a field name is not a column of the table (readers
     *                                  check this first and report it as a problem)
     */
    public void add(HsdsTable table, Map<String, String> fields) {
        tables.get(table).add(HsdsRecord.of(table, fields));
    }

    /** The number of records in all tables together. */
    public int size() {
        return tables.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HsdsDataset dataset && tables.equals(dataset.tables);
    }

    @Override
    public int hashCode() {
        return tables.hashCode();
    }

    /** Record counts per table, e.g. {@code HsdsDataset{organization=3, service=12, ...}}. */
    @Override
    public String toString() {
        return tables.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().size())
                .collect(Collectors.joining(", ", "HsdsDataset{", "}"));
    }
}
