package org.missioncj.adapter.api.dto;

/** Filters of the outbox list. */
public class OutboxSearch {
    public OutboxState state;
    public String system;
    public String participantId;

    public OutboxSearch() {
    }

    public OutboxSearch(OutboxState state, String system, String participantId) {
        this.state = state;
        this.system = system;
        this.participantId = participantId;
    }
}
