package org.missioncj.adapter.api.dto;

/** How staff resolve a message in review: link it to a participant (it then proceeds), or dismiss it. */
public class ReviewDecision {
    /** To link: the participant the message is about. */
    public String participantId;
    /** Why (required to dismiss; kept with the message and in the audit trail). */
    public String reason;
}
