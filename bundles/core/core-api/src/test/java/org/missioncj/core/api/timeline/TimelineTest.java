package org.missioncj.core.api.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** How a new status joins a timeline: a move ends the open one, anything else that overlaps is a conflict. */
class TimelineTest {
    private static DaySpan s(String start, String end) {
        return DaySpan.of(LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    private static final Function<DaySpan, DaySpan> SELF = x -> x;

    @Test
    void aNewOpenStatusAfterTheOpenOneIsAMove() {
        DaySpan shelter = s("2026-10-01", null);
        Timeline.Fit<DaySpan> fit = Timeline.fit(List.of(s("2026-09-01", "2026-10-01"), shelter), SELF,
                s("2026-11-15", null), true);
        assertNull(fit.conflict);
        assertEquals(shelter, fit.ends);
    }

    @Test
    void periodsThatOnlyMeetDoNotConflict() {
        Timeline.Fit<DaySpan> fit = Timeline.fit(List.of(s("2026-09-01", "2026-10-01")), SELF,
                s("2026-10-01", "2026-10-05"), true);
        assertNull(fit.conflict);
        assertNull(fit.ends);
        // a gap between them is fine too
        assertNull(Timeline.fit(List.of(s("2026-09-01", "2026-10-01")), SELF, s("2026-10-03", null), true).conflict);
    }

    @Test
    void aClosedPeriodInsideTheOpenOneConflictsWithIt() {
        DaySpan open = s("2026-10-01", null);
        Timeline.Fit<DaySpan> fit = Timeline.fit(List.of(open), SELF, s("2026-11-01", "2026-11-05"), true);
        assertEquals(open, fit.conflict);
        assertNull(fit.ends);
    }

    @Test
    void anOpenStatusStartingTheSameDayOrBeforeTheOpenOneConflicts() {
        DaySpan open = s("2026-10-01", null);
        assertEquals(open, Timeline.fit(List.of(open), SELF, s("2026-10-01", null), true).conflict);
        assertEquals(open, Timeline.fit(List.of(open), SELF, s("2026-09-20", null), true).conflict);
    }

    @Test
    void aMoveOverALaterClosedPeriodConflictsWithThatPeriod() {
        DaySpan later = s("2026-12-01", "2026-12-10");
        Timeline.Fit<DaySpan> fit = Timeline.fit(List.of(s("2026-10-01", "2026-11-01"), later), SELF,
                s("2026-11-20", null), true);
        assertEquals(later, fit.conflict);
    }

    @Test
    void aCorrectionNeverMoves() {
        DaySpan open = s("2026-10-01", null);
        assertEquals(open, Timeline.fit(List.of(open), SELF, s("2026-11-15", null), false).conflict);
    }
}
