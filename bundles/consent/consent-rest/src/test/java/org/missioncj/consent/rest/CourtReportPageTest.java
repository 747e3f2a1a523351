package org.missioncj.consent.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.missioncj.consent.api.dto.CourtReport;
import org.missioncj.core.spi.ReportContent;

class CourtReportPageTest {
    @Test
    void printsTheNoticeTwiceAndEscapesSectionText() {
        CourtReport r = new CourtReport();
        r.participantId = "p1";
        r.from = LocalDate.of(2026, 10, 1);
        r.to = LocalDate.of(2026, 10, 31);
        r.notice = "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";
        r.basisDescription = "Consent <x>";
        CourtReport.Section s = new CourtReport.Section();
        s.title = "Enrollment";
        s.content = new ReportContent().summary("<script>alert(1)</script>").fact("Status", "ACTIVE")
                .columns("Date", "Milestone").row("2026-10-02", "Released & enrolled");
        r.sections.add(s);
        r.withheldCategories.add("HOUSING");
        String html = CourtReportPage.render(r);
        assertEquals(2, html.split("prohibits unauthorized use or disclosure", -1).length - 1);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;"));
        assertTrue(html.contains("Released &amp; enrolled"));
        assertTrue(html.contains("Consent &lt;x&gt;"));
        assertTrue(html.contains("HOUSING"));
    }
}
