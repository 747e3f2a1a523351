package org.missioncj.linkage.impl.hsds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON form of an HSDS directory: one object whose keys are table names, each an array of
 * flat records, e.g. {@code {"organization":[{"id":"org-1","name":"..."}],"service":[...]}}.
 *
 * <p>Read with Jackson's streaming parser, never as a tree, so a directory of 50,000 services
 * needs memory for the records only. Values may be texts, numbers or booleans, all kept as their
 * text; null means absent. Everything wrong in the file is reported at once in an
 * {@link HsdsFormatException}, except broken JSON syntax, after which nothing more can be read.
 */
public final class HsdsJson {

    /** A JSON number as the grammar allows it; only such text may be written unquoted. */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private HsdsJson() {
    }

    /**
     * Reads a directory. The stream is read to its end but not closed.
     *
     * @throws HsdsFormatException  if the file is not JSON, not an object of table arrays, or
     *                              names an unknown table or column, or holds a nested value
     * @throws UncheckedIOException if the stream itself fails
     */
    public static HsdsDataset read(InputStream in) {
        return read(in, HsdsLimits.forHeap());
    }

    /** As {@link #read(InputStream)}, within the limits (bytes, records; a text longer than a record holds). */
    public static HsdsDataset read(InputStream in, HsdsLimits limits) {
        ProblemLog log = new ProblemLog();
        HsdsDataset dataset = new HsdsDataset();
        try (JsonParser parser = Json.FACTORY.createParser(limits.bounded(in))) {
            try {
                readDirectory(parser, dataset, log, limits);
            } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
                JsonLocation at = e.getLocation();
                throw log.failure(HsdsProblem.ofFile("the file has a text or number longer than "
                        + HsdsLimits.MAX_FIELD + " characters" + (at == null ? "" : " at line " + at.getLineNr()
                        + ", column " + at.getColumnNr())));
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
                throw log.failure(HsdsProblem.ofFile("the file is not valid JSON" + where + ": " + e.getOriginalMessage()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the HSDS JSON file", e);
        }
        log.throwIfAny();
        return dataset;
    }

    private static void readDirectory(JsonParser parser, HsdsDataset dataset, ProblemLog log, HsdsLimits limits)
            throws IOException {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_OBJECT) {
            throw log.failure(HsdsProblem.ofFile("the file must be one JSON object whose keys are HSDS table names, "
                    + "but it holds " + Json.describe(token)));
        }
        Set<HsdsTable> seen = EnumSet.noneOf(HsdsTable.class);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            token = parser.nextToken();
            Optional<HsdsTable> table = HsdsTable.named(name);
            if (table.isEmpty()) {
                String what = HsdsTable.isOtherHsdsTable(name)
                        ? "an HSDS 3.0 table this import does not take; leave it out" : "unknown table";
                log.add(new HsdsProblem(name, null, 0, null, what + "; the tables accepted are " + HsdsTable.allNames()));
                parser.skipChildren();
            } else if (!seen.add(table.get())) {
                log.add(HsdsProblem.of(table.get(), null, 0, null, "the table appears twice in the file"));
                parser.skipChildren();
            } else if (token == JsonToken.START_ARRAY) {
                readRecords(parser, table.get(), dataset, log, limits);
            } else if (token != JsonToken.VALUE_NULL) {
                log.add(HsdsProblem.of(table.get(), null, 0, null,
                        "the table must be a list of records, but is " + Json.describe(token)));
                parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            log.add(HsdsProblem.ofFile("the file has more content after the end of its main object"));
        }
    }

    private static void readRecords(JsonParser parser, HsdsTable table, HsdsDataset dataset, ProblemLog log,
            HsdsLimits limits) throws IOException {
        int row = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            row++;
            if (token != JsonToken.START_OBJECT) {
                log.add(HsdsProblem.of(table, null, row, null,
                        "a record must be an object of column names and values, but is " + Json.describe(token)));
                parser.skipChildren();
                continue;
            }
            limits.checkRecords(dataset);
            readRecord(parser, table, row, dataset, log);
        }
    }

    private static void readRecord(JsonParser parser, HsdsTable table, int row, HsdsDataset dataset, ProblemLog log)
            throws IOException {
        Map<String, String> fields = new HashMap<>();
        // Problems wait for the record's end, so they can name its id whatever the key order.
        List<String[]> wrongFields = new ArrayList<>(0);
        int keys = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            if (++keys > CsvReader.MAX_FIELDS) {
                // a record of millions of keys would fill the heap with their problems
                throw log.failure(HsdsProblem.of(table, fields.get("id"), row, null, "the record has more than "
                        + CsvReader.MAX_FIELDS + " fields"));
            }
            String column = parser.currentName();
            JsonToken token = parser.nextToken();
            if (table.columnIndex(column) < 0) {
                wrongFields.add(new String[] {column, "is not a column of the HSDS 3.0 " + table + " table"});
            } else if (fields.containsKey(column)) {
                wrongFields.add(new String[] {column, "appears twice in the record"});
            } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                wrongFields.add(new String[] {column, "must be a single value (text, number, true/false or null), not "
                        + Json.describe(token)});
            } else {
                fields.put(column, scalarText(parser, token));
            }
            parser.skipChildren();
        }
        String id = fields.get("id");
        for (String[] wrong : wrongFields) {
            log.add(HsdsProblem.of(table, id, row, wrong[0], wrong[1]));
        }
        if (log.isEmpty()) {
            // Once the file is refused the records are not needed; not keeping them bounds memory.
            dataset.add(table, fields);
        }
    }

    private static String scalarText(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            // getText gives a number as written (44.970 stays 44.970), so nothing is rounded.
            default -> parser.getText();
        };
    }

    /**
     * Writes a directory: every table in dependency order, each record's present values in HSDS
     * column order, numeric columns as JSON numbers when they are numbers. The stream is flushed,
     * not closed.
     *
     * @throws UncheckedIOException if the stream fails
     */
    public static void write(HsdsDataset dataset, OutputStream out) {
        try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
            generator.setPrettyPrinter(new DefaultPrettyPrinter());
            generator.writeStartObject();
            for (HsdsTable table : HsdsTable.values()) {
                generator.writeArrayFieldStart(table.hsdsName());
                for (Map<String, String> record : dataset.records(table)) {
                    writeRecord(generator, table, record);
                }
                generator.writeEndArray();
            }
            generator.writeEndObject();
            generator.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the HSDS JSON file", e);
        }
    }

    private static void writeRecord(JsonGenerator generator, HsdsTable table, Map<String, String> record)
            throws IOException {
        generator.writeStartObject();
        for (HsdsColumn column : table.columns()) {
            String value = record.get(column.name());
            if (value == null) {
                continue;
            }
            generator.writeFieldName(column.name());
            if (isNumeric(column.kind()) && JSON_NUMBER.matcher(value).matches()) {
                generator.writeNumber(value);
            } else {
                generator.writeString(value);
            }
        }
        generator.writeEndObject();
    }

    private static boolean isNumeric(HsdsFieldKind kind) {
        return "number".equals(kind.frictionlessType());
    }
}
