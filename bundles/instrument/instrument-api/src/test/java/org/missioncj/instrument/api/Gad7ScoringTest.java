package org.missioncj.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.instrument.api.TestInstruments.answers;
import static org.missioncj.instrument.api.TestInstruments.score;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Result;

/** GAD-7 totals on each side of every band boundary (0 Minimal, 5 Mild, 10 Moderate, 15 Severe). */
class Gad7ScoringTest {
    private final Instrument gad7 = TestInstruments.shipped("gad-7");

    private void assertTotal(int total, String band, Map<String, Integer> answers) {
        Result result = InstrumentEngine.score(gad7, answers, Map.of());
        assertEquals(total, score(result, "total").value);
        assertEquals(band, score(result, "total").band);
        assertFalse(result.positive);
        assertFalse(result.safety);
        assertTrue(result.flags.isEmpty());
    }

    @Test
    void zeroIsMinimal() {
        assertTotal(0, "Minimal", answers(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void fourIsMinimalAndFiveIsMild() {
        assertTotal(4, "Minimal", answers(1, 1, 1, 1, 0, 0, 0));
        assertTotal(5, "Mild", answers(1, 1, 1, 1, 1, 0, 0));
    }

    @Test
    void nineIsMildAndTenIsModerate() {
        assertTotal(9, "Mild", answers(2, 2, 2, 1, 1, 1, 0));
        assertTotal(10, "Moderate", answers(2, 2, 2, 2, 1, 1, 0));
    }

    @Test
    void fourteenIsModerateAndFifteenIsSevere() {
        assertTotal(14, "Moderate", answers(2, 2, 2, 2, 2, 2, 2));
        assertTotal(15, "Severe", answers(3, 2, 2, 2, 2, 2, 2));
    }

    @Test
    void allThreeIsTwentyOneSevere() {
        assertTotal(21, "Severe", answers(3, 3, 3, 3, 3, 3, 3));
    }

    @Test
    void summaryGivesTotalAndBand() {
        Result result = InstrumentEngine.score(gad7, answers(3, 2, 2, 2, 2, 2, 2), Map.of());
        assertEquals("Total 15 (Severe).", result.summary);
    }
}
