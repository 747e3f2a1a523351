package org.missioncj.cti.api.dto;

import java.time.LocalDate;

/** Which contacts of one participant to list: {@link #participantId} is required; the days are inclusive, in the site's time zone. */
public class ContactSearch {
    public String participantId;
    public LocalDate from;
    public LocalDate to;

    public ContactSearch() {
    }

    public ContactSearch(String participantId, LocalDate from, LocalDate to) {
        this.participantId = participantId;
        this.from = from;
        this.to = to;
    }
}
