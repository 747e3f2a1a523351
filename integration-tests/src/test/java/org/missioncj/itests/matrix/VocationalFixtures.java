package org.missioncj.itests.matrix;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocational module's objects of a team: an employer of the team's site and an opening of it (kept by program
 * admins too), and for the team's participant a goal, an application for that opening, a period of the employment
 * timeline and an education enrollment, recorded by a Peer Navigator of the team's site (a program admin does not
 * record participant data; {@link MatrixFixtures.Api#createAs}). On-the-job support is the participant's own team's
 * and has no path of its own: the matrix tries its operations on the participant.
 */
public class VocationalFixtures implements MatrixFixtures {
    private static final String WRITER = "PEER_NAVIGATOR";

    @Override
    public List<String> kinds() {
        return List.of("vocational-goal", "employer", "job-opening", "job-application", "employment-status",
            "education-enrollment");
    }

    @Override
    public List<String> needs() {
        return List.of("participant", "enrollment", "site");
    }

    @Override
    public void make(Api api, String label, Map<String, String> ids) throws Exception {
        String site = ids.get("site");
        String participant = ids.get("participant");
        LocalDate today = LocalDate.now();
        String employer = api.create("/vocational/employers", Map.of("site", site, "name", "Matrix Employer " + label))
            .get("id").asText();
        ids.put("employer", employer);
        String opening = api.create("/vocational/openings", Map.of("employerId", employer, "title", "Matrix job " + label,
            "hours", "PART_TIME", "postedOn", today.minusDays(5).toString())).get("id").asText();
        ids.put("job-opening", opening);

        Map<String, Object> goal = new HashMap<>();
        goal.put("participantId", participant);
        goal.put("kind", "JOB");
        goal.put("title", "Matrix goal " + label);
        ids.put("vocational-goal", api.createAs(WRITER, site, "/vocational/goals", goal).get("id").asText());
        ids.put("job-application", api.createAs(WRITER, site, "/vocational/applications",
            Map.of("participantId", participant, "openingId", opening, "appliedOn", today.minusDays(3).toString()))
            .get("id").asText());
        ids.put("employment-status", api.createAs(WRITER, site, "/vocational/participants/" + participant + "/employment",
            Map.of("status", "UNEMPLOYED", "startDate", today.minusDays(30).toString())).get("id").asText());
        ids.put("education-enrollment", api.createAs(WRITER, site, "/vocational/participants/" + participant
            + "/education", Map.of("programName", "Matrix program " + label, "kind", "GED", "enrolledOn",
            today.minusDays(20).toString())).get("id").asText());
    }
}
