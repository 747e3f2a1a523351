package org.missioncj.registry.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/** A participant's period of MISSION-CJ service with one team. */
public class Enrollment {
    public String id;
    public long version;
    public String participantId;
    public String teamId;
    /** 2, 6 or 12. */
    public Integer programMonths;
    public StartSetting startSetting;
    public ReferralSource referralSource;
    public String referralNote;
    public LocalDate startDate;
    /** Derived: start date plus the program length. */
    public LocalDate expectedEndDate;
    /** REFERRED (default) or ENROLLED on create; later changed only through a status change. */
    public EnrollmentStatus status;
    public String statusReason;
    public LocalDate statusDate;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
}
