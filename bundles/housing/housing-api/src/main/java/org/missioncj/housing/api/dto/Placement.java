package org.missioncj.housing.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A move-in: the participant moved into a unit on a day, with help. Recording it starts the housing status of the
 * unit's kind (RECOVERY_RESIDENCE or RENTAL) on that day. At risk while a conflict is unresolved or rent is unpaid.
 */
public class Placement {
    public String id;
    public long version;
    public String participantId;
    public String unitId;
    public LocalDate moveInDate;
    /** Help with the move: furniture, deposit, transport. */
    public String moveHelp;
    /** The first month rent went unpaid, while it is; absent when rent is paid up. */
    public LocalDate rentUnpaidSince;
    public LocalDate endedOn;
    /** Read-only: the status period the move-in started. */
    public String statusPeriodId;
    /** Read-only: unresolved conflicts. */
    public int openConflicts;
    /** Read-only: an unresolved conflict, or rent unpaid. */
    public boolean atRisk;
    public Instant updatedAt;
    public String updatedBy;
}
