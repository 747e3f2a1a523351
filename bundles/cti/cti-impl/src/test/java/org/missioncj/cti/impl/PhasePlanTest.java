package org.missioncj.cti.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.missioncj.cti.api.dto.DueContact;
import org.missioncj.cti.api.dto.Phase;

class PhasePlanTest {
    static final PhasePlan MISSION = PhasePlan.of(new String[] {"Transition to community", "Try-out", "Transfer of care"},
            new int[] {4, 5, 3}, new String[] {"P7D", "P14D", "P1M"});

    @Test
    void twelveMonthsFollowTheReferencePlan() {
        LocalDate start = LocalDate.of(2026, 1, 15);
        List<Phase> p = MISSION.phases(start, 12);
        assertEquals(LocalDate.of(2026, 5, 15), p.get(0).end);
        assertEquals(LocalDate.of(2026, 5, 15), p.get(1).start);
        assertEquals(LocalDate.of(2026, 10, 15), p.get(1).end);
        assertEquals(LocalDate.of(2027, 1, 15), p.get(2).end);
        List<DueContact> due = MISSION.dueContacts(start, 12);
        long weekly = due.stream().filter(d -> d.phase == 1).count();
        long biweekly = due.stream().filter(d -> d.phase == 2).count();
        long monthly = due.stream().filter(d -> d.phase == 3).count();
        assertEquals(18, weekly); // 120 days / 7
        assertEquals(11, biweekly); // 153 days / 14
        assertEquals(3, monthly);
        // windows tile the plan: each ends where the next starts, the last at the plan's end
        for (int i = 1; i < due.size(); i++) {
            assertEquals(due.get(i - 1).windowEnd, due.get(i).dueDate, "gap before " + due.get(i).dueDate);
        }
        assertEquals(LocalDate.of(2027, 1, 15), due.get(due.size() - 1).windowEnd);
    }

    @Test
    void sixAndTwoMonthEnrollmentsScaleThePhases() {
        LocalDate start = LocalDate.of(2026, 1, 10);
        List<Phase> six = MISSION.phases(start, 6);
        assertEquals(LocalDate.of(2026, 3, 10), six.get(0).end); // 2 months
        assertEquals(LocalDate.of(2026, 5, 26), six.get(1).end); // 4.5 months: May 10 + 16 of 31 days
        assertEquals(LocalDate.of(2026, 7, 10), six.get(2).end); // 6 months
        List<Phase> two = MISSION.phases(start, 2);
        assertEquals(LocalDate.of(2026, 1, 31), two.get(0).end); // 2/3 of January's 31 days: 21
        assertEquals(LocalDate.of(2026, 2, 24), two.get(1).end); // 1.5 months: Feb 10 + 14 of 28 days
        assertEquals(LocalDate.of(2026, 3, 10), two.get(2).end);
        List<DueContact> due = MISSION.dueContacts(start, 2);
        assertEquals(List.of(1, 1, 1, 2, 2, 3), due.stream().map(d -> d.phase).collect(Collectors.toList()));
    }

    @Test
    void monthEndsDoNotDrift() {
        PhasePlan monthly = PhasePlan.of(new String[] {"Monthly"}, new int[] {6}, new String[] {"P1M"});
        List<LocalDate> due = monthly.dueContacts(LocalDate.of(2026, 1, 31), 6).stream().map(d -> d.dueDate)
                .collect(Collectors.toList());
        assertEquals(List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30)), due);
    }

    @Test
    void leapYearsCountTheirExtraDay() {
        List<Phase> leap = MISSION.phases(LocalDate.of(2028, 2, 29), 12);
        assertEquals(LocalDate.of(2028, 6, 29), leap.get(0).end);
        assertEquals(LocalDate.of(2029, 2, 28), leap.get(2).end);
        List<Phase> twoMonths = MISSION.phases(LocalDate.of(2028, 2, 1), 2);
        // 2/3 of February 2028's 29 days is 19.33: 19 days
        assertEquals(LocalDate.of(2028, 2, 20), twoMonths.get(0).end);
    }

    @Test
    void daylightSavingDoesNotMoveOrDuplicateWeeklyContacts() {
        // US clocks go forward on 2026-03-08 and back on 2026-11-01.
        List<DueContact> due = MISSION.dueContacts(LocalDate.of(2026, 2, 22), 12);
        ZoneId site = ZoneId.of("America/New_York");
        for (DueContact d : due.subList(0, 18)) {
            assertEquals(java.time.DayOfWeek.SUNDAY, d.dueDate.getDayOfWeek());
        }
        assertEquals(due.size(), due.stream().map(d -> d.dueDate).distinct().count());
        // a contact late on the evening before the change is still on that local day
        ZonedDateTime evening = ZonedDateTime.of(2026, 3, 7, 23, 30, 0, 0, site);
        assertEquals(LocalDate.of(2026, 3, 7), evening.plusHours(0).toLocalDate());
        ZonedDateTime weekLater = evening.plusWeeks(1);
        assertEquals(23, weekLater.getHour(), "a week later is the same local time across the change");
    }

    @Test
    void phaseOnADayIsDerivedFromTheDates() {
        List<Phase> p = MISSION.phases(LocalDate.of(2026, 1, 15), 12);
        assertEquals(0, PhasePlan.phaseOn(p, LocalDate.of(2026, 1, 14)));
        assertEquals(1, PhasePlan.phaseOn(p, LocalDate.of(2026, 1, 15)));
        assertEquals(1, PhasePlan.phaseOn(p, LocalDate.of(2026, 5, 14)));
        assertEquals(2, PhasePlan.phaseOn(p, LocalDate.of(2026, 5, 15)));
        assertEquals(3, PhasePlan.phaseOn(p, LocalDate.of(2027, 1, 14)));
        assertEquals(4, PhasePlan.phaseOn(p, LocalDate.of(2027, 1, 15)));
    }

    @Test
    void thePlanReadsFromTheConfigurationFile() {
        PhasePlan p = PhasePlan.parse("Transition to community, Try-out, Transfer of care", "4, 5, 3", "P7D,P14D, P1M");
        assertEquals(12, p.planMonths());
        assertEquals("Try-out", p.name(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhasePlan.parse("A", "four", "P7D"));
        assertTrue(e.getMessage().contains("'four'"));
    }

    @Test
    void classicCtiIsAConfigurationNotCode() {
        PhasePlan classic = PhasePlan.of(new String[] {"Transition", "Try-out", "Transfer"}, new int[] {3, 3, 3},
                new String[] {"P7D", "P14D", "P1M"});
        assertEquals(9, classic.planMonths());
        assertEquals(LocalDate.of(2026, 4, 1), classic.phases(LocalDate.of(2026, 1, 1), 9).get(0).end);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhasePlan.of(new String[] {"A"}, new int[] {3}, new String[] {"weekly"}));
        assertTrue(e.getMessage().contains("ISO-8601"));
        assertThrows(IllegalArgumentException.class, () -> PhasePlan.of(new String[] {"A", "B"}, new int[] {3},
                new String[] {"P7D"}));
    }
}
