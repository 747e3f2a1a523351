package org.missioncj.linkage.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A closed-loop referral of a participant to a service of the directory. */
public class Referral {
    public String id;
    public long version;
    public String participantId;
    /** The directory's service (its HSDS id). */
    public String serviceId;
    /** The service's and its organization's names when the referral was made, kept if the directory changes. */
    public String serviceName;
    public String organizationName;
    public String reason;
    /** Whether the Peer Support Specialist goes with the participant. */
    public Boolean accompanied;
    public ReferralStatus status;
    public LocalDate sentOn;
    /** The appointment, once scheduled. */
    public LocalDate appointmentOn;
    /** The day the current step is due by (the answer to a sent referral, the appointment, the follow-up after it); null once ended. */
    public LocalDate dueOn;
    /** Whether the current step is late today. */
    public boolean late;
    public List<ReferralStep> history = new ArrayList<>();
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
}
