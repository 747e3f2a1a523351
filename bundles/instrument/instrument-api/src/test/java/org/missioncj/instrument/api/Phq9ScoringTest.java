package org.missioncj.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.instrument.api.TestInstruments.answers;
import static org.missioncj.instrument.api.TestInstruments.score;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.missioncj.instrument.api.dto.Flag;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Result;

/** PHQ-9 totals on each side of every band boundary (0 Minimal, 5 Mild, 10 Moderate, 15 Moderately severe, 20 Severe). */
class Phq9ScoringTest {
    private final Instrument phq9 = TestInstruments.shipped("phq-9");

    private Result scored(Map<String, Integer> answers) {
        return InstrumentEngine.score(phq9, answers, Map.of());
    }

    private void assertTotal(int total, String band, Result result) {
        assertEquals(total, score(result, "total").value);
        assertEquals(band, score(result, "total").band);
    }

    @Test
    void allZeroIsMinimalWithoutFlag() {
        Result result = scored(answers(0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertTotal(0, "Minimal", result);
        assertTrue(result.flags.isEmpty());
        assertFalse(result.safety);
        assertFalse(result.positive);
        assertTrue(result.cutoffs.isEmpty());
        assertEquals("phq-9", result.instrumentId);
        assertEquals(1, result.instrumentVersion);
    }

    @Test
    void fourIsMinimalAndFiveIsMild() {
        assertTotal(4, "Minimal", scored(answers(1, 1, 1, 1, 0, 0, 0, 0, 0)));
        assertTotal(5, "Mild", scored(answers(1, 1, 1, 1, 1, 0, 0, 0, 0)));
    }

    @Test
    void nineIsMildAndTenIsModerate() {
        assertTotal(9, "Mild", scored(answers(2, 2, 2, 1, 1, 1, 0, 0, 0)));
        assertTotal(10, "Moderate", scored(answers(2, 2, 2, 2, 1, 1, 0, 0, 0)));
    }

    @Test
    void fourteenIsModerateAndFifteenIsModeratelySevere() {
        assertTotal(14, "Moderate", scored(answers(2, 2, 2, 2, 2, 2, 1, 1, 0)));
        assertTotal(15, "Moderately severe", scored(answers(2, 2, 2, 2, 2, 2, 2, 1, 0)));
    }

    @Test
    void nineteenIsModeratelySevereAndTwentyIsSevere() {
        assertTotal(19, "Moderately severe", scored(answers(3, 3, 3, 3, 3, 2, 1, 1, 0)));
        assertTotal(20, "Severe", scored(answers(3, 3, 3, 3, 3, 2, 2, 1, 0)));
    }

    @Test
    void allThreeIsTwentySevenSevereWithSafetyFlag() {
        Result result = scored(answers(3, 3, 3, 3, 3, 3, 3, 3, 3));
        assertTotal(27, "Severe", result);
        assertTrue(result.safety);
        assertEquals(3, result.flags.get(0).answer);
    }

    @Test
    void itemNineAtZeroRaisesNoFlag() {
        Result result = scored(answers(2, 2, 1, 1, 0, 0, 0, 0, 0));
        assertTotal(6, "Mild", result);
        assertTrue(result.flags.isEmpty());
        assertFalse(result.safety);
        assertEquals("Total 6 (Mild).", result.summary);
    }

    @Test
    void itemNineAtOneRaisesTheSafetyFlag() {
        Result result = scored(answers(2, 2, 1, 1, 0, 0, 0, 0, 1));
        assertTotal(7, "Mild", result);
        assertTrue(result.safety);
        assertFalse(result.positive);
        assertEquals(1, result.flags.size());
        Result.FlagValue flag = result.flags.get(0);
        assertEquals("item-9", flag.id);
        assertEquals("Thoughts of self-harm", flag.title);
        assertEquals(Flag.Kind.SAFETY, flag.kind);
        assertEquals("9", flag.item);
        assertEquals(1, flag.answer);
        assertTrue(flag.text.contains("today"), flag.text);
    }

    @Test
    void onlyItemNineAnsweredAboveZeroIsMinimalYetRaisesTheFlag() {
        Result result = scored(answers(0, 0, 0, 0, 0, 0, 0, 0, 1));
        assertTotal(1, "Minimal", result);
        assertTrue(result.safety);
    }

    @Test
    void summaryNamesTheBandAndTheFlag() {
        Result result = scored(answers(2, 2, 2, 2, 1, 1, 1, 0, 1));
        assertTotal(12, "Moderate", result);
        assertEquals("Total 12 (Moderate). Thoughts of self-harm (item 9 answered 1): Assess the participant's safety"
                + " (suicide risk) today, before the end of the contact, and follow the site's safety protocol.",
                result.summary);
    }
}
