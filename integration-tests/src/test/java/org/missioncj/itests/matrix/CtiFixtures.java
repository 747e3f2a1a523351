package org.missioncj.itests.matrix;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** CTI's objects of a team: a contact with the enrolled participant (whose schedule a read brings in at once). */
public class CtiFixtures implements MatrixFixtures {
    @Override
    public List<String> kinds() {
        return List.of("contact");
    }

    @Override
    public List<String> needs() {
        return List.of("participant", "enrollment", "staff");
    }

    @Override
    public void make(Api api, String label, Map<String, String> ids) throws Exception {
        int schedule = api.read("/cti/participants/" + ids.get("participant") + "/schedule");
        if (schedule != 200) {
            throw new AssertionError("CTI has no schedule for " + ids.get("participant") + ": " + schedule);
        }
        Map<String, Object> contact = new HashMap<>();
        contact.put("participantId", ids.get("participant"));
        contact.put("staffId", ids.get("staff"));
        contact.put("occurredAt", OffsetDateTime.now().minusHours(2).toString());
        contact.put("kind", "PHONE");
        ids.put("contact", api.create("/cti/contacts", contact).get("id").asText());
    }
}
