package org.missioncj.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.instrument.api.TestInstruments.answers;
import static org.missioncj.instrument.api.TestInstruments.cutoff;
import static org.missioncj.instrument.api.TestInstruments.score;
import static org.missioncj.instrument.api.TestInstruments.with;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Result;

/** AUDIT-C: positive at 4 or more for men, 3 or more for women; the sex answered is not scored. */
class AuditCScoringTest {
    private static final int MALE = 1;
    private static final int FEMALE = 2;
    private final Instrument auditC = TestInstruments.shipped("audit-c");

    private Result scored(int sex, Map<String, Integer> cutoffValues, int... items) {
        return InstrumentEngine.score(auditC, with(answers(items), "sex", sex), cutoffValues);
    }

    @Test
    void manAtThreeIsNegative() {
        Result result = scored(MALE, Map.of(), 1, 1, 1);
        assertEquals(3, score(result, "total").value);
        assertTrue(cutoff(result, "positive-men").applied);
        assertFalse(cutoff(result, "positive-men").met);
        assertEquals("Negative AUDIT-C screen", cutoff(result, "positive-men").text);
        assertFalse(cutoff(result, "positive-women").applied);
        assertFalse(cutoff(result, "positive-women").met);
        assertNull(cutoff(result, "positive-women").text);
        assertFalse(result.positive);
        assertEquals("Negative AUDIT-C screen. Total 3.", result.summary);
    }

    @Test
    void manAtFourIsPositive() {
        Result result = scored(MALE, Map.of(), 2, 1, 1);
        assertEquals(4, score(result, "total").value);
        assertTrue(cutoff(result, "positive-men").met);
        assertFalse(cutoff(result, "positive-women").applied);
        assertTrue(result.positive);
    }

    @Test
    void womanAtTwoIsNegative() {
        Result result = scored(FEMALE, Map.of(), 1, 1, 0);
        assertEquals(2, score(result, "total").value);
        assertTrue(cutoff(result, "positive-women").applied);
        assertFalse(cutoff(result, "positive-women").met);
        assertFalse(cutoff(result, "positive-men").applied);
        assertFalse(result.positive);
    }

    @Test
    void womanAtThreeIsPositive() {
        Result result = scored(FEMALE, Map.of(), 1, 1, 1);
        assertEquals(3, score(result, "total").value);
        assertTrue(cutoff(result, "positive-women").met);
        assertFalse(cutoff(result, "positive-men").applied);
        assertFalse(cutoff(result, "positive-men").met);
        assertTrue(result.positive);
    }

    @Test
    void theSameAnswersArePositiveForAWomanAndNotForAMan() {
        assertTrue(scored(FEMALE, Map.of(), 0, 1, 2).positive);
        assertFalse(scored(MALE, Map.of(), 0, 1, 2).positive);
    }

    @Test
    void sexIsNotPartOfTheTotal() {
        assertEquals(0, score(scored(MALE, Map.of(), 0, 0, 0), "total").value);
        assertEquals(0, score(scored(FEMALE, Map.of(), 0, 0, 0), "total").value);
        assertFalse(scored(FEMALE, Map.of(), 0, 0, 0).positive);
    }

    @Test
    void allFourIsTwelve() {
        assertEquals(12, score(scored(MALE, Map.of(), 4, 4, 4), "total").value);
    }

    @Test
    void aSiteValueForWomenAppliesToWomenOnly() {
        Map<String, Integer> site = Map.of("positive-women", 4);
        Result woman = scored(FEMALE, site, 1, 1, 1);
        assertFalse(woman.positive);
        assertEquals(4, cutoff(woman, "positive-women").rules.get(0).atLeast);
        Result man = scored(MALE, site, 2, 1, 1);
        assertTrue(man.positive);
        assertEquals(4, cutoff(man, "positive-men").rules.get(0).atLeast);
    }
}
