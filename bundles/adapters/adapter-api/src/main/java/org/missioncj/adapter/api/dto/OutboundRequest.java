package org.missioncj.adapter.api.dto;

import java.time.LocalDate;

/** A message to send: what, about whom, to which host system. */
public class OutboundRequest {
    /** A system named in the runtime's {@code systems} setting, which gives its recipient. */
    public String system;
    public OutboundKind kind;
    public String participantId;
    /** PROGRESS_REPORT: the period (inclusive). */
    public LocalDate from;
    public LocalDate to;
}
