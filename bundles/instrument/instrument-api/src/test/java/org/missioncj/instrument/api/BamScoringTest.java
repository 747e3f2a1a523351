package org.missioncj.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.instrument.api.TestInstruments.answers;
import static org.missioncj.instrument.api.TestInstruments.score;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Result;

/** BAM: Use = items 4+5+6, Risk = 1+2+3+8+11+15, Protective = 9+10+12+13+14+16; items 7 and 17 in none. */
class BamScoringTest {
    private final Instrument bam = TestInstruments.shipped("bam");

    private Result scored(Map<String, Integer> answers) {
        return InstrumentEngine.score(bam, answers, Map.of());
    }

    @Test
    void handWorkedScreenGivesEachSubscale() {
        //                           1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17
        Result result = scored(answers(2, 3, 1, 1, 0, 2, 1, 3, 2, 4, 1, 0, 3, 4, 2, 3, 2));
        // Use 1+0+2 = 3; Risk 2+3+1+3+1+2 = 12; Protective 2+4+0+3+4+3 = 16.
        assertEquals(3, score(result, "use").value);
        assertEquals(12, score(result, "risk").value);
        assertEquals(16, score(result, "protective").value);
        assertEquals(3, result.scores.size());
        assertFalse(result.positive);
        assertFalse(result.safety);
        assertEquals("Use 3, Risk factors 12, Protective factors 16.", result.summary);
    }

    @Test
    void itemsSevenAndSeventeenCountInNoSubscale() {
        //                           1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17
        Result result = scored(answers(2, 3, 1, 1, 0, 2, 4, 3, 2, 4, 1, 0, 3, 4, 2, 3, 4));
        assertEquals(3, score(result, "use").value);
        assertEquals(12, score(result, "risk").value);
        assertEquals(16, score(result, "protective").value);
    }

    @Test
    void itemSevenMayBeLeftOut() {
        Map<String, Integer> answers = answers(0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 0, 4, 4, 4, 0, 4, 4);
        answers.remove("7");
        Result result = scored(answers);
        assertEquals(0, score(result, "use").value);
        assertEquals(0, score(result, "risk").value);
        assertEquals(24, score(result, "protective").value);
    }

    @Test
    void worstAnswersGiveTheHighestUseAndRisk() {
        Result result = scored(answers(4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 4, 0, 0, 0, 4, 0, 0));
        assertEquals(12, score(result, "use").value);
        assertEquals(24, score(result, "risk").value);
        assertEquals(0, score(result, "protective").value);
    }

    @Test
    void incomeIsAnsweredNoOrYesOnly() {
        UnprocessableException e = assertThrows(UnprocessableException.class,
                () -> scored(answers(2, 3, 1, 1, 0, 2, 1, 3, 2, 4, 1, 0, 3, 1, 2, 3, 2)));
        assertEquals("answers.14", e.errors().get(0).field);
        assertEquals("1 is not one of its options (0, 4)", e.errors().get(0).reason);
        assertTrue(e.getMessage().startsWith("1 answer is not valid"));
    }
}
