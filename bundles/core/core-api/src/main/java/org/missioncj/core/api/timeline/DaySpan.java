package org.missioncj.core.api.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A status held from {@link #start} (inclusive) until {@link #end} (exclusive), or still held when the end is
 * null. A move on day D ends one status and starts the next on D, so consecutive spans meet without overlapping,
 * and a span covers the nights from its start to the night before its end. Days are the site's calendar days:
 * a change of clock (DST) changes nothing, and February 29 is a day like any other.
 */
public final class DaySpan {
    public final LocalDate start;
    public final LocalDate end;

    private DaySpan(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /** A span; the end (when given) must be after the start, since a span of no day holds nothing. */
    public static DaySpan of(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " is not after start " + start);
        }
        return new DaySpan(start, end);
    }

    public boolean isOpen() {
        return end == null;
    }

    /** Whether the two share a day (spans that only meet, one ending the day the other starts, do not). */
    public boolean overlaps(DaySpan other) {
        return (other.end == null || start.isBefore(other.end)) && (end == null || other.start.isBefore(end));
    }

    /**
     * The days (nights) of the period {@code from}..{@code to} (both inclusive) this span covers, counting an open
     * span, or any span, no later than {@code today} (the night of today included): what is to come is not counted.
     */
    public long daysWithin(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate until = earliest(to, today).plusDays(1);
        LocalDate lo = start.isBefore(from) ? from : start;
        LocalDate hi = end == null || end.isAfter(until) ? until : end;
        return hi.isAfter(lo) ? ChronoUnit.DAYS.between(lo, hi) : 0;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The same count in SQL over a table's spans kept as epoch days ({@code <alias>.start_day}, {@code <alias>.end_day},
     * the end null while open), for one row; {@code #{from}} and {@code #{until}} are the epoch days of the period's
     * first day and of the day after its last counted day ({@link #untilDay}). Add {@link #sqlWithin} to the WHERE so
     * that only the spans that touch the period are read; then the expression is never negative. Portable: Derby has
     * no LEAST or GREATEST.
     */
    public static String sqlDays(String alias) {
        return "((CASE WHEN " + alias + ".end_day IS NULL OR " + alias + ".end_day > #{until} THEN #{until} ELSE "
                + alias + ".end_day END) - (CASE WHEN " + alias + ".start_day < #{from} THEN #{from} ELSE " + alias
                + ".start_day END))";
    }

    /** {@link #sqlDays} for the alias {@code s}, as a constant (a MyBatis annotation needs one). */
    public static final String SQL_DAYS_S = "((CASE WHEN s.end_day IS NULL OR s.end_day > #{until} THEN #{until} ELSE "
            + "s.end_day END) - (CASE WHEN s.start_day < #{from} THEN #{from} ELSE s.start_day END))";
    /** {@link #sqlWithin} for the alias {@code s}, as a constant. */
    public static final String SQL_WITHIN_S = "s.start_day < #{until} AND (s.end_day IS NULL OR s.end_day > #{from})";

    /** The condition that a row's span touches the period ({@link #sqlDays}). */
    public static String sqlWithin(String alias) {
        return alias + ".start_day < #{until} AND (" + alias + ".end_day IS NULL OR " + alias + ".end_day > #{from})";
    }

    /** The {@code #{until}} of {@link #sqlDays}: the day after the period's last day, and never after tomorrow. */
    public static long untilDay(LocalDate to, LocalDate today) {
        return earliest(to, today).plusDays(1).toEpochDay();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DaySpan && start.equals(((DaySpan) o).start) && Objects.equals(end, ((DaySpan) o).end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    @Override
    public String toString() {
        return start + ".." + (end == null ? "" : end.minusDays(1).toString());
    }
}
