package org.missioncj.linkage.impl.hsds;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * HSDS's tabular package: a zip with one CSV file per table and a {@code datapackage.json}.
 *
 * <p>Reading accepts the files at the top of the zip or inside one folder (zipping a folder makes
 * that), table files named as HSDS 3.0 names them ({@code services.csv}) or by table name
 * ({@code service.csv}), and any subset of a table's columns in any order as long as {@code id}
 * is there. A table with no file is empty. Unknown table files, unknown columns, broken quoting
 * and rows with the wrong number of fields are refused, all reported together.
 *
 * <p>Writing gives every table in HSDS 3.0's file names, every column in HSDS order, UTF-8 without
 * a byte order mark, and a {@code datapackage.json} describing them.
 */
public final class HsdsCsv {

    private HsdsCsv() {
    }

    /**
     * Reads a tabular package. The stream is read to its end but not closed.
     *
     * @throws HsdsFormatException  if the zip holds no table files, or anything in them is wrong
     * @throws UncheckedIOException if the stream itself fails
     */
    public static HsdsDataset read(InputStream zip) {
        return read(zip, HsdsLimits.forHeap());
    }

    /** As {@link #read(InputStream)}, within the limits (uncompressed bytes over all entries, records, field length). */
    public static HsdsDataset read(InputStream zip, HsdsLimits limits) {
        ProblemLog log = new ProblemLog();
        HsdsDataset dataset = new HsdsDataset();
        Map<HsdsTable, String> files = new EnumMap<>(HsdsTable.class);
        String folder = null;
        try (ZipInputStream entries = new ZipInputStream(new KeepOpen(zip), StandardCharsets.UTF_8)) {
            // what the table files expand to, counted over all of them: a small zip may hold gigabytes
            InputStream expanded = limits.bounded(entries);
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                String path = entry.getName();
                String fileName = path.substring(path.lastIndexOf('/') + 1);
                boolean isCsv = fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
                if (entry.isDirectory() || isClutter(path) || !(isCsv || fileName.equals(DataPackage.FILE_NAME))) {
                    continue;
                }
                String entryFolder = path.substring(0, path.length() - fileName.length());
                if (entryFolder.indexOf('/') != entryFolder.lastIndexOf('/')) {
                    log.add(HsdsProblem.ofFile(path + " is in a folder inside a folder; put the table files at the "
                            + "top of the zip or in one folder"));
                    continue;
                }
                if (folder == null) {
                    folder = entryFolder;
                } else if (!folder.equals(entryFolder)) {
                    log.add(HsdsProblem.ofFile(path + " is not in the same folder as the other files ("
                            + (folder.isEmpty() ? "the top of the zip" : folder) + "); put all table files together"));
                    continue;
                }
                if (!isCsv) {
                    String problem = DataPackage.problemWith(expanded);
                    if (problem != null) {
                        log.add(HsdsProblem.ofFile(path + " " + problem));
                    }
                    continue;
                }
                Optional<HsdsTable> table = HsdsTable.forCsvFile(fileName);
                if (table.isEmpty()) {
                    String name = fileName.substring(0, fileName.length() - ".csv".length());
                    String what = HsdsTable.isOtherHsdsTable(fileName)
                            ? fileName + " holds an HSDS 3.0 table this import does not take; leave it out of the zip"
                            : "unknown table file " + fileName;
                    log.add(new HsdsProblem(name, null, 0, null, what + "; the table files accepted are "
                            + acceptedFileNames()));
                } else if (files.containsKey(table.get())) {
                    log.add(HsdsProblem.of(table.get(), null, 0, null, "the zip holds two files for this table, "
                            + files.get(table.get()) + " and " + path));
                } else {
                    files.put(table.get(), path);
                    readTable(expanded, fileName, table.get(), dataset, log, limits);
                }
            }
        } catch (ZipException e) {
            throw log.failure(HsdsProblem.ofFile("the file is not a readable zip file: " + e.getMessage()));
        } catch (IOException e) {
            // the caller's file ends too soon (a copy cut short) or is damaged: theirs to send again, not a server error
            throw log.failure(HsdsProblem.ofFile("the zip file is cut short or damaged; make it again and send it "
                    + "whole"));
        } catch (IllegalArgumentException e) {
            throw log.failure(HsdsProblem.ofFile("a file name in the zip is not UTF-8 (a folder named with an accent "
                    + "by an older zip tool); zip it again with a tool that writes UTF-8 names"));
        }
        if (files.isEmpty() && log.isEmpty()) {
            throw log.failure(HsdsProblem.ofFile("the file is not a zip holding HSDS table files such as "
                    + "organizations.csv and services.csv (at the top of the zip or in one folder)"));
        }
        log.throwIfAny();
        return dataset;
    }

    private static void readTable(InputStream in, String fileName, HsdsTable table, HsdsDataset dataset,
            ProblemLog log, HsdsLimits limits) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CsvReader csv = new CsvReader(new InputStreamReader(in, decoder));
        int row = 0;
        try {
            List<String> header = csv.next();
            if (header == null) {
                log.add(HsdsProblem.of(table, null, 0, null, fileName + " is empty; it needs at least a header row"));
                return;
            }
            int[] columnOf = readHeader(header, fileName, table, log);
            if (columnOf == null) {
                return;
            }
            List<String> fields;
            while ((fields = csv.next()) != null) {
                row++;
                readRow(fields, columnOf, csv.recordLine(), row, fileName, table, dataset, log, limits);
            }
        } catch (CsvReader.SyntaxException e) {
            log.add(HsdsProblem.of(table, null, row + 1, null, fileName + " cannot be read further: " + e.getMessage()));
        } catch (CharacterCodingException e) {
            log.add(HsdsProblem.of(table, null, row + 1, null, fileName + " is not UTF-8 text; save it as "
                    + "\"CSV UTF-8\" and try again"));
        }
    }

    /** The HSDS column index of each CSV column, or null if the header is refused. */
    private static int[] readHeader(List<String> header, String fileName, HsdsTable table, ProblemLog log) {
        int[] columnOf = new int[header.size()];
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            // Trimmed because spreadsheets keep stray spaces typed after a heading.
            String name = header.get(i).trim();
            columnOf[i] = table.columnIndex(name);
            if (columnOf[i] < 0) {
                log.add(HsdsProblem.of(table, null, 0, name.isEmpty() ? "(column " + (i + 1) + ")" : name,
                        "in the header of " + fileName + " is not a column of the HSDS 3.0 " + table + " table"));
                ok = false;
            } else if (seen.put(name, i) != null) {
                log.add(HsdsProblem.of(table, null, 0, name, "appears twice in the header of " + fileName));
                ok = false;
            }
        }
        if (!seen.containsKey("id")) {
            log.add(HsdsProblem.of(table, null, 0, "id", "is missing from the header of " + fileName
                    + "; every table needs an id column"));
            ok = false;
        }
        return ok ? columnOf : null;
    }

    private static void readRow(List<String> fields, int[] columnOf, int line, int row, String fileName,
            HsdsTable table, HsdsDataset dataset, ProblemLog log, HsdsLimits limits) {
        if (fields.size() != columnOf.length) {
            String id = idOf(fields, columnOf, table);
            log.add(HsdsProblem.of(table, id, row, null, "line " + line + " of " + fileName + " has "
                    + fields.size() + " fields but the header has " + columnOf.length));
            return;
        }
        if (!log.isEmpty()) {
            // The file is refused already; keep checking its shape but not its records.
            return;
        }
        Map<String, String> record = new HashMap<>();
        for (int i = 0; i < columnOf.length; i++) {
            record.put(table.columns().get(columnOf[i]).name(), fields.get(i));
        }
        limits.checkRecords(dataset);
        dataset.add(table, record);
    }

    private static String idOf(List<String> fields, int[] columnOf, HsdsTable table) {
        int idColumn = table.columnIndex("id");
        for (int i = 0; i < columnOf.length && i < fields.size(); i++) {
            if (columnOf[i] == idColumn && !fields.get(i).isEmpty()) {
                return fields.get(i);
            }
        }
        return null;
    }

    /** Files zip tools add on their own (macOS resource forks, Finder and Explorer metadata). */
    private static boolean isClutter(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("__MACOSX/") || fileName.startsWith("._") || fileName.equals(".DS_Store")
                || fileName.equalsIgnoreCase("Thumbs.db");
    }

    private static String acceptedFileNames() {
        List<String> names = new ArrayList<>();
        for (HsdsTable table : HsdsTable.values()) {
            names.add(table.csvFileName());
        }
        return String.join(", ", names);
    }

    /**
     * Writes a tabular package: every table, even empty ones, so the receiver sees the whole
     * structure. The stream is finished as a zip and flushed, not closed.
     *
     * @throws UncheckedIOException if the stream fails
     */
    public static void write(HsdsDataset dataset, OutputStream zip) {
        try {
            ZipOutputStream entries = new ZipOutputStream(new KeepOpenOutput(zip), StandardCharsets.UTF_8);
            for (HsdsTable table : HsdsTable.values()) {
                entries.putNextEntry(new ZipEntry(table.csvFileName()));
                writeTable(dataset, table, entries);
                entries.closeEntry();
            }
            entries.putNextEntry(new ZipEntry(DataPackage.FILE_NAME));
            DataPackage.write(entries);
            entries.closeEntry();
            entries.finish();
            entries.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the HSDS zip file", e);
        }
    }

    private static void writeTable(HsdsDataset dataset, HsdsTable table, OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CsvWriter csv = new CsvWriter(text);
        List<String> names = table.columnNames();
        csv.writeRecord(names);
        List<String> values = new ArrayList<>(names.size());
        for (Map<String, String> record : dataset.records(table)) {
            values.clear();
            for (String name : names) {
                values.add(record.get(name));
            }
            csv.writeRecord(values);
        }
        // Flushed, not closed: closing would close the zip.
        text.flush();
    }

    /** Lets the zip reader be closed without closing the caller's stream. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }

    /** Lets the zip writer be finished without closing the caller's stream. */
    private static final class KeepOpenOutput extends FilterOutputStream {
        KeepOpenOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
