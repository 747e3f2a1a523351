package org.missioncj.core.api.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Days of a period a status covers: each worked by hand. */
class DaySpanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aStatusThatBeganBeforeThePeriodCountsFromThePeriodsStart() {
        // housed since October 20, period November 1-30: the 30 nights of November
        assertEquals(30, DaySpan.of(d("2026-10-20"), null).daysWithin(d("2026-11-01"), d("2026-11-30"), TODAY));
        // and ended November 10: the nights of November 1 to 9
        assertEquals(9, DaySpan.of(d("2026-10-20"), d("2026-11-10")).daysWithin(d("2026-11-01"), d("2026-11-30"), TODAY));
    }

    @Test
    void anOpenStatusCountsUpToTonightNotTheFuture() {
        // since November 25, period November 1 to December 31, today December 1: Nov 25-30 and Dec 1 = 7
        assertEquals(7, DaySpan.of(d("2026-11-25"), null).daysWithin(d("2026-11-01"), d("2026-12-31"), TODAY));
        // a status starting tomorrow counts nothing yet
        assertEquals(0, DaySpan.of(d("2026-12-02"), null).daysWithin(d("2026-11-01"), d("2026-12-31"), TODAY));
    }

    @Test
    void aGapCountsForNeitherStatus() {
        DaySpan shelter = DaySpan.of(d("2026-11-01"), d("2026-11-06")); // nights of Nov 1-5
        DaySpan rental = DaySpan.of(d("2026-11-10"), null);             // from Nov 10
        assertEquals(5, shelter.daysWithin(d("2026-11-01"), d("2026-11-30"), TODAY));
        assertEquals(21, rental.daysWithin(d("2026-11-01"), d("2026-11-30"), TODAY));
        assertFalse(shelter.overlaps(rental));
    }

    @Test
    void aLeapDayIsANight() {
        // February 2028 has 29 days
        assertEquals(29, DaySpan.of(d("2028-01-15"), null).daysWithin(d("2028-02-01"), d("2028-02-29"), d("2028-06-01")));
        assertEquals(2, DaySpan.of(d("2028-02-28"), d("2028-03-01")).daysWithin(d("2028-02-01"), d("2028-03-31"),
                d("2028-06-01")));
        assertEquals(1, DaySpan.of(d("2027-02-28"), d("2027-03-01")).daysWithin(d("2027-02-01"), d("2027-03-31"),
                d("2027-06-01")));
    }

    @Test
    void aChangeOfClockChangesNoCount() {
        // US clocks go back on November 1, 2026 and forward on March 8, 2026: a 25- and a 23-hour day, one night each
        assertEquals(3, DaySpan.of(d("2026-10-31"), d("2026-11-03")).daysWithin(d("2026-10-01"), d("2026-11-30"), TODAY));
        assertEquals(3, DaySpan.of(d("2026-03-07"), d("2026-03-10")).daysWithin(d("2026-03-01"), d("2026-03-31"), TODAY));
    }

    @Test
    void spansThatMeetDoNotOverlap() {
        DaySpan a = DaySpan.of(d("2026-01-01"), d("2026-02-01"));
        assertFalse(a.overlaps(DaySpan.of(d("2026-02-01"), null)));
        assertTrue(a.overlaps(DaySpan.of(d("2026-01-31"), null)));
        assertTrue(DaySpan.of(d("2025-01-01"), null).overlaps(DaySpan.of(d("2026-06-01"), d("2026-06-02"))));
        assertTrue(a.overlaps(DaySpan.of(d("2025-12-01"), d("2026-03-01"))));
        assertEquals("2026-01-01..2026-01-31", a.toString());
        assertThrows(IllegalArgumentException.class, () -> DaySpan.of(d("2026-02-01"), d("2026-02-01")));
        assertThrows(IllegalArgumentException.class, () -> DaySpan.of(d("2026-02-01"), d("2026-01-01")));
    }

    @Test
    void theSqlUntilDayStopsAtTonight() {
        assertEquals(d("2026-12-01").toEpochDay(), DaySpan.untilDay(d("2026-11-30"), TODAY));
        assertEquals(d("2026-12-02").toEpochDay(), DaySpan.untilDay(d("2026-12-31"), TODAY));
    }

    @Test
    void theSqlConstantsAreTheSqlOfAliasS() {
        assertEquals(DaySpan.sqlDays("s"), DaySpan.SQL_DAYS_S);
        assertEquals(DaySpan.sqlWithin("s"), DaySpan.SQL_WITHIN_S);
    }
}
