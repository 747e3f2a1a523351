package org.missioncj.consent.api.dto;

import java.time.LocalDate;

/**
 * Records that an event named by a consent happened: its expiry event (the consent ends) or, for a
 * §2.35 consent, the event after which it may be revoked (it stays in force).
 */
public class ConsentEnd {
    public LocalDate occurredOn;
    public String note;
}
