package org.missioncj.consent.api.dto;

import java.time.LocalDate;
import java.util.List;

/** What someone wants to disclose, to whom and why. */
public class DisclosureRequest {
    public String participantId;
    public RecipientClass recipientClass;
    public String recipientName;
    public DisclosurePurpose purpose;
    /** The information categories wanted; a decision may allow only some of them. */
    public List<String> categories;
    /** For a check only: the day to decide for (default today). A disclosure always happens today. */
    public LocalDate on;
}
