package org.missioncj.itests.matrix;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The peer module's objects of a team: a group facilitated by the team's peer specialist with the team's
 * participant as a member, its first meeting (with the comfort agreement) and an individual session.
 *
 * <p>Only Peer Support Specialists and Peer Navigators record peer-led work, so these are made by a Peer
 * Navigator of the team's site ({@link MatrixFixtures.Api#createAs}).
 */
public class PeerFixtures implements MatrixFixtures {
    private static final String SESSION = "peer-mission-cj-01";

    @Override
    public List<String> kinds() {
        return List.of("group", "membership", "meeting", "peer-session");
    }

    @Override
    public List<String> needs() {
        return List.of("participant", "enrollment", "pss", "site");
    }

    @Override
    public void make(Api api, String label, Map<String, String> ids) throws Exception {
        String site = ids.get("site");
        String participant = ids.get("participant");
        LocalDate today = LocalDate.now();
        Map<String, Object> group = new HashMap<>();
        group.put("facilitatorId", ids.get("pss"));
        group.put("name", "Matrix group " + label);
        group.put("schedule", "Mondays 10:00-11:00");
        String groupId = api.createAs("PEER_NAVIGATOR", site, "/peer/groups", group).get("id").asText();
        ids.put("group", groupId);
        ids.put("membership", api.createAs("PEER_NAVIGATOR", site, "/peer/groups/" + groupId + "/members",
            Map.of("participantId", participant, "joinedOn", today.minusDays(2).toString())).get("id").asText());
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("heldOn", today.minusDays(1).toString());
        meeting.put("catalogSessionId", SESSION);
        meeting.put("comfortAgreement", Map.of("text", "We keep what is said here.", "agreedBy", List.of(participant)));
        meeting.put("attendance", List.of(Map.of("participantId", participant, "attendance", "ATTENDED")));
        ids.put("meeting", api.createAs("PEER_NAVIGATOR", site, "/peer/groups/" + groupId + "/meetings", meeting).get("id").asText());
        Map<String, Object> session = new HashMap<>();
        session.put("participantId", participant);
        session.put("staffId", ids.get("pss"));
        session.put("heldOn", today.minusDays(1).toString());
        session.put("catalogSessionId", SESSION);
        session.put("attendance", "ATTENDED");
        session.put("setting", "COMMUNITY");
        ids.put("peer-session", api.createAs("PEER_NAVIGATOR", site, "/peer/sessions", session).get("id").asText());
    }
}
