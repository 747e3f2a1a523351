package org.missioncj.linkage.impl.hsds;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One record as an unmodifiable map, holding only its values in an array in HSDS column order.
 *
 * <p>Why not a {@code LinkedHashMap}: a directory of 50,000 services has several hundred
 * thousand records, and map entries would cost several times the text they hold. Absent values
 * are not entries, so the map of a record equals any other map with the same present values.
 */
final class HsdsRecord extends AbstractMap<String, String> {

    private final HsdsTable table;
    private final String[] values;
    private final int size;

    private HsdsRecord(HsdsTable table, String[] values) {
        this.table = table;
        this.values = values;
        int present = 0;
        for (String value : values) {
            if (value != null) {
                present++;
            }
        }
        this.size = present;
    }

    /**
     * Copies the fields into a record of the table; an empty string counts as absent, since CSV
     * cannot tell the two apart and a round trip must give the same record.
     *
     * @throws IllegalArgumentException if a field is not a column of the table
     */
    static HsdsRecord of(HsdsTable table, Map<String, String> fields) {
        if (fields instanceof HsdsRecord record && record.table == table) {
            return record;
        }
        String[] values = new String[table.columns().size()];
        for (Map.Entry<String, String> field : fields.entrySet()) {
            int index = table.columnIndex(field.getKey());
            if (index < 0) {
                throw new IllegalArgumentException(
                        "HSDS table " + table + " has no column '" + field.getKey() + "'");
            }
            String value = field.getValue();
            values[index] = value == null || value.isEmpty() ? null : value;
        }
        return new HsdsRecord(table, values);
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        int index = table.columnIndex(name);
        return index < 0 ? null : values[index];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new PresentValues();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Walks the present values in column order. */
    private final class PresentValues implements Iterator<Entry<String, String>> {
        private int next = advance(0);

        private int advance(int from) {
            int i = from;
            while (i < values.length && values[i] == null) {
                i++;
            }
            return i;
        }

        @Override
        public boolean hasNext() {
            return next < values.length;
        }

        @Override
        public Entry<String, String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Entry<String, String> entry =
                    new SimpleImmutableEntry<>(table.columns().get(next).name(), values[next]);
            next = advance(next + 1);
            return entry;
        }
    }
}
