package org.missioncj.core.api.timeline;

import java.util.Collection;
import java.util.function.Function;

/**
 * How a new status joins a participant's timeline, whose spans never overlap. A new open status that starts after
 * the open one is a move: it ends the open one on its first day. Any other overlap is a conflict (409, naming the
 * conflicting period), which staff resolve by correcting the dates of one or the other.
 */
public final class Timeline {
    private Timeline() {
    }

    /** The outcome of {@link #fit}: at most one of the two is set. */
    public static final class Fit<T> {
        /** A period the new one overlaps: the new one may not be recorded as it is. */
        public final T conflict;
        /** The open period the new one ends on its start (a move), or null. */
        public final T ends;

        private Fit(T conflict, T ends) {
            this.conflict = conflict;
            this.ends = ends;
        }
    }

    /**
     * Where {@code added} goes among {@code existing} (the participant's other periods: leave out the one being
     * corrected). With {@code allowMove} false (a correction of dates), every overlap is a conflict.
     */
    public static <T> Fit<T> fit(Collection<T> existing, Function<T, DaySpan> span, DaySpan added, boolean allowMove) {
        T ends = null;
        for (T e : existing) {
            DaySpan s = span.apply(e);
            if (!s.overlaps(added)) {
                continue;
            }
            if (allowMove && s.isOpen() && added.isOpen() && s.start.isBefore(added.start) && ends == null) {
                ends = e;
            } else {
                return new Fit<>(e, null);
            }
        }
        return new Fit<>(null, ends);
    }
}
