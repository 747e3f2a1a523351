package org.missioncj.itests.matrix;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The plan's objects of a team: the enrolled participant's plan, and its goal (whose notes the matrix calls on). */
public class PlanFixtures implements MatrixFixtures {
    @Override
    public List<String> kinds() {
        return List.of("plan-goal");
    }

    @Override
    public List<String> needs() {
        return List.of("participant", "enrollment");
    }

    @Override
    public void make(Api api, String label, Map<String, String> ids) throws Exception {
        Map<String, Object> plan = Map.of(
            "pathways", List.of(Map.of("pathway", "SMART_RECOVERY")),
            "goals", List.of(Map.of("text", "Matrix goal " + label, "targetDate", LocalDate.now().plusDays(30).toString())));
        ids.put("plan-goal", api.create("/curriculum/participants/" + ids.get("participant") + "/plan", plan)
            .get("goals").get(0).get("goalId").asText());
    }
}
