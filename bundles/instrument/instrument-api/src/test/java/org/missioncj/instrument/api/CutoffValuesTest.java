package org.missioncj.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.missioncj.instrument.api.dto.Instrument;

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
    void aValueTheScoreCannotReachIsRefused() {
        assertEquals(List.of("positive must be between 0 and 5, the values Total can take (not 6)."),
                InstrumentEngine.checkCutoffValues(pcPtsd5, Map.of("positive", 6)));
        assertEquals(List.of("positive must be between 0 and 5, the values Total can take (not -1)."),
                InstrumentEngine.checkCutoffValues(pcPtsd5, Map.of("positive", -1)));
        assertEquals(List.of("probable-ptsd must be between 0 and 80, the values Total can take (not 81)."),
                InstrumentEngine.checkCutoffValues(pcl5, Map.of("probable-ptsd", 81)));
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
                "probable-ptsd must be between 0 and 80, the values Total can take (not 99)."),
                InstrumentEngine.checkCutoffValues(pcl5, Map.of("probable-ptsd", 99, "dsm5-provisional", 2)));
    }
}
