package org.missioncj.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.instrument.api.TestInstruments.answers;
import static org.missioncj.instrument.api.TestInstruments.cutoff;
import static org.missioncj.instrument.api.TestInstruments.score;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Result;

/**
 * PCL-5: items 1-5 are cluster B, 6-7 C, 8-14 D, 15-20 E. Probable PTSD at a total of 33; the DSM-5 provisional
 * pattern needs items rated 2 or more: at least 1 in B, 1 in C, 2 in D and 2 in E.
 */
class Pcl5ScoringTest {
    private final Instrument pcl5 = TestInstruments.shipped("pcl-5");

    private Result score(Map<String, Integer> answers) {
        return InstrumentEngine.score(pcl5, answers, Map.of());
    }

    @Test
    void thirtyTwoIsBelowTheProbablePtsdCutoff() {
        //                    B: 3 3 3 3 3 (15)  C: 1 1 (2)  D: 2 2 2 2 1 1 1 (11)  E: 1 1 1 1 0 0 (4)
        Result result = score(answers(3, 3, 3, 3, 3, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 0, 0));
        assertEquals(32, TestInstruments.score(result, "total").value);
        assertEquals(15, TestInstruments.score(result, "B").value);
        assertEquals(2, TestInstruments.score(result, "C").value);
        assertEquals(11, TestInstruments.score(result, "D").value);
        assertEquals(4, TestInstruments.score(result, "E").value);
        assertEquals(5, TestInstruments.score(result, "B-symptoms").value);
        assertEquals(0, TestInstruments.score(result, "C-symptoms").value);
        assertEquals(4, TestInstruments.score(result, "D-symptoms").value);
        assertEquals(0, TestInstruments.score(result, "E-symptoms").value);
        assertFalse(cutoff(result, "probable-ptsd").met);
        assertFalse(cutoff(result, "dsm5-provisional").met);
        assertFalse(result.positive);
    }

    @Test
    void thirtyThreeIsProbablePtsd() {
        //                    B: 3 3 3 3 3 (15)  C: 1 1 (2)  D: 2 2 2 2 1 1 1 (11)  E: 1 1 1 1 0 1 (5)
        Result result = score(answers(3, 3, 3, 3, 3, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 0, 1));
        assertEquals(33, TestInstruments.score(result, "total").value);
        assertTrue(cutoff(result, "probable-ptsd").met);
        assertEquals(33, cutoff(result, "probable-ptsd").rules.get(0).atLeast);
        assertEquals("Probable PTSD: a full assessment is indicated", cutoff(result, "probable-ptsd").text);
        assertFalse(cutoff(result, "dsm5-provisional").met, "no C item rated 2 or more");
        assertTrue(result.positive);
    }

    @Test
    void thirtyTwoIsProbablePtsdWhereTheSiteSetsThirtyOne() {
        Result result = InstrumentEngine.score(pcl5,
                answers(3, 3, 3, 3, 3, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 0, 0), Map.of("probable-ptsd", 31));
        assertEquals(32, TestInstruments.score(result, "total").value);
        assertTrue(cutoff(result, "probable-ptsd").met);
        assertEquals(31, cutoff(result, "probable-ptsd").rules.get(0).atLeast);
    }

    @Test
    void provisionalPatternIsMetByTheFewestSymptoms() {
        //                    B: 2 0 0 0 0  C: 2 0  D: 2 2 0 0 0 0 0  E: 2 2 0 0 0 0
        Result result = score(answers(2, 0, 0, 0, 0, 2, 0, 2, 2, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0));
        assertEquals(12, TestInstruments.score(result, "total").value);
        assertEquals(1, TestInstruments.score(result, "B-symptoms").value);
        assertEquals(1, TestInstruments.score(result, "C-symptoms").value);
        assertEquals(2, TestInstruments.score(result, "D-symptoms").value);
        assertEquals(2, TestInstruments.score(result, "E-symptoms").value);
        Result.CutoffValue provisional = cutoff(result, "dsm5-provisional");
        assertTrue(provisional.met);
        assertEquals(4, provisional.rules.size());
        assertEquals("B-symptoms", provisional.rules.get(0).score);
        assertEquals(1, provisional.rules.get(0).atLeast);
        assertEquals("D-symptoms", provisional.rules.get(2).score);
        assertEquals(2, provisional.rules.get(2).atLeast);
        assertFalse(cutoff(result, "probable-ptsd").met);
        assertTrue(result.positive, "the provisional pattern alone makes the screen positive");
    }

    @Test
    void provisionalPatternFailsWithoutAClusterBSymptom() {
        //                    B: 1 0 0 0 0  C: 2 0  D: 2 2 0 0 0 0 0  E: 2 2 0 0 0 0
        Result result = score(answers(1, 0, 0, 0, 0, 2, 0, 2, 2, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0));
        assertEquals(11, TestInstruments.score(result, "total").value);
        assertEquals(0, TestInstruments.score(result, "B-symptoms").value);
        assertFalse(cutoff(result, "dsm5-provisional").met);
        assertFalse(result.positive);
    }

    @Test
    void provisionalPatternFailsWithoutAClusterCSymptom() {
        //                    B: 2 0 0 0 0  C: 1 0  D: 2 2 0 0 0 0 0  E: 2 2 0 0 0 0
        Result result = score(answers(2, 0, 0, 0, 0, 1, 0, 2, 2, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0));
        assertEquals(0, TestInstruments.score(result, "C-symptoms").value);
        assertFalse(cutoff(result, "dsm5-provisional").met);
        assertFalse(result.positive);
    }

    @Test
    void provisionalPatternFailsWithOneClusterDSymptom() {
        //                    B: 2 0 0 0 0  C: 2 0  D: 2 1 0 0 0 0 0  E: 2 2 0 0 0 0
        Result result = score(answers(2, 0, 0, 0, 0, 2, 0, 2, 1, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0));
        assertEquals(1, TestInstruments.score(result, "D-symptoms").value);
        assertFalse(cutoff(result, "dsm5-provisional").met);
        assertFalse(result.positive);
    }

    @Test
    void provisionalPatternFailsWithOneClusterESymptom() {
        //                    B: 2 0 0 0 0  C: 2 0  D: 2 2 0 0 0 0 0  E: 2 1 0 0 0 0
        Result result = score(answers(2, 0, 0, 0, 0, 2, 0, 2, 2, 0, 0, 0, 0, 0, 2, 1, 0, 0, 0, 0));
        assertEquals(1, TestInstruments.score(result, "E-symptoms").value);
        assertFalse(cutoff(result, "dsm5-provisional").met);
        assertFalse(result.positive);
    }

    @Test
    void aFixedCutoffIgnoresASiteValue() {
        Result result = InstrumentEngine.score(pcl5,
                answers(2, 0, 0, 0, 0, 2, 0, 2, 2, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0),
                Map.of("dsm5-provisional", 5, "no-such-cutoff", 1));
        assertTrue(cutoff(result, "dsm5-provisional").met);
        assertEquals(1, cutoff(result, "dsm5-provisional").rules.get(0).atLeast);
    }

    @Test
    void allExtremelyIsEighty() {
        Result result = score(answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
        assertEquals(80, TestInstruments.score(result, "total").value);
        assertEquals(20, TestInstruments.score(result, "B").value);
        assertEquals(8, TestInstruments.score(result, "C").value);
        assertEquals(28, TestInstruments.score(result, "D").value);
        assertEquals(24, TestInstruments.score(result, "E").value);
        assertTrue(cutoff(result, "probable-ptsd").met);
        assertTrue(cutoff(result, "dsm5-provisional").met);
    }
}
