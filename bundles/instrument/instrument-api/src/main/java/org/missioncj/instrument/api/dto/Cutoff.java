package org.missioncj.instrument.api.dto;

import java.util.ArrayList;
import java.util.List;

/**
 * A cut-off: met when every one of its {@link #rules} holds (a score at or above a value), and, when
 * {@link #when} is given, only for screens whose answers satisfy it (AUDIT-C's cut-off by the sex answered).
 * A cut-off with one rule can be set per site ({@code configurable}); the result keeps the value applied.
 */
public class Cutoff {
    /** Unique among the instrument's cut-offs, e.g. {@code positive}, {@code probable-ptsd}. */
    public String id;
    public String title;
    public List<Rule> rules = new ArrayList<>();
    public Condition when;
    /** Whether a site may set its single rule's value (PC-PTSD-5 at 3 or 4; PCL-5 at 33). */
    public Boolean configurable;
    /** Whether meeting it makes the screen positive (for a TRAUMA instrument: a positive trauma screen). */
    public Boolean positive;
    /** The result's wording when met, e.g. "Probable PTSD: a full assessment is indicated". */
    public String metText;
    /** The result's wording when not met (may be left out). */
    public String notMetText;

    /** {@link #score} at or above {@link #atLeast}. */
    public static class Rule {
        public String score;
        public Integer atLeast;

        public Rule() {
        }

        public Rule(String score, int atLeast) {
            this.score = score;
            this.atLeast = atLeast;
        }
    }
}
