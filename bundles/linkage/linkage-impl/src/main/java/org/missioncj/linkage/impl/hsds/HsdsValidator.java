package org.missioncj.linkage.impl.hsds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a directory may be imported. Every problem is reported, not only the first, so
 * the person fixing the file can fix it in one pass:
 * <ul>
 * <li>each record has an id of 1-64 letters, digits, {@code . _ : -}, unique in its table;</li>
 * <li>HSDS 3.0's required columns have values;</li>
 * <li>each reference names a record of the table it refers to; {@code attribute.link_id} names a
 *     record of the table {@code attribute.link_entity} names;</li>
 * <li>each value suits its column (see {@link HsdsFieldKind}): codes from their list, ages 0-150 with
 *     minimum no more than maximum, coordinates in range, ISO dates, email and web addresses,
 *     ISO country codes, length limits, no control characters;</li>
 * <li>{@code taxonomy_term.code} is unique, as HSDS requires.</li>
 * </ul>
 */
public final class HsdsValidator {

    private HsdsValidator() {
    }

    /** Every problem in the directory, in table and row order; empty when it may be imported. */
    public static List<HsdsProblem> validate(HsdsDataset dataset) {
        List<HsdsProblem> problems = new ArrayList<>();
        Map<HsdsTable, Map<String, Integer>> ids = collectIds(dataset, problems);
        for (HsdsTable table : HsdsTable.values()) {
            List<Map<String, String>> records = dataset.records(table);
            for (int i = 0; i < records.size(); i++) {
                checkRecord(table, records.get(i), i + 1, ids, problems);
            }
        }
        checkUnique(dataset, HsdsTable.TAXONOMY_TERM, "code", problems);
        // Stable, so the problems of one record keep column order.
        problems.sort(Comparator.comparingInt((HsdsProblem p) -> tableOrder(p.table()))
                .thenComparingInt(HsdsProblem::row));
        return problems;
    }

    /**
     * Checks the directory and refuses it if anything is wrong.
     *
     * @throws HsdsFormatException with every problem found
     */
    public static void check(HsdsDataset dataset) {
        List<HsdsProblem> problems = validate(dataset);
        if (!problems.isEmpty()) {
            throw new HsdsFormatException(problems);
        }
    }

    /** The row of each id per table; reports bad and duplicate ids on the way. */
    private static Map<HsdsTable, Map<String, Integer>> collectIds(HsdsDataset dataset, List<HsdsProblem> problems) {
        Map<HsdsTable, Map<String, Integer>> ids = new EnumMap<>(HsdsTable.class);
        for (HsdsTable table : HsdsTable.values()) {
            Map<String, Integer> rows = new HashMap<>();
            List<Map<String, String>> records = dataset.records(table);
            for (int i = 0; i < records.size(); i++) {
                String id = records.get(i).get("id");
                int row = i + 1;
                if (id == null) {
                    problems.add(HsdsProblem.of(table, null, row, "id", "is required but missing"));
                } else if (!FieldRules.ID.matcher(id).matches()) {
                    problems.add(HsdsProblem.of(table, id, row, "id", FieldRules.check(table.columns().get(0), id)));
                } else {
                    Integer first = rows.putIfAbsent(id, row);
                    if (first != null) {
                        problems.add(HsdsProblem.of(table, id, row, "id", FieldRules.quoted(id)
                                + " is already used by row " + first + "; each " + table + " needs its own id"));
                    }
                }
            }
            ids.put(table, rows);
        }
        return ids;
    }

    private static void checkRecord(HsdsTable table, Map<String, String> record, int row,
            Map<HsdsTable, Map<String, Integer>> ids, List<HsdsProblem> problems) {
        String id = record.get("id");
        for (HsdsColumn column : table.columns()) {
            String name = column.name();
            String value = record.get(name);
            if (name.equals("id")) {
                continue; // checked with the other ids
            }
            if (value == null) {
                if (column.required()) {
                    problems.add(HsdsProblem.of(table, id, row, name, "is required but missing"));
                }
                continue;
            }
            if (column.required() && value.isBlank()) {
                // a name of spaces would list first and say nothing
                problems.add(HsdsProblem.of(table, id, row, name, "is required but blank"));
                continue;
            }
            String reason = referenceOrFormatProblem(table, column, record, value, ids);
            if (reason != null) {
                problems.add(HsdsProblem.of(table, id, row, name, reason));
            }
        }
        if (table == HsdsTable.SERVICE) {
            checkAgeRange(record, id, row, problems);
        }
    }

    private static String referenceOrFormatProblem(HsdsTable table, HsdsColumn column, Map<String, String> record,
            String value, Map<HsdsTable, Map<String, Integer>> ids) {
        HsdsTable target = column.referencedTable();
        if (table == HsdsTable.ATTRIBUTE && column.name().equals("link_id")) {
            target = HsdsTable.named(record.getOrDefault("link_entity", "")).orElse(null);
            if (target == null || FieldRules.check(table.column("link_entity").orElseThrow(),
                    record.get("link_entity")) != null) {
                // link_entity is reported itself; without it link_id cannot be resolved.
                return FieldRules.check(column, value);
            }
        }
        if (target == null) {
            return FieldRules.check(column, value);
        }
        String control = FieldRules.check(HsdsColumn.optional(column.name(), HsdsFieldKind.TEXT), value);
        if (control != null) {
            return control;
        }
        return ids.get(target).containsKey(value) ? null : FieldRules.quoted(value) + " names no " + target;
    }

    private static void checkAgeRange(Map<String, String> service, String id, int row, List<HsdsProblem> problems) {
        String minimum = service.get("minimum_age");
        String maximum = service.get("maximum_age");
        if (minimum == null || maximum == null) {
            return;
        }
        Integer min = FieldRules.age(minimum);
        Integer max = FieldRules.age(maximum);
        if (min != null && max != null && min > max) {
            problems.add(HsdsProblem.of(HsdsTable.SERVICE, id, row, "maximum_age", FieldRules.quoted(maximum)
                    + " is below minimum_age " + FieldRules.quoted(minimum)));
        }
    }

    private static void checkUnique(HsdsDataset dataset, HsdsTable table, String column, List<HsdsProblem> problems) {
        Map<String, Integer> rows = new HashMap<>();
        List<Map<String, String>> records = dataset.records(table);
        for (int i = 0; i < records.size(); i++) {
            String value = records.get(i).get(column);
            if (value == null) {
                continue;
            }
            Integer first = rows.putIfAbsent(value, i + 1);
            if (first != null) {
                problems.add(HsdsProblem.of(table, records.get(i).get("id"), i + 1, column, FieldRules.quoted(value)
                        + " is already used by row " + first + "; HSDS requires each " + column + " to be unique"));
            }
        }
    }

    private static int tableOrder(String name) {
        return HsdsTable.named(name).map(Enum::ordinal).orElse(-1);
    }
}
