package org.missioncj.adapter.api.dto;

/** The answer to a host system: its message is stored (or was already). */
public class InboxReceipt {
    public String id;
    public String sourceSystem;
    public String messageId;
    /** True when this (source system, message id) had been received before: no second effect. */
    public boolean duplicate;
    public InboxState state;
}
