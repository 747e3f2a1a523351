package org.missioncj.itests.matrix;

import java.util.List;
import java.util.Map;

/**
 * The linkage module's objects of a team: a referral of the team's participant to a service of a small directory that
 * the fixture imports (the same file each time, so a second import changes nothing), made by a Peer Navigator of the
 * team's site (a program admin reads referrals but does not make them).
 */
public class LinkageFixtures implements MatrixFixtures {
    private static final String WRITER = "PEER_NAVIGATOR";
    static final String SERVICE = "matrix-service-1";

    @Override
    public List<String> kinds() {
        return List.of("referral");
    }

    @Override
    public List<String> needs() {
        return List.of("participant", "enrollment", "site");
    }

    /** One organization with one active service: the least an HSDS import takes. */
    static Map<String, Object> directory() {
        return Map.of(
            "organization", List.of(Map.of("id", "matrix-org-1", "name", "Matrix Synthetic Services",
                "description", "A synthetic organization for the access matrix")),
            "service", List.of(Map.of("id", SERVICE, "organization_id", "matrix-org-1", "name", "Matrix Counseling",
                "status", "active")));
    }

    @Override
    public void make(Api api, String label, Map<String, String> ids) throws Exception {
        api.send("/linkage/directory/import", directory());
        ids.put("referral", api.createAs(WRITER, ids.get("site"), "/linkage/referrals", Map.of("participantId",
            ids.get("participant"), "serviceId", SERVICE, "reason", "Matrix referral " + label)).get("id").asText());
    }
}
