package org.missioncj.adapter.api.dto;

/** Filters of the inbox list; the default is what waits for staff (REVIEW). */
public class InboxSearch {
    public InboxState state;
    public String sourceSystem;
    public String participantId;

    public InboxSearch() {
    }

    public InboxSearch(InboxState state, String sourceSystem, String participantId) {
        this.state = state;
        this.sourceSystem = sourceSystem;
        this.participantId = participantId;
    }
}
