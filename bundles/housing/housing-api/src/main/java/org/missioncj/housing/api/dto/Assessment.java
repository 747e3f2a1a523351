package org.missioncj.housing.api.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The needs and preferences assessment. Each save is a new version; every version stays readable. Nothing here asks
 * about sobriety, treatment or tests: housing first places without conditions.
 */
public class Assessment {
    public String participantId;
    public int version;
    /** Areas or neighbourhoods the participant prefers. */
    public String area;
    public Integer householdSize;
    public String householdNotes;
    public String accessibility;
    public String pets;
    /** What the participant can pay each month (USD, two decimals at most). */
    public BigDecimal monthlyBudget;
    public List<Barrier> barriers;
    public String barrierNotes;
    public Instant assessedAt;
    public String assessedBy;

    /** What may stand between the participant and a lease. */
    public enum Barrier {
        CRIMINAL_RECORD, PAST_EVICTION, CREDIT, SEX_OFFENDER_REGISTRY, NO_INCOME, NO_ID
    }
}
