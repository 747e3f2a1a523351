package org.missioncj.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.instrument.api.TestInstruments.answers;
import static org.missioncj.instrument.api.TestInstruments.cutoff;
import static org.missioncj.instrument.api.TestInstruments.score;
import static org.missioncj.instrument.api.TestInstruments.with;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Result;

/** PC-PTSD-5: positive at 3 or more by default, at 4 or more where the site sets 4; no exposure scores 0. */
class PcPtsd5ScoringTest {
    private final Instrument pcPtsd5 = TestInstruments.shipped("pc-ptsd-5");

    private Result exposed(Map<String, Integer> cutoffValues, int... items) {
        return InstrumentEngine.score(pcPtsd5, with(answers(items), "exposure", 1), cutoffValues);
    }

    @Test
    void twoIsNegative() {
        Result result = exposed(Map.of(), 1, 1, 0, 0, 0);
        assertEquals(2, score(result, "total").value);
        Result.CutoffValue positive = cutoff(result, "positive");
        assertTrue(positive.applied);
        assertFalse(positive.met);
        assertEquals(3, positive.rules.get(0).atLeast);
        assertEquals("total", positive.rules.get(0).score);
        assertEquals("Negative PTSD screen", positive.text);
        assertFalse(result.positive);
        assertEquals("Negative PTSD screen. Total 2.", result.summary);
    }

    @Test
    void threeIsPositive() {
        Result result = exposed(Map.of(), 1, 0, 1, 0, 1);
        assertEquals(3, score(result, "total").value);
        assertTrue(cutoff(result, "positive").met);
        assertTrue(result.positive);
        assertEquals("Positive PTSD screen: a further assessment for PTSD is indicated. Total 3.", result.summary);
    }

    @Test
    void threeIsNegativeWhereTheSiteSetsFour() {
        Result result = exposed(Map.of("positive", 4), 1, 1, 1, 0, 0);
        assertEquals(3, score(result, "total").value);
        assertFalse(cutoff(result, "positive").met);
        assertEquals(4, cutoff(result, "positive").rules.get(0).atLeast);
        assertFalse(result.positive);
    }

    @Test
    void fourIsPositiveWhereTheSiteSetsFour() {
        Result result = exposed(Map.of("positive", 4), 1, 1, 1, 1, 0);
        assertEquals(4, score(result, "total").value);
        assertTrue(cutoff(result, "positive").met);
        assertEquals(4, cutoff(result, "positive").rules.get(0).atLeast);
        assertTrue(result.positive);
    }

    @Test
    void allFiveYesIsFive() {
        assertEquals(5, score(exposed(Map.of(), 1, 1, 1, 1, 1), "total").value);
    }

    @Test
    void noExposureScoresZeroAndIsNotPositive() {
        Result result = InstrumentEngine.score(pcPtsd5, Map.of("exposure", 0), Map.of());
        assertEquals(0, score(result, "total").value);
        assertTrue(cutoff(result, "positive").applied);
        assertFalse(cutoff(result, "positive").met);
        assertFalse(result.positive);
    }

    @Test
    void noExposureWithTheOtherItemsLeftNullIsAccepted() {
        Map<String, Integer> answers = new java.util.HashMap<>();
        answers.put("exposure", 0);
        for (String item : new String[] {"1", "2", "3", "4", "5"}) {
            answers.put(item, null);
        }
        assertEquals(0, score(InstrumentEngine.score(pcPtsd5, answers, null), "total").value);
    }
}
