package org.missioncj.consent.api.dto;

/** An installed court-report section and its consent category. */
public class ReportSectionInfo {
    public String id;
    public String title;
    public String category;
    public int order;
}
