package org.missioncj.drt.api.dto;

import java.time.LocalDate;

/** A participant's progress through the DRT catalog in use, for one enrollment. */
public class DrtProgress {
    public String participantId;
    public String enrollmentId;
    public String teamId;
    /** The distinct sessions of the catalog in use (not retired) attended or partly attended. */
    public int sessionsDone;
    /** The sessions the catalog in use counts (13 in the shipped manual). */
    public int sessionsTotal;
    /** The lowest-numbered session of the catalog not done yet; null when every one is done. */
    public String nextSessionId;
    public Integer nextSessionNumber;
    public String nextSessionTitle;
    /** The day of the last session attended or partly attended (any catalog session); null when none. */
    public LocalDate lastSessionDate;
    /** Days from that day to today (site time zone); null when none. */
    public Integer daysSinceLast;
}
