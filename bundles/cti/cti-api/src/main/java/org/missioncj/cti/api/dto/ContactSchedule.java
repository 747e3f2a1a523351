package org.missioncj.cti.api.dto;

import java.time.LocalDate;
import java.util.List;

/** A participant's CTI plan, due contacts and adherence. */
public class ContactSchedule {
    public String participantId;
    public String enrollmentId;
    public String teamId;
    /** The day the community phases start: the release day if known, else the enrollment start. */
    public LocalDate anchorDate;
    public LocalDate today;
    /** Derived from the dates: 0 before the plan starts, phases.size()+1 after it ends. */
    public int currentPhase;
    public String currentPhaseName;
    public List<Phase> phases;
    public List<DueContact> due;
    /** Windows that opened until today. */
    public int dueCount;
    public int doneCount;
    public int missedCount;
    public int upcomingCount;
}
