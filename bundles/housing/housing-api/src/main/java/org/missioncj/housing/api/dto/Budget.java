package org.missioncj.housing.api.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A monthly housing budget: income, rent and other costs; the shortfall is what the costs exceed the income by. */
public class Budget {
    public String participantId;
    public int version;
    public List<Line> lines;
    /** Read-only sums. */
    public BigDecimal income;
    public BigDecimal rent;
    public BigDecimal otherCosts;
    /** Read-only: costs minus income when positive, else 0. */
    public BigDecimal shortfall;
    public Instant updatedAt;
    public String updatedBy;

    public static class Line {
        public Kind kind;
        public String label;
        /** Per month, USD, not negative, two decimals at most. */
        public BigDecimal amount;
    }

    public enum Kind {
        INCOME, RENT, COST
    }
}
