package org.missioncj.consent.api.dto;

import java.time.LocalDate;

/**
 * Which part of one participant's accounting of disclosures to list: {@link #participantId} is required;
 * the days are inclusive, in the site's time zone, within the last three years (§2.25).
 */
public class AccountingSearch {
    public String participantId;
    public LocalDate from;
    public LocalDate to;

    public AccountingSearch() {
    }

    public AccountingSearch(String participantId, LocalDate from, LocalDate to) {
        this.participantId = participantId;
        this.from = from;
        this.to = to;
    }
}
