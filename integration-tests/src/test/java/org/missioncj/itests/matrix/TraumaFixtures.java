package org.missioncj.itests.matrix;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The trauma module's objects of a team: an instrument (the shipped PHQ-9, the program's: every team gets it;
 * the matrix's loads are refused as invalid, so nothing is stored), and a PHQ-9 screen with item 9 answered,
 * which raises a safety alert. A program admin does not screen, so a supervisor of the team's site records it
 * ({@link MatrixFixtures.Api#createAs}).
 */
public class TraumaFixtures implements MatrixFixtures {
    @Override
    public List<String> kinds() {
        return List.of("instrument", "screen", "safety-alert");
    }

    @Override
    public List<String> needs() {
        return List.of("participant", "enrollment");
    }

    @Override
    public void make(Api api, String label, Map<String, String> ids) throws Exception {
        int read = api.read("/instruments/phq-9");
        if (read != 200) {
            throw new AssertionError("the shipped PHQ-9 is not there: " + read);
        }
        ids.put("instrument", "phq-9");
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put(String.valueOf(i), 1);
        }
        Map<String, Object> screen = new HashMap<>();
        screen.put("participantId", ids.get("participant"));
        screen.put("instrumentId", "phq-9");
        screen.put("status", "COMPLETED");
        screen.put("answers", answers);
        JsonNode created = api.createAs("CLINICAL_SUPERVISOR", ids.get("site"), "/trauma/screens", screen);
        ids.put("screen", created.get("id").asText());
        ids.put("safety-alert", created.get("alertIds").get(0).asText());
    }
}
