package org.missioncj.linkage.impl.hsds;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems a reader finds, keeping the first {@link HsdsFormatException#KEPT} and
 * counting the rest, so a file broken in every row is still read once, in bounded memory.
 */
final class ProblemLog {

    private final List<HsdsProblem> kept = new ArrayList<>();
    private int total;

    void add(HsdsProblem problem) {
        if (kept.size() < HsdsFormatException.KEPT) {
            kept.add(problem);
        }
        total++;
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** Ends the read with every problem so far. */
    HsdsFormatException failure() {
        return new HsdsFormatException(kept, total);
    }

    /** Adds a last, fatal problem and ends the read. */
    HsdsFormatException failure(HsdsProblem last) {
        add(last);
        return failure();
    }

    void throwIfAny() {
        if (total > 0) {
            throw failure();
        }
    }
}
