package org.missioncj.peer.api.dto;

import java.time.LocalDate;

/** A member leaving a group: the last day they were a member, and why (optional). */
public class Leaving {
    public LocalDate leftOn;
    public String reason;

    public Leaving() {
    }

    public Leaving(LocalDate leftOn, String reason) {
        this.leftOn = leftOn;
        this.reason = reason;
    }
}
