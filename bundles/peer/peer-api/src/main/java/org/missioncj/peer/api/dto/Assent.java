package org.missioncj.peer.api.dto;

import java.time.LocalDate;

/**
 * A member's agreement to one version of the group's comfort agreement. As input (agreeing to the version
 * in force): the participant and the day they agreed.
 */
public class Assent {
    public String participantId;
    public LocalDate agreedOn;
    /** Read-only: the version agreed to. */
    public Integer version;
    /** Read-only: agreed when joining the group (rather than when the group wrote it, or later). */
    public boolean atJoin;

    public Assent() {
    }

    public Assent(String participantId, LocalDate agreedOn) {
        this.participantId = participantId;
        this.agreedOn = agreedOn;
    }
}
