package org.missioncj.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.missioncj.instrument.api.TestInstruments.answers;
import static org.missioncj.instrument.api.TestInstruments.score;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Result;

class Barc10ScoringTest {
    private final Instrument barc10 = TestInstruments.shipped("barc-10");

    private int total(Map<String, Integer> answers) {
        Result result = InstrumentEngine.score(barc10, answers, Map.of());
        assertNull(score(result, "total").band);
        assertFalse(result.positive);
        return score(result, "total").value;
    }

    @Test
    void allStronglyDisagreeIsTen() {
        assertEquals(10, total(answers(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)));
    }

    @Test
    void allStronglyAgreeIsSixty() {
        assertEquals(60, total(answers(6, 6, 6, 6, 6, 6, 6, 6, 6, 6)));
    }

    @Test
    void mixedAnswersAddUp() {
        // 6+5+4+3+2+1 = 21, 6+5+4+3 = 18: 39
        assertEquals(39, total(answers(6, 5, 4, 3, 2, 1, 6, 5, 4, 3)));
    }

    @Test
    void zeroIsNotAnOption() {
        UnprocessableException e = org.junit.jupiter.api.Assertions.assertThrows(UnprocessableException.class,
                () -> total(answers(0, 1, 1, 1, 1, 1, 1, 1, 1, 1)));
        assertEquals("1 answer is not valid: answers.1 (0 is not one of its options (1, 2, 3, 4, 5, 6))", e.getMessage());
    }
}
