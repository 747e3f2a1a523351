package org.missioncj.linkage.api.dto;

import java.time.LocalDate;

/** A referral of the team whose current step is late: the reminder on the team's list. */
public class ReferralFollowUp {
    public String referralId;
    public String participantId;
    public String serviceName;
    public ReferralStatus status;
    public LocalDate dueOn;
    public long daysLate;
    /** What to do: "ask whether the service accepted", "schedule the appointment", "record whether they attended". */
    public String action;
}
