package org.missioncj.itests.matrix;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * DRT's objects of a team: a session delivered to the enrolled participant. Only a Case Manager or a Clinical
 * Supervisor records one (a program admin may not), so a supervisor of the team's site records it for the
 * team's Case Manager ({@link MatrixFixtures.Api#createAs}).
 */
public class DrtFixtures implements MatrixFixtures {

    @Override
    public List<String> kinds() {
        return List.of("drt-session");
    }

    @Override
    public List<String> needs() {
        return List.of("participant", "enrollment", "staff");
    }

    @Override
    public void make(Api api, String label, Map<String, String> ids) throws Exception {
        Map<String, Object> session = new HashMap<>();
        session.put("participantId", ids.get("participant"));
        session.put("catalogSessionId", "drt-mission-cj-01");
        // the enrollment started a week ago; yesterday is in the past in any time zone of the site
        session.put("sessionDate", LocalDate.now().minusDays(1).toString());
        session.put("caseManagerId", ids.get("staff"));
        session.put("attendance", "ATTENDED");
        session.put("minutes", 45);
        session.put("setting", "COMMUNITY");
        JsonNode created = api.createAs("CLINICAL_SUPERVISOR", ids.get("site"), "/drt/sessions", session);
        ids.put("drt-session", created.get("id").asText());
    }
}
