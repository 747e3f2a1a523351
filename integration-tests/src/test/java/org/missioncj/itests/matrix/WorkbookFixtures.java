package org.missioncj.itests.matrix;

import java.util.List;
import java.util.Map;

/**
 * The workbook's objects of a team: an exercise (no participant data: the same for every team) and an entry of
 * answers of the team's participant.
 */
public class WorkbookFixtures implements MatrixFixtures {
    @Override
    public List<String> kinds() {
        return List.of("exercise", "workbookEntry");
    }

    @Override
    public List<String> needs() {
        return List.of("participant");
    }

    @Override
    public void make(Api api, String label, Map<String, String> ids) throws Exception {
        ids.put("exercise", "identifying-triggers");
        Map<String, Object> body = Map.of("exercise", "identifying-triggers", "answers", Map.of("triggers",
            List.of(Map.of("trigger", "Payday", "kind", "EVENTS", "intensity", 5))));
        ids.put("workbookEntry", api.create("/curriculum/participants/" + ids.get("participant") + "/workbook", body)
            .get("id").asText());
    }
}
