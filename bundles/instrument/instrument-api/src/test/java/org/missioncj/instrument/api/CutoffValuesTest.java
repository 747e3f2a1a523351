package org.missioncj.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Result;

/** checkCutoffValues(): what a site may set, in words the settings page can show. */
class CutoffValuesTest {
    private final Instrument pcPtsd5 = TestInstruments.shipped("pc-ptsd-5");
    private final Instrument pcl5 = TestInstruments.shipped("pcl-5");

    @Test
    void aConfigurableCutoffMayBeSetWithinItsScoresRange() {
        assertEquals(List.of(), InstrumentEngine.checkCutoffValues(pcPtsd5, Map.of("positive", 4)));
        assertEquals(List.of(), InstrumentEngine.checkCutoffValues(pcPtsd5, Map.of("positive", 5)));
        assertEquals(List.of(), InstrumentEngine.checkCutoffValues(pcl5, Map.of("probable-ptsd", 31)));
        assertEquals(List.of(), InstrumentEngine.checkCutoffValues(TestInstruments.shipped("audit-c"),
                Map.of("positive-men", 5, "positive-women", 4)));
    }

    @Test
    void noValuesHaveNoProblems() {
        assertEquals(List.of(), InstrumentEngine.checkCutoffValues(pcPtsd5, Map.of()));
        assertEquals(List.of(), InstrumentEngine.checkCutoffValues(pcPtsd5, null));
    }

    @Test
    void aValueNoScreenCanMeetIsRefused() {
        assertEquals(List.of("positive must be between 1 and 5 (not 6): Total takes values from 0 to 5,"
                + " so at 6 no screen would meet it."),
                InstrumentEngine.checkCutoffValues(pcPtsd5, Map.of("positive", 6)));
        assertEquals(List.of("probable-ptsd must be between 1 and 80 (not 81): Total takes values from 0 to 80,"
                + " so at 81 no screen would meet it."),
                InstrumentEngine.checkCutoffValues(pcl5, Map.of("probable-ptsd", 81)));
    }

    @Test
    void aValueEveryScreenMeetsIsRefused() {
        assertEquals(List.of("positive must be between 1 and 5 (not 0): Total takes values from 0 to 5,"
                + " so at 0 every screen would meet it."),
                InstrumentEngine.checkCutoffValues(pcPtsd5, Map.of("positive", 0)));
        assertEquals(List.of("positive must be between 1 and 5 (not -1): Total takes values from 0 to 5,"
                + " so at -1 every screen would meet it."),
                InstrumentEngine.checkCutoffValues(pcPtsd5, Map.of("positive", -1)));
    }

    @Test
    void anItemAlwaysAnsweredRaisesTheLowestValue() {
        // total = a (asked only after gate 1, so it may add 0) + b, always answered 1 to 3: 1 to 5.
        Instrument def = DefinitionCheckTest.valid();
        def.items.set(2, DefinitionCheckTest.item("b", 1, 2, 3));
        assertEquals(List.of(), InstrumentEngine.check(def));
        assertEquals(List.of("high must be between 2 and 5 (not 1): total takes values from 1 to 5,"
                + " so at 1 every screen would meet it."),
                InstrumentEngine.checkCutoffValues(def, Map.of("high", 1)));
        def.items.get(2).required = false;
        assertEquals(List.of(), InstrumentEngine.checkCutoffValues(def, Map.of("high", 1)), "b may be left out");
    }

    @Test
    void anUnknownCutoffIsRefused() {
        assertEquals(List.of("nope is not a cut-off of Primary Care PTSD Screen for DSM-5 (PC-PTSD-5)."),
                InstrumentEngine.checkCutoffValues(pcPtsd5, Map.of("nope", 3)));
    }

    @Test
    void aFixedCutoffCannotBeSet() {
        assertEquals(List.of("dsm5-provisional cannot be set: the cut-off is fixed by PTSD Checklist for DSM-5 (PCL-5)."),
                InstrumentEngine.checkCutoffValues(pcl5, Map.of("dsm5-provisional", 2)));
    }

    @Test
    void aMissingValueIsRefused() {
        Map<String, Integer> values = new HashMap<>();
        values.put("positive", null);
        assertEquals(List.of("positive has no value."), InstrumentEngine.checkCutoffValues(pcPtsd5, values));
    }

    @Test
    void problemsComeInTheOrderOfTheCutoffIds() {
        assertEquals(List.of("dsm5-provisional cannot be set: the cut-off is fixed by PTSD Checklist for DSM-5 (PCL-5).",
                "probable-ptsd must be between 1 and 80 (not 99): Total takes values from 0 to 80,"
                + " so at 99 no screen would meet it."),
                InstrumentEngine.checkCutoffValues(pcl5, Map.of("probable-ptsd", 99, "dsm5-provisional", 2)));
    }

    @Test
    void onlyValuesWithoutProblemsAreUsable() {
        assertEquals(Map.of(), InstrumentEngine.usableCutoffValues(pcPtsd5, Map.of("positive", 99)));
        assertEquals(Map.of(), InstrumentEngine.usableCutoffValues(pcPtsd5, Map.of("positive", 0)));
        assertEquals(Map.of("positive", 4), InstrumentEngine.usableCutoffValues(pcPtsd5, Map.of("positive", 4)));
        assertEquals(Map.of("positive", 5), InstrumentEngine.usableCutoffValues(pcPtsd5, Map.of("positive", 5)));
        assertEquals(Map.of("probable-ptsd", 31), InstrumentEngine.usableCutoffValues(pcl5,
                Map.of("probable-ptsd", 31, "dsm5-provisional", 2, "nope", 1)));
        Map<String, Integer> values = new HashMap<>();
        values.put("probable-ptsd", null);
        values.put(null, 3);
        assertEquals(Map.of(), InstrumentEngine.usableCutoffValues(pcl5, values));
        assertEquals(Map.of(), InstrumentEngine.usableCutoffValues(pcl5, null));
        assertEquals(Map.of(), InstrumentEngine.usableCutoffValues(null, Map.of("positive", 4)));
    }

    @Test
    void scoringFallsBackToTheDefinitionsValueForAnUnusableOne() {
        Result noExposure = InstrumentEngine.score(pcPtsd5, Map.of("exposure", 0), Map.of("positive", 0));
        assertEquals(3, TestInstruments.cutoff(noExposure, "positive").rules.get(0).atLeast);
        assertFalse(noExposure.positive, "a site value of 0 would make every screen positive");
        Result four = InstrumentEngine.score(pcPtsd5, TestInstruments.with(TestInstruments.answers(1, 1, 1, 1, 0),
                "exposure", 1), Map.of("positive", 99));
        assertEquals(3, TestInstruments.cutoff(four, "positive").rules.get(0).atLeast);
        assertTrue(four.positive, "a site value of 99 would make every screen negative");
    }
}
