package org.missioncj.consent.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A court order authorizing disclosure (42 CFR Part 2 subpart E), a basis for disclosure when no
 * consent covers it. Disclosures under it are recorded like consented ones.
 */
public class CourtOrder {
    public String id;
    public String participantId;
    public String court;
    public String docketNumber;
    public LocalDate orderedOn;
    /** The order's scope: the information categories it authorizes. */
    public List<String> categories;
    public RecipientClass recipientClass;
    public String recipientName;
    public DisclosurePurpose purpose;
    /** The order's own limits, in its words. */
    public String scopeDescription;
    /** Null when the order gives no end. */
    public LocalDate expiresOn;
    public Instant createdAt;
    public String createdBy;
}
