package org.missioncj.cti.impl;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.missioncj.cti.api.dto.DueContact;
import org.missioncj.cti.api.dto.Phase;

/**
 * The site's CTI phase plan and its date arithmetic. The plan names phases with a length in months
 * for the reference enrollment (the sum of the lengths, 12 in the MISSION-CJ plan) and a contact
 * interval each. Shorter or longer enrollments scale the phase lengths in proportion; the contact
 * intervals stay. Everything is in calendar days of the site's time zone, so daylight saving time
 * cannot move a weekly contact.
 */
final class PhasePlan {
    static final class Spec {
        final String name;
        final int months;
        final Period interval;

        Spec(String name, int months, Period interval) {
            this.name = name;
            this.months = months;
            this.interval = interval;
        }
    }

    private final List<Spec> specs;
    private final int planMonths;

    PhasePlan(List<Spec> specs) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("A CTI plan needs at least one phase");
        }
        this.specs = Collections.unmodifiableList(new ArrayList<>(specs));
        this.planMonths = specs.stream().mapToInt(s -> s.months).sum();
    }

    /** Reads the plan from comma-separated configuration values (the format of etc/org.missioncj.cti.cfg). */
    static PhasePlan parse(String names, String months, String intervals) {
        String[] n = split(names);
        String[] m = split(months);
        int[] monthValues = new int[m.length];
        for (int i = 0; i < m.length; i++) {
            try {
                monthValues[i] = Integer.parseInt(m[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Phase length '" + m[i] + "' is not a whole number of months");
            }
        }
        return of(n, monthValues, split(intervals));
    }

    private static String[] split(String list) {
        return list == null || list.isBlank() ? new String[0] : list.trim().split("\\s*,\\s*");
    }

    /** Reads the plan from configuration values; throws with a message an operator can act on. */
    static PhasePlan of(String[] names, int[] months, String[] intervals) {
        if (names.length == 0 || names.length != months.length || names.length != intervals.length) {
            throw new IllegalArgumentException("The CTI plan needs as many phase names (" + names.length
                    + "), lengths (" + months.length + ") and contact intervals (" + intervals.length + ")");
        }
        List<Spec> specs = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (months[i] < 1) {
                throw new IllegalArgumentException("Phase " + (i + 1) + " must last at least one month");
            }
            Period p;
            try {
                p = Period.parse(intervals[i]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Contact interval '" + intervals[i] + "' of phase " + (i + 1)
                        + " is not an ISO-8601 period such as P7D, P14D or P1M");
            }
            if (p.isNegative() || p.isZero() || p.getYears() != 0 || (p.getMonths() != 0 && p.getDays() != 0)) {
                throw new IllegalArgumentException("Contact interval '" + intervals[i] + "' of phase " + (i + 1)
                        + " must be a positive number of days or of months");
            }
            specs.add(new Spec(names[i], months[i], p));
        }
        return new PhasePlan(specs);
    }

    int planMonths() {
        return planMonths;
    }

    int size() {
        return specs.size();
    }

    String name(int phase) {
        if (phase <= 0) {
            return "Not started";
        }
        if (phase > specs.size()) {
            return "Plan ended";
        }
        return specs.get(phase - 1).name;
    }

    /** The phases of an enrollment of {@code programMonths} whose community phases start on {@code anchor}. */
    List<Phase> phases(LocalDate anchor, int programMonths) {
        List<Phase> out = new ArrayList<>();
        int cumulative = 0;
        LocalDate start = anchor;
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            cumulative += s.months;
            LocalDate end = plusMonthFraction(anchor, (long) cumulative * programMonths, planMonths);
            Phase p = new Phase();
            p.number = i + 1;
            p.name = s.name;
            p.start = start;
            p.end = end;
            p.contactInterval = s.interval.toString();
            out.add(p);
            start = end;
        }
        return out;
    }

    /** Every due contact of the plan: one window per interval, inside its phase. */
    List<DueContact> dueContacts(LocalDate anchor, int programMonths) {
        List<DueContact> out = new ArrayList<>();
        List<Phase> phases = phases(anchor, programMonths);
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            Period interval = specs.get(i).interval;
            // Each due date is counted from the phase start (not from the previous one), so month
            // ends do not drift: Jan 31 + 1 month = Feb 28, + 2 months = Mar 31.
            for (int k = 0;; k++) {
                LocalDate due = p.start.plus(interval.multipliedBy(k));
                if (!due.isBefore(p.end)) {
                    break;
                }
                LocalDate next = p.start.plus(interval.multipliedBy(k + 1));
                DueContact d = new DueContact();
                d.dueDate = due;
                d.windowEnd = next.isBefore(p.end) ? next : p.end;
                d.phase = p.number;
                out.add(d);
            }
        }
        return out;
    }

    /** The phase on a day: 0 before the first phase, size()+1 on or after the end of the last. */
    static int phaseOn(List<Phase> phases, LocalDate day) {
        if (day.isBefore(phases.get(0).start)) {
            return 0;
        }
        for (Phase p : phases) {
            if (day.isBefore(p.end)) {
                return p.number;
            }
        }
        return phases.size() + 1;
    }

    /**
     * {@code start} plus numerator/denominator months: whole calendar months, then the fraction of
     * the following month in days (rounded), so 4.5 months after Jan 10 is May 10 plus half of the
     * 31 days to Jun 10.
     */
    static LocalDate plusMonthFraction(LocalDate start, long numerator, int denominator) {
        long whole = numerator / denominator;
        long rest = numerator % denominator;
        LocalDate base = start.plusMonths(whole);
        if (rest == 0) {
            return base;
        }
        long days = ChronoUnit.DAYS.between(base, start.plusMonths(whole + 1));
        return base.plusDays(Math.round(days * rest / (double) denominator));
    }
}
