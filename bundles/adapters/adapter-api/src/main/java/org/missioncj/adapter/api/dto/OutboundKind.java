package org.missioncj.adapter.api.dto;

import java.util.List;

/** What the platform tells a host system. Each carries only its information categories. */
public enum OutboundKind {
    /** A participant was enrolled: identifiers, start date, length, status. */
    ENROLLMENT_NOTICE("ENROLLMENT"),
    /** A court progress report for a period, with the sections the consent allows. */
    PROGRESS_REPORT(null),
    /** The participant completed (graduated from) the program. */
    COMPLETION("ENROLLMENT"),
    /** The team could not reach the participant for a due contact. */
    MISSED_CONTACT_ALERT("CASE_MANAGEMENT");

    private final String category;

    OutboundKind(String category) {
        this.category = category;
    }

    /** The information categories the message discloses; a progress report asks for every installed section's. */
    public List<String> categories() {
        return category == null ? List.of() : List.of(category);
    }
}
