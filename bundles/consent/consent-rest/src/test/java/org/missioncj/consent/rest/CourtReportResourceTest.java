package org.missioncj.consent.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

class CourtReportResourceTest {
    @Test
    void htmlOnlyWhenPreferredOverJson() {
        assertTrue(CourtReportResource.prefersHtml(List.of(MediaType.TEXT_HTML_TYPE, MediaType.WILDCARD_TYPE)));
        assertTrue(CourtReportResource.prefersHtml(List.of(new MediaType("text", "*"))));
        assertFalse(CourtReportResource.prefersHtml(List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE)));
        assertFalse(CourtReportResource.prefersHtml(List.of(MediaType.WILDCARD_TYPE)));
        assertFalse(CourtReportResource.prefersHtml(List.of()));
    }
}
