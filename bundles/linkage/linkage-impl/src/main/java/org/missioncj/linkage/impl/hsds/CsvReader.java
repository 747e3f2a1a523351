package org.missioncj.linkage.impl.hsds;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time: fields separated by commas, a field in double quotes
 * may hold commas, line breaks and doubled quotes ({@code ""} for one {@code "}); records end
 * with CRLF, LF or a lone CR. A UTF-8 byte order mark at the start is skipped, as spreadsheet
 * programs write one. Lines with nothing on them are skipped rather than read as a record of one
 * empty field, since spreadsheets leave them at the end of files.
 *
 * <p>A CRLF inside a quoted field is read as LF: spreadsheets on Windows write line breaks in
 * cells that way, and the validator refuses a stray CR as a control character.
 */
final class CsvReader {

    /** Broken quoting: the rest of the file cannot be split into fields reliably. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    private static final int NONE = -2;

    private final Reader in;
    private final char[] buffer = new char[16 * 1024];
    private int length;
    private int position;
    private int pushedBack = NONE;
    private boolean started;
    private int line = 1;
    private int recordLine;
    /** No HSDS table has more than a few dozen columns. */
    static final int MAX_FIELDS = 200;
    private final StringBuilder field = new StringBuilder();

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The line of the file on which the record last returned by {@link #next()} starts. */
    int recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the file. */
    List<String> next() throws IOException, SyntaxException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\r' || c == '\n') {
            endLine(c);
            c = read();
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            c = c == '"' ? quotedField() : plainField(c);
            fields.add(field.toString());
            field.setLength(0);
            if (fields.size() > MAX_FIELDS) {
                // a row of millions of commas would fill the heap with empty fields
                throw new SyntaxException("line " + recordLine + " has more than " + MAX_FIELDS + " fields");
            }
            if (c != ',') {
                if (c != -1) {
                    endLine(c);
                }
                return fields;
            }
            c = read();
        }
    }

    /** Reads a field that does not start with a quote; returns the character after it. */
    private int plainField(int first) throws IOException, SyntaxException {
        int c = first;
        while (c != ',' && c != '\r' && c != '\n' && c != -1) {
            if (c == '"') {
                throw new SyntaxException("line " + line + " has a quote (\") inside a field that does not start "
                        + "with one; put the whole field in quotes and write the inner quote twice (\"\")");
            }
            append((char) c);
            c = read();
        }
        return c;
    }

    /** Reads a field after its opening quote; returns the character after the closing quote. */
    private int quotedField() throws IOException, SyntaxException {
        int startLine = line;
        while (true) {
            int c = read();
            if (c == -1) {
                throw new SyntaxException("the quoted field that starts on line " + startLine
                        + " has no closing quote (\")");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    if (after != ',' && after != '\r' && after != '\n' && after != -1) {
                        throw new SyntaxException("line " + line + " has text after the closing quote of a field; "
                                + "a quote inside a quoted field must be written twice (\"\")");
                    }
                    return after;
                }
                append('"');
            } else if (c == '\r') {
                int after = read();
                if (after == '\n') {
                    append('\n');
                } else {
                    append('\r');
                    pushedBack = after;
                }
                line++;
            } else {
                if (c == '\n') {
                    line++;
                }
                append((char) c);
            }
        }
    }

    /** Consumes a line break that starts with c, treating CRLF as one. */
    /** A field longer than any record may be is refused as it is read, before it can fill the heap. */
    private void append(char c) throws SyntaxException {
        if (field.length() >= HsdsLimits.MAX_FIELD) {
            throw new SyntaxException("line " + line + " has a field longer than " + HsdsLimits.MAX_FIELD
                    + " characters");
        }
        field.append(c);
    }

    private void endLine(int c) throws IOException {
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                pushedBack = after;
            }
        }
        line++;
    }

    private int read() throws IOException {
        if (pushedBack != NONE) {
            int c = pushedBack;
            pushedBack = NONE;
            return c;
        }
        if (position == length) {
            length = in.read(buffer);
            position = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[position++];
    }
}
