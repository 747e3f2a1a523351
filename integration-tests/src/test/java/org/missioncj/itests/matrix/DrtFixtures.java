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
import java.util.UUID;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * DRT's objects of a team: a session delivered to the enrolled participant. Only a Case Manager or a Clinical
 * Supervisor records one (a program admin may not), so the fixture makes a supervisor of the team's site, a
 * database account with a random password and its staff record, and records the session as them for the
 * team's Case Manager.
 */
public class DrtFixtures implements MatrixFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

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
        String username = "matrix.drt." + UUID.randomUUID().toString().substring(0, 8);
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Map<String, Object> account = new HashMap<>();
        account.put("username", username);
        account.put("displayName", "Matrix DRT supervisor " + label);
        account.put("roles", List.of("CLINICAL_SUPERVISOR"));
        account.put("password", password);
        api.create("/accounts", account);
        Map<String, Object> staff = new HashMap<>();
        staff.put("givenName", "Matrix");
        staff.put("familyName", "Supervisor " + label);
        staff.put("role", "CLINICAL_SUPERVISOR");
        staff.put("site", ids.get("site"));
        staff.put("username", username);
        api.create("/staff", staff);

        Map<String, Object> session = new HashMap<>();
        session.put("participantId", ids.get("participant"));
        session.put("catalogSessionId", "drt-mission-cj-01");
        // the enrollment started a week ago; yesterday is in the past in any time zone of the site
        session.put("sessionDate", LocalDate.now().minusDays(1).toString());
        session.put("caseManagerId", ids.get("staff"));
        session.put("attendance", "ATTENDED");
        session.put("minutes", 45);
        session.put("setting", "COMMUNITY");
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/drt/sessions"))
            .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(session))).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new AssertionError("making the " + label + " fixtures, POST /drt/sessions as a supervisor: "
                + r.statusCode() + " " + r.body());
        }
        JsonNode created = JSON.readTree(r.body());
        ids.put("drt-session", created.get("id").asText());
    }

    /** The API of the Karaf this runs in, as MissionTestSupport finds it. */
    private static String baseUrl() throws Exception {
        BundleContext bc = FrameworkUtil.getBundle(DrtFixtures.class).getBundleContext();
        ServiceReference<ConfigurationAdmin> ref = bc.getServiceReference(ConfigurationAdmin.class);
        try {
            Object port = bc.getService(ref).getConfiguration("org.ops4j.pax.web", null).getProperties()
                .get("org.osgi.service.http.port");
            return "http://localhost:" + port + "/mission/api/v1";
        } finally {
            bc.ungetService(ref);
        }
    }
}
