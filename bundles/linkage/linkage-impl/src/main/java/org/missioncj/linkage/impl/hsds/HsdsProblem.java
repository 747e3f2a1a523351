package org.missioncj.linkage.impl.hsds;

/**
 * One reason an HSDS file cannot be imported, precise enough to find and fix the record.
 *
 * @param table    the HSDS table name ({@code service}), or null for a problem with the whole file;
 *                 a name rather than an {@link HsdsTable} so an unknown table can be named too
 * @param recordId the record's id, or null when it has none or the problem is not about a record
 * @param row      the record's 1-based position in its table (the header row does not count), or
 *                 0 when the problem is not about one record
 * @param field    the column concerned, or null
 * @param reason   what is wrong, in words for the person fixing the file; it follows the field
 *                 name in {@link #toString()}, e.g. {@code "'org-9' names no organization"}
 */
public record HsdsProblem(String table, String recordId, int row, String field, String reason) {

    /** A problem with one field of a record. */
    static HsdsProblem of(HsdsTable table, String recordId, int row, String field, String reason) {
        return new HsdsProblem(table.hsdsName(), recordId, row, field, reason);
    }

    /** A problem with the file as a whole, not one table. */
    static HsdsProblem ofFile(String reason) {
        return new HsdsProblem(null, null, 0, null, reason);
    }

    /** For example {@code service 'svc-12' (row 12): organization_id 'org-9' names no organization}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (table != null) {
            text.append(table);
            if (recordId != null) {
                text.append(" '").append(recordId).append('\'');
            }
            if (row > 0) {
                text.append(" (row ").append(row).append(')');
            }
            text.append(": ");
        }
        if (field != null) {
            text.append(field).append(' ');
        }
        return text.append(reason).toString();
    }
}
