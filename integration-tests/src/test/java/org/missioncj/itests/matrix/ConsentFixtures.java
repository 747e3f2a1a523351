package org.missioncj.itests.matrix;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Consent's objects of a team: a §2.35 consent to a court, an approved-to-be court order, a restriction,
 * and a court report disclosed under the consent.
 */
public class ConsentFixtures implements MatrixFixtures {
    @Override
    public List<String> kinds() {
        return List.of("consent", "court-order", "restriction", "disclosure");
    }

    @Override
    public List<String> needs() {
        return List.of("participant", "enrollment");
    }

    @Override
    public void make(Api api, String label, Map<String, String> ids) throws Exception {
        String court = "Matrix Court " + label;
        Map<String, Object> consent = org.missioncj.itests.MissionTestSupport.courtConsent(ids.get("participant"), court,
            List.of("ENROLLMENT", "CASE_MANAGEMENT"));
        ids.put("consent", api.create("/consents", consent).get("id").asText());
        Map<String, Object> order = new HashMap<>();
        order.put("participantId", ids.get("participant"));
        order.put("court", court);
        order.put("docketNumber", "MX-" + UUID.randomUUID().toString().substring(0, 8));
        order.put("orderedOn", LocalDate.now().minusDays(1).toString());
        order.put("categories", List.of("ENROLLMENT"));
        order.put("recipientClass", "COURT");
        order.put("recipientName", court);
        order.put("purpose", "CRIMINAL_JUSTICE_MONITORING");
        order.put("authority", "SECTION_2_64");
        order.put("findings", "Other ways of obtaining the information are not available");
        order.put("limits", "Enrollment status only, to the court only");
        order.put("expiresOn", LocalDate.now().plusMonths(3).toString());
        order.put("patientNotified", true);
        order.put("documentReference", "MX-DOC-1");
        ids.put("court-order", api.create("/court-orders", order).get("id").asText());
        ids.put("restriction", api.create("/restrictions", Map.of("participantId", ids.get("participant"), "categories",
            List.of("HOUSING"), "requestedOn", LocalDate.now().toString(), "decision", "AGREED")).get("id").asText());
        ids.put("disclosure", api.create("/court-reports", Map.of("participantId", ids.get("participant"), "from",
            LocalDate.now().minusDays(7).toString(), "to", LocalDate.now().toString(), "recipientName", court))
            .get("disclosureId").asText());
    }
}
