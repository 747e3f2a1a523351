package org.missioncj.core.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link ReportSection} says: a one-line summary, labelled facts and, optionally, one table.
 * Plain text only; the report escapes it for HTML.
 */
public class ReportContent {
    /** A label and its value, e.g. "Enrollment status" / "ACTIVE". */
    public static class Fact {
        public String label;
        public String value;

        public Fact() {
        }

        public Fact(String label, String value) {
            this.label = label;
            this.value = value;
        }
    }

    public String summary;
    public List<Fact> facts = new ArrayList<>();
    /** Column headings of the table; empty when the section has no table. */
    public List<String> columns = new ArrayList<>();
    /** Rows of the table, each with one cell per column. */
    public List<List<String>> rows = new ArrayList<>();

    public ReportContent summary(String text) {
        this.summary = text;
        return this;
    }

    public ReportContent fact(String label, Object value) {
        facts.add(new Fact(label, value == null ? "" : String.valueOf(value)));
        return this;
    }

    public ReportContent columns(String... headings) {
        columns = new ArrayList<>(List.of(headings));
        return this;
    }

    public ReportContent row(Object... cells) {
        List<String> r = new ArrayList<>(cells.length);
        for (Object c : cells) {
            r.add(c == null ? "" : String.valueOf(c));
        }
        rows.add(r);
        return this;
    }
}
