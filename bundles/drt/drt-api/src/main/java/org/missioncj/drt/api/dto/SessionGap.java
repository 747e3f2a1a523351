package org.missioncj.drt.api.dto;

import java.time.LocalDate;

/** A participant on a caseload without a DRT session attended or partly attended in the period asked. */
public class SessionGap {
    public String participantId;
    public String enrollmentId;
    public String teamId;
    public LocalDate enrollmentStart;
    /** The day of the last session attended or partly attended in this enrollment; null when never. */
    public LocalDate lastSessionDate;
    /** Days since then (site time zone); null when never. */
    public Integer daysSinceLast;
}
