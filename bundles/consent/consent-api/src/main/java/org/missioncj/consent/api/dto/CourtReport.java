package org.missioncj.consent.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.missioncj.core.spi.ReportContent;

/** A court progress report as disclosed: its sections, the basis and the §2.32 notice. */
public class CourtReport {
    /** One section, as its module rendered it. */
    public static class Section {
        public String id;
        public String title;
        public String category;
        public ReportContent content;
    }

    public String participantId;
    public LocalDate from;
    public LocalDate to;
    public Instant generatedAt;
    public String generatedBy;
    public RecipientClass recipientClass;
    public String recipientName;
    public DisclosurePurpose purpose;
    /** The recorded disclosure this report is. */
    public String disclosureId;
    public DisclosureBasis basis;
    public String consentId;
    public String courtOrderId;
    /** What the consent or order allows, in words: §2.32(b) asks for its scope to go with the disclosure. */
    public String basisDescription;
    public List<Section> sections = new ArrayList<>();
    /** Categories of installed sections that the basis does not cover, so they were left out. */
    public List<String> withheldCategories = new ArrayList<>();
    public String notice;
}
