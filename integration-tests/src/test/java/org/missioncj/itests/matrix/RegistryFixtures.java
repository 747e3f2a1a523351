package org.missioncj.itests.matrix;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The registry's objects of a team: the team itself, a participant enrolled on it. */
public class RegistryFixtures implements MatrixFixtures {
    @Override
    public List<String> kinds() {
        return List.of("team", "participant", "enrollment");
    }

    @Override
    public List<String> needs() {
        return List.of("site", "staff", "pss");
    }

    @Override
    public void make(Api api, String label, Map<String, String> ids) throws Exception {
        Map<String, Object> t = new HashMap<>();
        t.put("name", "Team " + label);
        t.put("site", ids.get("site"));
        t.put("caseManagerId", ids.get("staff"));
        t.put("peerSpecialistId", ids.get("pss"));
        ids.put("team", api.create("/teams", t).get("id").asText());
        ids.put("participant", api.create("/participants", Map.of("givenName", "Matrix", "familyName", "Case " + label,
            "dateOfBirth", "1981-01-01")).get("id").asText());
        Map<String, Object> e = new HashMap<>();
        e.put("participantId", ids.get("participant"));
        e.put("teamId", ids.get("team"));
        e.put("programMonths", 6);
        e.put("startSetting", "COMMUNITY");
        e.put("referralSource", "COURT");
        e.put("startDate", LocalDate.now().minusDays(7).toString());
        e.put("status", "ENROLLED");
        ids.put("enrollment", api.create("/enrollments", e).get("id").asText());
    }
}
