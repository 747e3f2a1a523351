package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 42 CFR Part 2 through HTTP: consents with every §2.31 element, the disclosure gate behind court
 * reports, court orders, revocation and §2.35 irrevocability, the accounting of disclosures, and who
 * may ask. The accounts of this class are database accounts made through /accounts.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsentIT extends MissionTestSupport {
    private static final String SITE = "Consent " + UUID.randomUUID().toString().substring(0, 8);
    private static final String COURT = "Franklin County Recovery Court " + RUN;
    private static final String CM_A = "consent.cm." + RUN;
    private static final String CM_B = "consent.cmb." + RUN;
    private static final String LIAISON_A = "consent.liaison." + RUN;
    private static final String LIAISON_B = "consent.liaisonb." + RUN;
    private static String teamA;

    @Before
    public void setUp() throws Exception {
        if (teamA != null) {
            return;
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (get(ADMIN, "/court-reports/sections").status != 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100); // the consent module's resources arrive after the others
        }
        account(CM_A, "CASE_MANAGER", null);
        account(CM_B, "CASE_MANAGER", null);
        account(LIAISON_A, "COURT_LIAISON", COURT);
        account(LIAISON_B, "COURT_LIAISON", "Another County Court " + RUN);
        teamA = createTeam(SITE, createStaff("CASE_MANAGER", CM_A, SITE), createStaff("PEER_SPECIALIST", null, SITE), null)
            .get("id").asText();
        createTeam(SITE, createStaff("CASE_MANAGER", CM_B, SITE), createStaff("PEER_SPECIALIST", null, SITE), null);
    }

    private void account(String username, String role, String organization) throws Exception {
        Map<String, Object> a = new HashMap<>();
        a.put("username", username);
        a.put("displayName", "Synthetic " + role);
        a.put("roles", List.of(role));
        a.put("organization", organization);
        a.put("password", password());
        Reply r = post(ADMIN, "/accounts", a);
        assertEquals(r.toString(), 201, r.status);
    }

    /** A participant on team A's caseload, enrolled 30 days ago. */
    private String participantOfTeamA() throws Exception {
        Map<String, Object> p = new HashMap<>();
        p.put("givenName", "Avery");
        p.put("familyName", "Synthetic-" + UUID.randomUUID().toString().substring(0, 6));
        p.put("dateOfBirth", "1988-08-08");
        Reply r = post(CM_A, "/participants", p);
        assertEquals(r.toString(), 201, r.status);
        String id = r.json.get("id").asText();
        Map<String, Object> e = new HashMap<>();
        e.put("participantId", id);
        e.put("teamId", teamA);
        e.put("programMonths", 12);
        e.put("startSetting", "JAIL");
        e.put("referralSource", "COURT");
        e.put("startDate", LocalDate.now().minusDays(30).toString());
        e.put("status", "ENROLLED");
        Reply en = post(CM_A, "/enrollments", e);
        assertEquals(en.toString(), 201, en.status);
        return id;
    }

    private static Map<String, Object> criminalJusticeConsent(String participantId, List<String> categories) {
        Map<String, Object> c = new HashMap<>();
        c.put("participantId", participantId);
        c.put("kind", "CRIMINAL_JUSTICE");
        c.put("disclosingProgram", "MISSION-CJ");
        c.put("categories", categories);
        c.put("recipientClass", "COURT");
        c.put("recipientName", COURT);
        c.put("purpose", "CRIMINAL_JUSTICE_MONITORING");
        c.put("expiresOn", LocalDate.now().plusMonths(12).toString());
        c.put("irrevocableUntilEvent", "Final disposition of case 2026-CR-" + RUN);
        c.put("signedOn", LocalDate.now().minusDays(20).toString());
        c.put("signedBy", "Avery Synthetic");
        c.put("signatureMethod", "WRITTEN");
        c.put("revocationRightExplained", true);
        return c;
    }

    private static Map<String, Object> report(String participantId) {
        Map<String, Object> r = new HashMap<>();
        r.put("participantId", participantId);
        r.put("from", LocalDate.now().minusDays(30).toString());
        r.put("to", LocalDate.now().toString());
        r.put("recipientName", COURT);
        return r;
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    public void consentNeedsEverySection231ElementAndItsKindsRules() throws Exception {
        String p = participantOfTeamA();
        Reply empty = post(CM_A, "/consents", Map.of("participantId", p));
        assertEquals(empty.toString(), 400, empty.status);
        for (String field : List.of("kind", "disclosingProgram", "categories", "recipientClass", "purpose", "signedOn",
            "signedBy", "signatureMethod", "revocationRightExplained")) {
            assertTrue(field + " in " + empty, empty.raw.body().contains("\"" + field + "\""));
        }
        Map<String, Object> employer = criminalJusticeConsent(p, List.of("ENROLLMENT"));
        employer.put("recipientClass", "EMPLOYER");
        Reply notMonitor = post(CM_A, "/consents", employer);
        assertEquals(400, notMonitor.status);
        assertTrue(notMonitor.raw.body().contains("monitor"));

        Map<String, Object> combined = criminalJusticeConsent(p, List.of("ENROLLMENT"));
        combined.put("kind", "GENERAL");
        combined.remove("irrevocableUntilEvent");
        combined.put("purpose", "LEGAL_PROCEEDINGS");
        Reply legal = post(CM_A, "/consents", combined);
        assertEquals(400, legal.status);
        assertTrue(legal.raw.body().contains("never combined"));

        Map<String, Object> unexplained = criminalJusticeConsent(p, List.of("ENROLLMENT"));
        unexplained.put("revocationRightExplained", false);
        assertEquals(400, post(CM_A, "/consents", unexplained).status);

        Reply ok = post(CM_A, "/consents", criminalJusticeConsent(p, List.of("ENROLLMENT")));
        assertEquals(ok.toString(), 201, ok.status);
        assertEquals("ACTIVE", ok.json.get("status").asText());
        assertNotNull(ok.header("ETag"));
        assertEquals(1, get(CM_A, "/consents?participantId=" + p).json.get("totalItems").asInt());
    }

    @Test
    public void noConsentMeansNoCourtReport() throws Exception {
        String p = participantOfTeamA();
        Reply r = post(CM_A, "/court-reports", report(p));
        assertEquals(r.toString(), 403, r.status);
        assertTrue(r.toString(), r.raw.body().contains("No consent or court order"));
        assertEquals(0, get(CM_A, "/disclosures?participantId=" + p).json.get("totalItems").asInt());
    }

    @Test
    public void courtReportHasOnlyConsentedSectionsAndIsRecorded() throws Exception {
        String p = participantOfTeamA();
        String consentId = post(CM_A, "/consents", criminalJusticeConsent(p, List.of("ENROLLMENT"))).json.get("id").asText();

        Reply json = post(CM_A, "/court-reports", report(p));
        assertEquals(json.toString(), 201, json.status);
        assertEquals(List.of("registry.enrollment"), ids(json.json.get("sections"), "id"));
        assertTrue(json.json.get("withheldCategories").toString().contains("CASE_MANAGEMENT"));
        assertEquals(consentId, json.json.get("consentId").asText());
        assertTrue(json.json.get("notice").asText().contains("42 CFR part 2"));
        assertTrue(json.json.get("basisDescription").asText().contains("cannot be revoked"));
        String disclosureId = json.json.get("disclosureId").asText();
        assertTrue(json.header("Location").endsWith("/disclosures/" + disclosureId));

        Reply html = call(CM_A, "POST", "/court-reports", report(p), Map.of("Accept", "text/html"));
        assertEquals(html.toString(), 201, html.status);
        assertTrue(html.header("Content-Type").startsWith("text/html"));
        String page = html.raw.body();
        assertEquals(2, page.split("prohibits unauthorized use or disclosure", -1).length - 1);
        assertTrue(page.contains("Participant and enrollment"));
        assertFalse(page.contains("Case management"));

        JsonNode accounting = get(CM_A, "/disclosures?participantId=" + p).json;
        assertEquals(2, accounting.get("totalItems").asInt());
        JsonNode first = accounting.get("items").get(1);
        assertEquals(disclosureId, first.get("id").asText());
        assertEquals(COURT, first.get("recipientName").asText());
        assertEquals(consentId, first.get("consentId").asText());
        assertEquals("[\"ENROLLMENT\"]", first.get("categories").toString());
        assertEquals(CM_A, first.get("disclosedBy").asText());
        assertEquals(200, get(CM_A, "/disclosures/" + disclosureId).status);

        JsonNode audit = get(ADMIN, "/audit?participantId=" + p + "&size=200").json;
        assertTrue(audit.toString(), audit.toString().contains("DISCLOSE"));
    }

    @Test
    public void courtLiaisonReceivesOnlyForTheirOwnCourt() throws Exception {
        String p = participantOfTeamA();
        post(CM_A, "/consents", criminalJusticeConsent(p, List.of("ENROLLMENT", "CASE_MANAGEMENT")));
        Map<String, Object> ask = report(p);
        ask.remove("recipientName");
        Reply mine = post(LIAISON_A, "/court-reports", ask);
        assertEquals(mine.toString(), 201, mine.status);
        assertEquals(COURT, mine.json.get("recipientName").asText());
        assertEquals(List.of("registry.enrollment", "cti.contacts"), ids(mine.json.get("sections"), "id"));

        Reply otherCourt = post(LIAISON_B, "/court-reports", ask);
        assertEquals(otherCourt.toString(), 403, otherCourt.status);
        Map<String, Object> forOthers = report(p);
        forOthers.put("recipientName", "Another County Court " + RUN);
        assertEquals(403, post(LIAISON_A, "/court-reports", forOthers).status);

        assertEquals(403, get(LIAISON_A, "/participants/" + p).status);
        assertEquals(403, get(LIAISON_A, "/consents?participantId=" + p).status);
        assertEquals(403, get(LIAISON_A, "/disclosures?participantId=" + p).status);
    }

    @Test
    public void criminalJusticeConsentIsIrrevocableUntilTheCaseEndsAndEndsWithIt() throws Exception {
        String p = participantOfTeamA();
        String id = post(CM_A, "/consents", criminalJusticeConsent(p, List.of("ENROLLMENT"))).json.get("id").asText();
        Reply early = post(CM_A, "/consents/" + id + "/revocation", Map.of("method", "WRITTEN"));
        assertEquals(early.toString(), 409, early.status);
        assertTrue(early.raw.body().contains("cannot be revoked"));

        Reply ended = post(CM_A, "/consents/" + id + "/end",
            Map.of("occurredOn", LocalDate.now().minusDays(1).toString(), "note", "Case closed"));
        assertEquals(ended.toString(), 200, ended.status);
        assertEquals("ENDED", ended.json.get("status").asText());
        Reply after = post(CM_A, "/court-reports", report(p));
        assertEquals(after.toString(), 403, after.status);
        assertTrue(after.raw.body().contains("ended with the case"));

        Reply revoked = post(CM_A, "/consents/" + id + "/revocation", Map.of("method", "WRITTEN"));
        assertEquals(revoked.toString(), 200, revoked.status);
        assertEquals("REVOKED", revoked.json.get("status").asText());
        assertEquals(409, post(CM_A, "/consents/" + id + "/revocation", Map.of("method", "WRITTEN")).status);
        assertEquals("REVOKED", get(CM_A, "/consents/" + id).json.get("status").asText());
    }

    @Test
    public void revokedConsentDeniesAndTheCheckSaysWhy() throws Exception {
        String p = participantOfTeamA();
        Map<String, Object> general = criminalJusticeConsent(p, List.of("ENROLLMENT"));
        general.put("kind", "GENERAL");
        general.remove("irrevocableUntilEvent");
        general.put("recipientClass", "PROBATION_PAROLE");
        general.put("recipientName", "Synthetic County Probation");
        String id = post(CM_A, "/consents", general).json.get("id").asText();
        Map<String, Object> ask = new HashMap<>();
        ask.put("participantId", p);
        ask.put("recipientClass", "PROBATION_PAROLE");
        ask.put("recipientName", "synthetic county probation");
        ask.put("purpose", "CRIMINAL_JUSTICE_MONITORING");
        ask.put("categories", List.of("ENROLLMENT", "HOUSING"));
        JsonNode yes = post(CM_A, "/disclosures/decision", ask).json;
        assertTrue(yes.toString(), yes.get("allowed").asBoolean());
        assertEquals("[\"ENROLLMENT\"]", yes.get("categories").toString());

        ask.put("purpose", "TREATMENT");
        JsonNode wrongPurpose = post(CM_A, "/disclosures/decision", ask).json;
        assertFalse(wrongPurpose.get("allowed").asBoolean());
        assertTrue(wrongPurpose.get("reason").asText().contains("not TREATMENT"));
        ask.put("purpose", "CRIMINAL_JUSTICE_MONITORING");

        assertEquals(200, post(CM_A, "/consents/" + id + "/revocation", Map.of("method", "WRITTEN", "note", "Asked in person")).status);
        JsonNode no = post(CM_A, "/disclosures/decision", ask).json;
        assertFalse(no.get("allowed").asBoolean());
        assertTrue(no.get("reason").asText().contains("revoked"));
        // a check discloses nothing
        assertEquals(0, get(CM_A, "/disclosures?participantId=" + p).json.get("totalItems").asInt());
    }

    @Test
    public void courtOrderAllowsWhatItsScopeCovers() throws Exception {
        String p = participantOfTeamA();
        Map<String, Object> order = new HashMap<>();
        order.put("participantId", p);
        order.put("court", COURT);
        order.put("docketNumber", "2026-CR-" + RUN);
        order.put("orderedOn", LocalDate.now().minusDays(2).toString());
        order.put("categories", List.of("ENROLLMENT", "CASE_MANAGEMENT"));
        order.put("recipientClass", "COURT");
        order.put("recipientName", COURT);
        order.put("purpose", "CRIMINAL_JUSTICE_MONITORING");
        Reply o = post(CM_A, "/court-orders", order);
        assertEquals(o.toString(), 201, o.status);
        Reply r = post(CM_A, "/court-reports", report(p));
        assertEquals(r.toString(), 201, r.status);
        assertEquals("COURT_ORDER", r.json.get("basis").asText());
        assertEquals(o.json.get("id").asText(), r.json.get("courtOrderId").asText());
        assertEquals(2, r.json.get("sections").size());
        assertEquals(1, get(CM_A, "/court-orders?participantId=" + p).json.get("totalItems").asInt());
    }

    @Test
    public void anotherTeamCannotReadConsentsOrDisclose() throws Exception {
        String p = participantOfTeamA();
        String id = post(CM_A, "/consents", criminalJusticeConsent(p, List.of("ENROLLMENT"))).json.get("id").asText();
        assertEquals(403, get(CM_B, "/consents/" + id).status);
        assertEquals(403, post(CM_B, "/court-reports", report(p)).status);
        assertEquals(403, post(CM_B, "/consents/" + id + "/revocation", Map.of("method", "WRITTEN")).status);
        assertEquals(404, get(CM_A, "/consents/" + UUID.randomUUID()).status);
        JsonNode sections = get(CM_A, "/court-reports/sections").json;
        assertTrue(sections.toString(), ids(sections, "category").containsAll(List.of("ENROLLMENT", "CASE_MANAGEMENT")));
    }
}
