package org.missioncj.consent.rest;

import java.util.List;

import org.missioncj.consent.api.dto.CourtReport;
import org.missioncj.core.spi.ReportContent;

/** A court report as a self-contained, printable HTML page, with the §2.32 notice at top and bottom. */
final class CourtReportPage {
    private CourtReportPage() {
    }

    static String render(CourtReport r) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Court progress report</title><style>")
                .append("body{font-family:serif;max-width:48em;margin:2em auto;color:#000}")
                .append(".notice{border:2px solid #000;padding:.6em;font-weight:bold}")
                .append("table{border-collapse:collapse;width:100%;margin:.5em 0}")
                .append("th,td{border:1px solid #444;padding:.25em .5em;text-align:left;vertical-align:top}")
                .append("dt{font-weight:bold}@media print{body{margin:0}}")
                .append("</style></head><body>\n");
        notice(h, r.notice);
        h.append("<h1>Court progress report</h1>\n<table>");
        row(h, "Participant", r.participantId);
        row(h, "Period", r.from + " to " + r.to);
        row(h, "Recipient", (r.recipientName == null ? "" : r.recipientName + ", ") + r.recipientClass);
        row(h, "Purpose", String.valueOf(r.purpose));
        row(h, "Prepared", r.generatedAt + " by " + r.generatedBy);
        row(h, "Disclosure record", r.disclosureId);
        h.append("</table>\n<h2>Basis for this disclosure</h2>\n<p>").append(esc(r.basisDescription)).append("</p>\n");
        for (CourtReport.Section s : r.sections) {
            h.append("<section><h2>").append(esc(s.title)).append("</h2>\n");
            ReportContent c = s.content;
            if (c != null) {
                if (c.summary != null) {
                    h.append("<p>").append(esc(c.summary)).append("</p>\n");
                }
                if (!c.facts.isEmpty()) {
                    h.append("<table>");
                    for (ReportContent.Fact f : c.facts) {
                        row(h, f.label, f.value);
                    }
                    h.append("</table>\n");
                }
                if (!c.columns.isEmpty()) {
                    h.append("<table><thead><tr>");
                    for (String col : c.columns) {
                        h.append("<th>").append(esc(col)).append("</th>");
                    }
                    h.append("</tr></thead><tbody>");
                    for (List<String> cells : c.rows) {
                        h.append("<tr>");
                        for (String cell : cells) {
                            h.append("<td>").append(esc(cell)).append("</td>");
                        }
                        h.append("</tr>");
                    }
                    h.append("</tbody></table>\n");
                }
            }
            h.append("</section>\n");
        }
        if (!r.withheldCategories.isEmpty()) {
            h.append("<p><em>Not included, because the basis above does not cover them: ")
                    .append(esc(String.join(", ", r.withheldCategories))).append(".</em></p>\n");
        }
        notice(h, r.notice);
        return h.append("</body></html>\n").toString();
    }

    private static void notice(StringBuilder h, String notice) {
        h.append("<p class=\"notice\">").append(esc(notice)).append("</p>\n");
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '&': out.append("&amp;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(ch);
            }
        }
        return out.toString();
    }
}
