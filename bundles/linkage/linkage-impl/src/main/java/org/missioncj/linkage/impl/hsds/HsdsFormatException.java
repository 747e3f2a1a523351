package org.missioncj.linkage.impl.hsds;

import java.util.List;

/**
 * An HSDS file was refused: it could not be read, or it was read but breaks the rules. Imports
 * are all or nothing, so this carries every problem found (the first {@value #KEPT} of them,
 * which is enough to start fixing a file, and the total so the size of the job is known).
 */
public class HsdsFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How many problems are kept; a file wrong in every row would otherwise fill the heap. */
    public static final int KEPT = 100;

    private final List<HsdsProblem> problems;
    private final int totalProblems;

    /**
     * @param problems      the problems found, at least one; only the first {@value #KEPT} are kept
     * @param totalProblems how many were found in all, at least {@code problems.size()}
     */
    public HsdsFormatException(List<HsdsProblem> problems, int totalProblems) {
        super(summary(problems, totalProblems));
        this.problems = List.copyOf(problems.subList(0, Math.min(KEPT, problems.size())));
        this.totalProblems = Math.max(totalProblems, problems.size());
    }

    /** Every problem in the list; the total is its size. */
    public HsdsFormatException(List<HsdsProblem> problems) {
        this(problems, problems.size());
    }

    /** The first problems found, in file order, at most {@value #KEPT}. */
    public List<HsdsProblem> problems() {
        return problems;
    }

    /** How many problems were found in all, which may be more than {@link #problems()} holds. */
    public int totalProblems() {
        return totalProblems;
    }

    private static String summary(List<HsdsProblem> problems, int total) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an HSDS format exception needs at least one problem");
        }
        int count = Math.max(total, problems.size());
        StringBuilder text = new StringBuilder("The HSDS file was not imported: ")
                .append(count).append(count == 1 ? " problem" : " problems");
        int shown = Math.min(5, problems.size());
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? ": " : "; ").append(problems.get(i));
        }
        if (count > shown) {
            text.append("; and ").append(count - shown).append(" more");
        }
        return text.toString();
    }
}
