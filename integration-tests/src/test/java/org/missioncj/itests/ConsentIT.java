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
    @javax.inject.Inject
    protected org.apache.karaf.shell.api.console.SessionFactory sessionFactory;

    @javax.inject.Inject
    protected org.missioncj.core.api.persistence.Database database;

    private static final String SITE = "Consent " + UUID.randomUUID().toString().substring(0, 8);
    private static final String COURT = "Franklin County Recovery Court " + RUN;
    private static final String CM_A = "consent.cm." + RUN;
    private static final String CM_B = "consent.cmb." + RUN;
    private static final String LIAISON_A = "consent.liaison." + RUN;
    private static final String LIAISON_B = "consent.liaisonb." + RUN;
    private static final String LIAISON_PROBATION = "consent.liaisonp." + RUN;
    private static String teamA;

    @Before
    public void setUp() throws Exception {
        if (teamA != null) {
            return;
        }
        account(CM_A, "CASE_MANAGER", null);
        account(CM_B, "CASE_MANAGER", null);
        account(LIAISON_A, "COURT_LIAISON", COURT);
        account(LIAISON_B, "COURT_LIAISON", "Another County Court " + RUN);
        account(LIAISON_PROBATION, "COURT_LIAISON", "Other County Probation " + RUN, "PROBATION_PAROLE");
        teamA = createTeam(SITE, createStaff("CASE_MANAGER", CM_A, SITE), createStaff("PEER_SPECIALIST", null, SITE), null)
            .get("id").asText();
        createTeam(SITE, createStaff("CASE_MANAGER", CM_B, SITE), createStaff("PEER_SPECIALIST", null, SITE), null);
    }

    private void account(String username, String role, String organization) throws Exception {
        account(username, role, organization, organization == null ? null : "COURT");
    }

    private void account(String username, String role, String organization, String organizationClass) throws Exception {
        Map<String, Object> a = new HashMap<>();
        a.put("username", username);
        a.put("displayName", "Synthetic " + role);
        a.put("roles", List.of(role));
        a.put("organization", organization);
        a.put("organizationClass", organizationClass);
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
        c.put("expiryEvent", "End of probation in case 2026-CR-" + RUN);
        c.put("irrevocableUntilEvent", "Sentencing in case 2026-CR-" + RUN);
        c.put("signedOn", LocalDate.now().minusDays(20).toString());
        c.put("signedBy", "Avery Synthetic");
        c.put("signatureMethod", "WRITTEN");
        c.put("signerAuthority", "PARTICIPANT");
        c.put("informationDescription", "My enrollment and attendance, no clinical notes");
        c.put("revocationRightExplained", true);
        c.put("redisclosureStatementIncluded", true);
        c.put("conditioningStatementIncluded", true);
        return c;
    }

    private String execute(String command) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream ps = new java.io.PrintStream(out, true);
        org.apache.karaf.shell.api.console.Session session = sessionFactory.create(System.in, ps, ps);
        session.execute(command);
        ps.flush();
        return out.toString();
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
        for (String field : List.of("kind", "disclosingProgram", "categories", "informationDescription", "recipientClass",
            "purpose", "signedOn", "signedBy", "signatureMethod", "signerAuthority", "revocationRightExplained",
            "redisclosureStatementIncluded", "conditioningStatementIncluded")) {
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

        Map<String, Object> nameless = criminalJusticeConsent(p, List.of("ENROLLMENT"));
        nameless.remove("recipientName");
        Reply noName = post(CM_A, "/consents", nameless);
        assertEquals(noName.toString(), 400, noName.status);
        assertTrue(noName.raw.body().contains("\"recipientName\""));
        Map<String, Object> representative = criminalJusticeConsent(p, List.of("ENROLLMENT"));
        representative.put("signerAuthority", "AUTHORIZED_REPRESENTATIVE");
        assertTrue(post(CM_A, "/consents", representative).raw.body().contains("signerAuthorityDescription"));

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
        assertTrue(json.json.get("basisDescription").asText().contains("cannot be revoked until"));
        String disclosureId = json.json.get("disclosureId").asText();
        assertTrue(json.header("Location").endsWith("/disclosures/" + disclosureId));

        Reply html = call(CM_A, "POST", "/court-reports", report(p), Map.of("Accept", "text/html"));
        assertEquals(html.toString(), 201, html.status);
        assertTrue(html.header("Content-Type").startsWith("text/html"));
        assertTrue(html.header("Content-Security-Policy"), html.header("Content-Security-Policy").startsWith("default-src 'none'"));
        assertEquals("DENY", html.header("X-Frame-Options"));
        assertEquals("nosniff", html.header("X-Content-Type-Options"));
        assertEquals("no-store", html.header("Cache-Control"));
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
    public void aSection235ConsentBecomesRevocableAtSentencingAndStaysInForceUntilItExpires() throws Exception {
        String p = participantOfTeamA();
        String id = post(CM_A, "/consents", criminalJusticeConsent(p, List.of("ENROLLMENT"))).json.get("id").asText();
        Reply early = post(CM_A, "/consents/" + id + "/revocation", Map.of("method", "WRITTEN"));
        assertEquals(early.toString(), 409, early.status);
        assertTrue(early.raw.body().contains("cannot be revoked yet"));
        assertFalse(get(CM_A, "/consents/" + id).json.get("revocableNow").asBoolean());

        // sentencing: revocable from then, still ACTIVE; expiry is another event
        Reply sentenced = post(CM_A, "/consents/" + id + "/revocability-event",
            Map.of("occurredOn", LocalDate.now().minusDays(2).toString(), "note", "Sentenced to probation"));
        assertEquals(sentenced.toString(), 200, sentenced.status);
        assertEquals("ACTIVE", sentenced.json.get("status").asText());
        assertTrue(sentenced.json.get("revocableNow").asBoolean());
        assertEquals(409, post(CM_A, "/consents/" + id + "/revocability-event",
            Map.of("occurredOn", LocalDate.now().toString())).status);
        assertEquals(201, post(CM_A, "/court-reports", report(p)).status);

        // a revocation received before that report was disclosed cannot take effect before it
        Reply backdated = post(CM_A, "/consents/" + id + "/revocation",
            Map.of("method", "WRITTEN", "receivedOn", LocalDate.now().minusDays(1).toString()));
        assertEquals(backdated.toString(), 422, backdated.status);
        assertTrue(backdated.raw.body().contains("never before a disclosure already made"));
        Reply revoked = post(CM_A, "/consents/" + id + "/revocation", Map.of("method", "WRITTEN"));
        assertEquals(revoked.toString(), 200, revoked.status);
        assertEquals("REVOKED", revoked.json.get("status").asText());
        assertEquals(LocalDate.now().toString(), revoked.json.get("revokedOn").asText());
        assertNotNull(revoked.json.get("revocationRecordedAt"));
        assertEquals(409, post(CM_A, "/consents/" + id + "/revocation", Map.of("method", "WRITTEN")).status);
        assertEquals(403, post(CM_A, "/court-reports", report(p)).status);
    }

    @Test
    public void aConsentEndsWithItsExpiryEventAndTheRefusalSaysSo() throws Exception {
        String p = participantOfTeamA();
        String id = post(CM_A, "/consents", criminalJusticeConsent(p, List.of("ENROLLMENT"))).json.get("id").asText();
        Reply ended = post(CM_A, "/consents/" + id + "/end",
            Map.of("occurredOn", LocalDate.now().minusDays(1).toString(), "note", "Probation completed"));
        assertEquals(ended.toString(), 200, ended.status);
        assertEquals("ENDED", ended.json.get("status").asText());
        Reply after = post(CM_A, "/court-reports", report(p));
        assertEquals(after.toString(), 403, after.status);
        assertTrue(after.raw.body(), after.raw.body().contains("(End of probation"));
        assertFalse(after.raw.body().contains("ended with the case"));
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

    private static Map<String, Object> courtOrder(String participantId) {
        Map<String, Object> order = new HashMap<>();
        order.put("participantId", participantId);
        order.put("court", COURT);
        order.put("docketNumber", "2026-CR-" + RUN);
        order.put("orderedOn", LocalDate.now().minusDays(2).toString());
        order.put("authority", "SECTION_2_64");
        order.put("findings", "Other ways to obtain the information are not available or would not be effective");
        order.put("limits", "Enrollment and contact counts only, to the court only");
        order.put("categories", List.of("ENROLLMENT", "CASE_MANAGEMENT"));
        order.put("recipientClass", "COURT");
        order.put("recipientName", COURT);
        order.put("purpose", "CRIMINAL_JUSTICE_MONITORING");
        order.put("expiresOn", LocalDate.now().plusMonths(6).toString());
        order.put("patientNotified", true);
        order.put("documentReference", "Synthetic court file 2026-CR-" + RUN);
        return order;
    }

    @Test
    public void aCourtOrderAuthorizesNothingUntilASecondPersonApprovesIt() throws Exception {
        String p = participantOfTeamA();
        Map<String, Object> nameless = courtOrder(p);
        nameless.remove("recipientName");
        nameless.remove("findings");
        Reply refused = post(CM_A, "/court-orders", nameless);
        assertEquals(refused.toString(), 400, refused.status);
        assertTrue(refused.raw.body().contains("\"recipientName\"") && refused.raw.body().contains("\"findings\""));

        Reply o = post(CM_A, "/court-orders", courtOrder(p));
        assertEquals(o.toString(), 201, o.status);
        assertEquals("PENDING_APPROVAL", o.json.get("status").asText());
        String orderId = o.json.get("id").asText();
        Reply pending = post(CM_A, "/court-reports", report(p));
        assertEquals(pending.toString(), 403, pending.status);
        assertTrue(pending.raw.body().contains("not approved yet"));

        Map<String, Object> approve = Map.of("decision", "APPROVED", "note", "Matches the signed order");
        assertEquals(403, post(CM_A, "/court-orders/" + orderId + "/decision", approve).status);
        assertEquals(403, post(LIAISON_A, "/court-orders/" + orderId + "/decision", approve).status);
        Reply approved = post(PRIVACY, "/court-orders/" + orderId + "/decision", approve);
        assertEquals(approved.toString(), 200, approved.status);
        assertEquals("APPROVED", approved.json.get("status").asText());
        assertEquals(PRIVACY, approved.json.get("decidedBy").asText());
        assertEquals(409, post(PRIVACY, "/court-orders/" + orderId + "/decision", approve).status);

        Reply r = post(CM_A, "/court-reports", report(p));
        assertEquals(r.toString(), 201, r.status);
        assertEquals("COURT_ORDER", r.json.get("basis").asText());
        assertEquals(orderId, r.json.get("courtOrderId").asText());
        assertEquals(2, r.json.get("sections").size());
        assertTrue(r.json.get("basisDescription").asText().contains("§2.64"));
        assertEquals(1, get(CM_A, "/court-orders?participantId=" + p).json.get("totalItems").asInt());
        assertEquals(200, get(PRIVACY, "/court-orders/" + orderId).status);
    }

    @Test
    public void theRecorderOfACourtOrderCannotApproveIt() throws Exception {
        String p = participantOfTeamA();
        String supervisor = "consent.sup." + RUN;
        account(supervisor, "CLINICAL_SUPERVISOR", null);
        createStaff("CLINICAL_SUPERVISOR", supervisor, SITE);
        Reply recorded = post(supervisor, "/court-orders", courtOrder(p));
        assertEquals(recorded.toString(), 201, recorded.status);
        String orderId = recorded.json.get("id").asText();
        Reply self = post(supervisor, "/court-orders/" + orderId + "/decision", Map.of("decision", "APPROVED"));
        assertEquals(self.toString(), 409, self.status);
        assertTrue(self.raw.body().contains("second person"));
        Reply noReason = post(PRIVACY, "/court-orders/" + orderId + "/decision", Map.of("decision", "REJECTED"));
        assertEquals(noReason.toString(), 400, noReason.status);
        assertTrue(noReason.raw.body().contains("\"note\""));
        // a supervisor of the site approves what a case manager recorded
        String fromCm = post(CM_A, "/court-orders", courtOrder(p)).json.get("id").asText();
        Reply approved = post(supervisor, "/court-orders/" + fromCm + "/decision", Map.of("decision", "APPROVED"));
        assertEquals(approved.toString(), 200, approved.status);
    }

    /** The second outside review's finds about consents, orders and the accounts behind them. */
    @Test
    public void oneAdminCannotBeBothPeopleOfACheckNorAnyoneLiaisonAndStaff() throws Exception {
        String p = participantOfTeamA();
        // an order must say where the signed order is kept
        Map<String, Object> placeholder = courtOrder(p);
        placeholder.put("documentReference", "none");
        Reply noDocument = post(CM_A, "/court-orders", placeholder);
        assertEquals(noDocument.toString(), 400, noDocument.status);
        assertTrue(noDocument.raw.body().contains("\"documentReference\""));
        // an admin account cannot give itself the privacy officer's role...
        String admin2 = "consent.admin2." + RUN;
        account(admin2, "PROGRAM_ADMIN", null);
        Map<String, Object> self = new HashMap<>();
        self.put("displayName", "Synthetic PROGRAM_ADMIN");
        self.put("roles", List.of("PROGRAM_ADMIN", "PRIVACY_OFFICER"));
        Reply grant = put(admin2, "/accounts/" + admin2, "\"1\"", self);
        assertEquals(grant.toString(), 403, grant.status);
        // ...nor make a privacy officer to approve what it recorded
        String orderId = post(ADMIN, "/court-orders", courtOrder(p)).json.get("id").asText();
        String sock = "consent.sock." + RUN;
        account(sock, "PRIVACY_OFFICER", null);
        Reply byItsOwn = post(sock, "/court-orders/" + orderId + "/decision", Map.of("decision", "APPROVED"));
        assertEquals(byItsOwn.toString(), 409, byItsOwn.status);
        assertTrue(byItsOwn.raw.body().contains("was created or changed by"));
        assertEquals(200, post(PRIVACY, "/court-orders/" + orderId + "/decision", Map.of("decision", "APPROVED")).status);
        // nor wash a privacy officer it once reset: the account history counts, not who changed it last
        String privacy2 = "consent.privacy2." + RUN;
        account(privacy2, "PRIVACY_OFFICER", null);
        String byAdmin2 = post(admin2, "/court-orders", courtOrder(p)).json.get("id").asText();
        String reset = "reset-violet-lantern-" + RUN;
        assertEquals(200, post(admin2, "/accounts/" + privacy2 + "/password", Map.of("password", reset)).status);
        Map<String, Object> own = new HashMap<>();
        own.put("currentPassword", reset);
        own.put("newPassword", password());
        Reply ownChange = callAs(privacy2, reset, "PUT", "/me/password", own, Map.of());
        assertEquals(ownChange.toString(), 204, ownChange.status);
        Reply washed = post(privacy2, "/court-orders/" + byAdmin2 + "/decision", Map.of("decision", "APPROVED"));
        assertEquals(washed.toString(), 409, washed.status);
        // and breaking the glass does not make another site's supervisor the participant's
        String otherSite = "Other " + SITE;
        String farSupervisor = "consent.supfar." + RUN;
        account(farSupervisor, "CLINICAL_SUPERVISOR", null);
        createStaff("CLINICAL_SUPERVISOR", farSupervisor, otherSite);
        assertEquals(201, post(farSupervisor, "/access/break-glass", Map.of("participantId", p, "reason",
            "Synthetic: the court asks for an urgent approval")).status);
        Reply far = post(farSupervisor, "/court-orders/" + byAdmin2 + "/decision", Map.of("decision", "APPROVED"));
        assertEquals(far.toString(), 403, far.status);
        // a liaison is never also staff
        Map<String, Object> both = new HashMap<>();
        both.put("username", "consent.both." + RUN);
        both.put("displayName", "Synthetic both");
        both.put("roles", List.of("CASE_MANAGER", "COURT_LIAISON"));
        both.put("organization", COURT);
        both.put("organizationClass", "COURT");
        both.put("password", password());
        Reply mixed = post(ADMIN, "/accounts", both);
        assertEquals(mixed.toString(), 400, mixed.status);
        // no account takes the name of a sign-in of etc/users.properties
        Map<String, Object> shadow = new HashMap<>();
        shadow.put("username", ADMIN);
        shadow.put("displayName", "Shadow");
        shadow.put("roles", List.of("PROGRAM_ADMIN"));
        shadow.put("password", "shadow-violet-lantern-77");
        Reply taken = post(admin2, "/accounts", shadow);
        assertEquals(taken.toString(), 409, taken.status);
        assertEquals(200, get(ADMIN, "/me").status);
    }

    @Test
    public void aConsentCannotBeEndedBeforeADisclosureMadeUnderIt() throws Exception {
        String p = participantOfTeamA();
        String id = post(CM_A, "/consents", criminalJusticeConsent(p, List.of("ENROLLMENT"))).json.get("id").asText();
        assertEquals(201, post(CM_A, "/court-reports", report(p)).status);
        Reply backdated = post(CM_A, "/consents/" + id + "/end",
            Map.of("occurredOn", LocalDate.now().minusDays(1).toString(), "note", "Probation completed last week"));
        assertEquals(backdated.toString(), 422, backdated.status);
        Reply today = post(CM_A, "/consents/" + id + "/end", Map.of("occurredOn", LocalDate.now().toString()));
        assertEquals(today.toString(), 200, today.status);
    }

    @Test
    public void wrongRecipientsGetNothingAndNoLiaisonLearnsWhy() throws Exception {
        String p = participantOfTeamA();
        // a consent to probation that names no probation office: before 0.2 any liaison of the class received under it
        Map<String, Object> general = criminalJusticeConsent(p, List.of("ENROLLMENT", "CASE_MANAGEMENT"));
        general.put("kind", "GENERAL");
        general.remove("irrevocableUntilEvent");
        general.put("recipientClass", "PROBATION_PAROLE");
        general.remove("recipientName");
        Reply refused = post(CM_A, "/consents", general);
        assertEquals("a consent to probation names the office, whatever its kind", 400, refused.status);
        assertTrue(refused.toString(), refused.json.get("errors").toString().contains("recipientName"));
        general.put("recipientName", "Synthetic County Probation");
        Reply nameless = post(CM_A, "/consents", general);
        assertEquals(nameless.toString(), 201, nameless.status);
        String consentId = nameless.json.get("id").asText();
        // one recorded before 0.2 named none: made so here behind the server's back
        database.inTransaction(tx -> {
            try (java.sql.PreparedStatement ps = tx.connection().prepareStatement(
                    "UPDATE consent_directive SET recipient_name = NULL WHERE id = ?")) {
                ps.setString(1, consentId);
                assertEquals(1, ps.executeUpdate());
            }
            return null;
        });
        Map<String, Object> ask = report(p);
        ask.remove("recipientName");
        Reply probation = post(LIAISON_PROBATION, "/court-reports", ask);
        assertEquals(probation.toString(), 403, probation.status);
        Map<String, Object> askClass = report(p);
        askClass.remove("recipientName");
        askClass.put("recipientClass", "PROBATION_PAROLE");
        Reply chosenClass = post(LIAISON_A, "/court-reports", askClass);
        assertEquals("a liaison does not choose the recipient class", 403, chosenClass.status);
        // the same answer, naming nothing, for a participant with a consent, without one, and for nobody at all
        Reply unknownPerson = post(LIAISON_PROBATION, "/court-reports", report(UUID.randomUUID().toString()));
        assertEquals(403, unknownPerson.status);
        assertEquals(probation.json.get("detail").asText(), unknownPerson.json.get("detail").asText());
        assertFalse(probation.raw.body().contains(consentId));
        Map<String, Object> check = new HashMap<>();
        check.put("participantId", p);
        check.put("purpose", "CRIMINAL_JUSTICE_MONITORING");
        check.put("categories", List.of("ENROLLMENT"));
        Reply probe = post(LIAISON_PROBATION, "/disclosures/decision", check);
        assertEquals(probe.toString(), 403, probe.status);
        assertEquals(probation.json.get("detail").asText(), probe.json.get("detail").asText());
        JsonNode denied = get(PRIVACY, "/audit?participantId=" + p + "&actor=" + LIAISON_PROBATION + "&outcome=DENIED").json;
        assertTrue(denied.toString(), denied.get("totalItems").asInt() >= 2);
        assertTrue(denied.toString(), denied.toString().contains("names no recipient"));

        // staff who name the recipient may still use it; the disclosure is listed for review
        Map<String, Object> staff = report(p);
        staff.put("recipientClass", "PROBATION_PAROLE");
        staff.put("recipientName", "Synthetic County Probation");
        Reply disclosed = post(CM_A, "/court-reports", staff);
        assertEquals(disclosed.toString(), 201, disclosed.status);
        JsonNode review = get(PRIVACY, "/disclosures/review?size=200").json;
        assertTrue(review.toString(), review.toString().contains(disclosed.json.get("disclosureId").asText()));
        assertEquals(403, get(CM_A, "/disclosures/review").status);
        Map<String, Object> unnamedStaff = report(p);
        unnamedStaff.remove("recipientName");
        Reply needsName = post(CM_A, "/court-reports", unnamedStaff);
        assertEquals("every disclosure record names its recipient", 400, needsName.status);
        String listed = execute("mission:disclosure-review");
        assertTrue(listed, listed.contains(p));
    }

    @Test
    public void theLiaisonsOwnCheckShowsWhetherButNotWhich() throws Exception {
        String p = participantOfTeamA();
        String consentId = post(CM_A, "/consents", criminalJusticeConsent(p, List.of("ENROLLMENT"))).json.get("id")
            .asText();
        Map<String, Object> check = new HashMap<>();
        check.put("participantId", p);
        check.put("purpose", "CRIMINAL_JUSTICE_MONITORING");
        check.put("categories", List.of("ENROLLMENT", "CASE_MANAGEMENT"));
        Reply yes = post(LIAISON_A, "/disclosures/decision", check);
        assertEquals(yes.toString(), 200, yes.status);
        assertTrue(yes.json.get("allowed").asBoolean());
        assertEquals("[\"ENROLLMENT\"]", yes.json.get("categories").toString());
        assertFalse(yes.raw.body().contains(consentId));
        assertFalse(yes.json.has("consentId"));
    }

    @Test
    public void anAgreedRestrictionIsHonouredAndAnEmergencyDisclosureIsAccounted() throws Exception {
        String p = participantOfTeamA();
        post(CM_A, "/consents", criminalJusticeConsent(p, List.of("ENROLLMENT", "CASE_MANAGEMENT")));
        Map<String, Object> restriction = new HashMap<>();
        restriction.put("participantId", p);
        restriction.put("categories", List.of("CASE_MANAGEMENT"));
        restriction.put("recipientClass", "COURT");
        restriction.put("requestedOn", LocalDate.now().toString());
        restriction.put("decision", "AGREED");
        restriction.put("description", "Only whether I am enrolled");
        Reply r = post(CM_A, "/restrictions", restriction);
        assertEquals(r.toString(), 201, r.status);
        assertTrue(r.json.get("inForce").asBoolean());
        Map<String, Object> ask = report(p);
        ask.remove("recipientName");
        Reply report = post(LIAISON_A, "/court-reports", ask);
        assertEquals(report.toString(), 201, report.status);
        assertEquals(List.of("registry.enrollment"), ids(report.json.get("sections"), "id"));
        assertEquals(403, get(CM_B, "/restrictions?participantId=" + p).status);
        Reply lifted = post(CM_A, "/restrictions/" + r.json.get("id").asText() + "/end",
            Map.of("occurredOn", LocalDate.now().toString(), "note", "Participant withdrew the request"));
        assertEquals(lifted.toString(), 200, lifted.status);
        assertFalse(lifted.json.get("inForce").asBoolean());

        Map<String, Object> emergency = new HashMap<>();
        emergency.put("participantId", p);
        emergency.put("recipientName", "Dr. Synthetic Example");
        emergency.put("recipientAffiliation", "Synthetic General Hospital, emergency department");
        // three hours ago, but today: the period checks below count by day (between 00:00 and 03:00 it was yesterday)
        java.time.ZonedDateTime threeHoursAgo = java.time.ZonedDateTime.now().minusHours(3);
        java.time.ZonedDateTime startOfToday = LocalDate.now().atStartOfDay(java.time.ZoneId.systemDefault());
        emergency.put("disclosedAt", (threeHoursAgo.isBefore(startOfToday) ? startOfToday : threeHoursAgo)
            .toOffsetDateTime().toString());
        emergency.put("natureOfEmergency", "Overdose; medication history needed");
        emergency.put("categories", List.of("TREATMENT_HISTORY"));
        emergency.put("description", "Current medications and MAT dose");
        Reply e = post(CM_A, "/disclosures/emergency", emergency);
        assertEquals(e.toString(), 201, e.status);
        assertEquals("MEDICAL_EMERGENCY", e.json.get("basis").asText());
        JsonNode accounting = get(CM_A, "/disclosures?participantId=" + p).json;
        assertTrue(accounting.toString(), accounting.toString().contains("Synthetic General Hospital"));
        // the participant chooses the period, within three years
        String today = LocalDate.now().toString();
        assertEquals(2, get(CM_A, "/disclosures?participantId=" + p + "&from=" + today + "&to=" + today).json
            .get("totalItems").asInt());
        assertEquals(0, get(CM_A, "/disclosures?participantId=" + p + "&to=" + LocalDate.now().minusDays(1)).json
            .get("totalItems").asInt());
        assertEquals(400, get(CM_A, "/disclosures?participantId=" + p + "&from=" + LocalDate.now().minusYears(3)
            .minusDays(1)).status);
        assertEquals(200, get(PRIVACY, "/disclosures?participantId=" + p).status);
    }

    @Test
    public void anotherTeamCannotReadConsentsOrDisclose() throws Exception {
        String p = participantOfTeamA();
        String id = post(CM_A, "/consents", criminalJusticeConsent(p, List.of("ENROLLMENT"))).json.get("id").asText();
        assertEquals(403, get(CM_B, "/consents/" + id).status);
        assertEquals(403, post(CM_B, "/court-reports", report(p)).status);
        assertEquals(403, post(CM_B, "/consents/" + id + "/revocation", Map.of("method", "WRITTEN")).status);
        // outside one's caseload, a consent that exists and one that does not answer alike
        String none = UUID.randomUUID().toString();
        Reply missing = get(CM_B, "/consents/" + none);
        assertEquals(403, missing.status);
        assertEquals(get(CM_B, "/consents/" + id).json.get("detail").asText().replace(id, "x"),
            missing.json.get("detail").asText().replace(none, "x"));
        assertEquals(404, get(ADMIN, "/consents/" + none).status);
        JsonNode sections = get(CM_A, "/court-reports/sections").json;
        assertTrue(sections.toString(), ids(sections, "category").containsAll(List.of("ENROLLMENT", "CASE_MANAGEMENT")));
    }
}
