package org.missioncj.itests.matrix;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The housing module's objects of a team: a status period, a landlord and a unit of the team's site, an application,
 * a placement (the move-in) and a landlord conflict over it. A program admin does not record housing, so a Peer
 * Navigator of the team's site does ({@link MatrixFixtures.Api#createAs}).
 */
public class HousingFixtures implements MatrixFixtures {
    @Override
    public List<String> kinds() {
        return List.of("housing-status", "landlord", "unit", "housing-application", "placement", "landlord-conflict");
    }

    @Override
    public List<String> needs() {
        return List.of("participant", "enrollment", "site");
    }

    @Override
    public void make(Api api, String label, Map<String, String> ids) throws Exception {
        String site = ids.get("site");
        String participant = ids.get("participant");
        String sitePath = site.replace(" ", "%20");
        LocalDate today = LocalDate.now();
        String base = "/housing/participants/" + participant;
        ids.put("housing-status", api.createAs("PEER_NAVIGATOR", site, base + "/statuses",
                Map.of("status", "SHELTER", "startDate", today.minusDays(30).toString())).get("id").asText());
        String landlord = api.createAs("PEER_NAVIGATOR", site, "/housing/sites/" + sitePath + "/landlords",
                Map.of("name", "Matrix Property " + label, "phone", "555-0100")).get("id").asText();
        ids.put("landlord", landlord);
        Map<String, Object> unit = new HashMap<>();
        unit.put("kind", "APARTMENT");
        unit.put("address", label + " Synthetic Street");
        unit.put("landlordId", landlord);
        unit.put("available", true);
        String unitId = api.createAs("PEER_NAVIGATOR", site, "/housing/sites/" + sitePath + "/units", unit).get("id")
                .asText();
        ids.put("unit", unitId);
        ids.put("housing-application", api.createAs("PEER_NAVIGATOR", site, base + "/applications",
                Map.of("unitId", unitId, "appliedOn", today.minusDays(20).toString())).get("id").asText());
        String placement = api.createAs("PEER_NAVIGATOR", site, base + "/placements",
                Map.of("unitId", unitId, "moveInDate", today.minusDays(10).toString())).get("id").asText();
        ids.put("placement", placement);
        ids.put("landlord-conflict", api.createAs("PEER_NAVIGATOR", site, "/housing/placements/" + placement
                + "/conflicts", Map.of("openedOn", today.minusDays(2).toString(), "description", "Late rent")).get("id")
                .asText());
        api.createAs("PEER_NAVIGATOR", site, base + "/contacts", Map.of("kind", "HOME_VISIT", "mode", "HOME_VISIT",
                "occurredAt", OffsetDateTime.now().minusHours(1).toString()));
    }
}
