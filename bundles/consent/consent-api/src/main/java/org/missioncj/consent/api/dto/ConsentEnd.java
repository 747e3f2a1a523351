package org.missioncj.consent.api.dto;

import java.time.LocalDate;

/** Records that a consent's expiry event happened (for §2.35, that the case or supervision ended). */
public class ConsentEnd {
    public LocalDate occurredOn;
    public String note;
}
