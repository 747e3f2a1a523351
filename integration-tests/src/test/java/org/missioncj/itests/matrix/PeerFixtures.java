package org.missioncj.itests.matrix;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The peer module's objects of a team: a group facilitated by the team's peer specialist with the team's
 * participant as a member, its first meeting (with the comfort agreement) and an individual session.
 *
 * <p>Only Peer Support Specialists and Peer Navigators record peer-led work, and {@link MatrixFixtures.Api}
 * acts as a program admin only; so these are made by a Peer Navigator of the team's site that this class signs
 * up (an account and a staff record, made through the API as the admin), calling the API itself.
 */
public class PeerFixtures implements MatrixFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSION = "peer-mission-cj-01";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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
        String username = "it.peerfx." + Integer.toHexString(label.hashCode()) + "." + System.getProperty("mission.it.run", "0");
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        Map<String, Object> account = new HashMap<>();
        account.put("username", username);
        account.put("displayName", "Peer fixtures " + label);
        account.put("roles", List.of("PEER_NAVIGATOR"));
        account.put("password", password);
        api.create("/accounts", account);
        Map<String, Object> staff = new HashMap<>();
        staff.put("givenName", "Peer");
        staff.put("familyName", "Fixtures " + label);
        staff.put("role", "PEER_NAVIGATOR");
        staff.put("site", ids.get("site"));
        staff.put("username", username);
        api.create("/staff", staff);

        String participant = ids.get("participant");
        LocalDate today = LocalDate.now();
        Map<String, Object> group = new HashMap<>();
        group.put("facilitatorId", ids.get("pss"));
        group.put("name", "Matrix group " + label);
        group.put("schedule", "Mondays 10:00-11:00");
        String groupId = create(username, password, "/peer/groups", group).get("id").asText();
        ids.put("group", groupId);
        ids.put("membership", create(username, password, "/peer/groups/" + groupId + "/members",
            Map.of("participantId", participant, "joinedOn", today.minusDays(2).toString())).get("id").asText());
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("heldOn", today.minusDays(1).toString());
        meeting.put("catalogSessionId", SESSION);
        meeting.put("comfortAgreement", Map.of("text", "We keep what is said here.", "agreedBy", List.of(participant)));
        meeting.put("attendance", List.of(Map.of("participantId", participant, "attendance", "ATTENDED")));
        ids.put("meeting", create(username, password, "/peer/groups/" + groupId + "/meetings", meeting).get("id").asText());
        Map<String, Object> session = new HashMap<>();
        session.put("participantId", participant);
        session.put("staffId", ids.get("pss"));
        session.put("heldOn", today.minusDays(1).toString());
        session.put("catalogSessionId", SESSION);
        session.put("attendance", "ATTENDED");
        session.put("setting", "COMMUNITY");
        ids.put("peer-session", create(username, password, "/peer/sessions", session).get("id").asText());
    }

    /** POSTs as the navigator; the created object, or an AssertionError naming the reply. */
    private JsonNode create(String user, String password, String path, Object body) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
            .header("Authorization", "Basic " + token).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new AssertionError("making the peer fixtures, POST " + path + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** The API's address in the container the matrix runs in (the probe's bundle). */
    private static String baseUrl() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(PeerFixtures.class).getBundleContext();
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        try {
            Object port = context.getService(ref).getConfiguration("org.ops4j.pax.web", null).getProperties()
                .get("org.osgi.service.http.port");
            return "http://localhost:" + port + "/mission/api/v1";
        } finally {
            context.ungetService(ref);
        }
    }
}
