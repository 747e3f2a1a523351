package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every operation of the served OpenAPI document, called by every role on objects inside and outside
 * the caller's scope, against what its {@code x-mission-access} extension promises:
 * {@code {"roles": [...], "scope": "any|team|site|self", "object": "participant", "param": "id", "in": "path",
 * "unscoped": ["PROGRAM_ADMIN"]}} (the roles whose scope is everything for this operation; by default program admins).
 * A role not listed gets 403; a listed role gets 403 on an object outside its scope (or 404 when the
 * extension says {@code "outOfScopeStatus": 404}); inside its scope neither 401 nor 403.
 *
 * <p>Fixtures: teams A and B at one site, team C at another, a participant enrolled on each with a
 * CTI contact, a §2.35 consent, a court order and a court report disclosed under them. The case
 * manager and peer specialist sign-ins are team A; the navigator and the
 * supervisor work at A's site. For them "own" is A's objects; "other" is B's (another team, same
 * site) and C's (another site).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccessMatrixIT extends MissionTestSupport {
    static final String NAVIGATOR = "it.nav." + RUN;
    /** A database account: a liaison's recipient is the organization and class an admin set on it. */
    static final String MATRIX_LIAISON = "it.matrix.liaison." + RUN;
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** The object kinds this test makes fixtures for. */
    private static final Set<String> KINDS = Set.of("participant", "team", "enrollment", "contact", "site", "staff",
        "consent", "court-order", "disclosure", "restriction");
    /** Role name to the test sign-in that holds it. */
    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("CASE_MANAGER", CM);
        ROLES.put("PEER_SPECIALIST", PSS);
        ROLES.put("PEER_NAVIGATOR", NAVIGATOR);
        ROLES.put("CLINICAL_SUPERVISOR", SUPERVISOR);
        ROLES.put("PROGRAM_ADMIN", ADMIN);
        ROLES.put("COURT_LIAISON", MATRIX_LIAISON);
        ROLES.put("INTEGRATION", INTEGRATION);
        ROLES.put("PRIVACY_OFFICER", PRIVACY);
    }

    @Override
    @Configuration
    public Option[] config() throws Exception {
        return withUsers(super.config(), new String[] {NAVIGATOR, "PEER_NAVIGATOR"});
    }

    /** The objects of one team: kind (participant, team, ...) to id. */
    private static final class Objects {
        final String label;
        final Map<String, String> ids = new HashMap<>();

        Objects(String label) {
            this.label = label;
        }
    }

    private String siteA;
    private String siteC;

    @Test
    public void everyOperationKeepsItsAccessPromise() throws Exception {
        Map<String, Object> liaison = new HashMap<>();
        liaison.put("username", MATRIX_LIAISON);
        liaison.put("displayName", "Matrix liaison");
        liaison.put("roles", List.of("COURT_LIAISON"));
        liaison.put("organization", "Matrix Court own team");
        liaison.put("organizationClass", "COURT");
        liaison.put("password", password());
        Reply account = post(ADMIN, "/accounts", liaison);
        assertEquals(account.toString(), 201, account.status);
        siteA = "AM " + UUID.randomUUID().toString().substring(0, 8);
        siteC = "AM " + UUID.randomUUID().toString().substring(0, 8);
        String cmStaff = createStaff("CASE_MANAGER", CM, siteA);
        String pssStaff = createStaff("PEER_SPECIALIST", PSS, siteA);
        createStaff("PEER_NAVIGATOR", NAVIGATOR, siteA);
        createStaff("CLINICAL_SUPERVISOR", SUPERVISOR, siteA);
        Objects a = objects("own team", siteA, cmStaff, pssStaff);
        Objects b = objects("other team, same site", siteA, createStaff("CASE_MANAGER", null, siteA),
            createStaff("PEER_SPECIALIST", null, siteA));
        Objects c = objects("other site", siteC, createStaff("CASE_MANAGER", null, siteC),
            createStaff("PEER_SPECIALIST", null, siteC));

        Reply doc = get(null, "/openapi.json");
        assertEquals(doc.toString(), 200, doc.status);
        List<String> undeclared = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> unknownKinds = new TreeSet<>();
        int operations = 0;
        int checks = 0;
        int denied = 0;
        int inScope = 0;
        int outOfScope = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.json.get("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode access = op.getValue().get("x-mission-access");
                if (access == null) {
                    undeclared.add(name);
                    continue;
                }
                String kind = access.path("object").asText(null);
                String param = access.path("param").asText(null);
                String in = access.path("in").asText("path");
                String scope = access.path("scope").asText("");
                boolean substituted = param != null && (in.equals("path") || in.equals("query"));
                if (!Set.of("any", "team", "site", "self").contains(scope)) {
                    problems.add(name + ": unknown scope '" + scope + "'");
                    continue;
                }
                // other path parameters only where the role alone decides; they get a made-up value
                String template = path.getKey().replace("{" + (in.equals("path") && param != null ? param : "") + "}",
                    "\u0000").replaceAll("\\{[^}]+}", "no-such-id").replace("\u0000", "{" + param + "}");
                if (!template.equals(path.getKey()) && !scope.equals("any") && !scope.equals("self")) {
                    problems.add(name + ": a path parameter that x-mission-access does not name, in scope " + scope);
                    continue;
                }
                boolean unknownKind = substituted && !KINDS.contains(kind);
                if (unknownKind) {
                    unknownKinds.add(kind + " (" + name + ")");
                }
                boolean isPublic = op.getValue().has("security") && op.getValue().get("security").isEmpty();
                Set<String> allowed = new TreeSet<>();
                access.path("roles").forEach(r -> allowed.add(r.asText()));
                int outOfScopeStatus = access.path("outOfScopeStatus").asInt(403);
                Set<String> unscoped = new TreeSet<>(Set.of("PROGRAM_ADMIN"));
                if (access.has("unscoped")) {
                    unscoped.clear();
                    access.get("unscoped").forEach(r -> unscoped.add(r.asText()));
                }
                operations++;
                for (Map.Entry<String, String> role : ROLES.entrySet()) {
                    boolean roleAllowed = isPublic || allowed.contains("*") || allowed.contains(role.getKey());
                    if (unknownKind && roleAllowed) {
                        continue; // without an object of that kind only the role check can run
                    }
                    for (Map.Entry<Objects, Boolean> target : targets(role.getKey(), unscoped.contains(role.getKey()), scope,
                        substituted, a, b, c).entrySet()) {
                        String id = !substituted ? null : unknownKind ? "no-such-id" : target.getKey().ids.get(kind);
                        String url = url(template, param, in, id);
                        Object body = Set.of("post", "put", "patch").contains(op.getKey()) ? Map.of() : null;
                        // no If-Match: an update's 428 must come after the access check, never instead of a 403
                        Reply r = call(role.getValue(), op.getKey().toUpperCase(), url, body, Map.of());
                        String what = name + " as " + role.getKey() + " on " + target.getKey().label + " -> " + r;
                        checks++;
                        if (!roleAllowed) {
                            denied++;
                            if (r.status != 403) {
                                problems.add(what + " (role not allowed: expected 403)");
                            }
                        } else if (!target.getValue()) {
                            outOfScope++;
                            if (r.status != 403 && r.status != outOfScopeStatus) {
                                problems.add(what + " (outside the " + scope + " scope: expected " + outOfScopeStatus + ")");
                            }
                        } else {
                            inScope++;
                            if (r.status == 401 || r.status == 403) {
                                problems.add(what + " (allowed and in scope)");
                            }
                        }
                    }
                }
            }
        }
        System.out.println("AccessMatrixIT: " + operations + " operations x " + ROLES.size() + " roles, " + checks
            + " requests: " + denied + " role denied, " + inScope + " in scope, " + outOfScope + " out of scope");
        List<String> failures = new ArrayList<>();
        if (!undeclared.isEmpty()) {
            failures.add("operations without x-mission-access: " + undeclared);
        }
        if (!unknownKinds.isEmpty()) {
            failures.add("object kinds this test cannot make fixtures for (teach it): " + unknownKinds);
        }
        if (!problems.isEmpty()) {
            failures.add(problems.size() + " broken promises:\n  " + String.join("\n  ", problems));
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
        assertTrue("operations checked: " + operations, operations >= 25);
    }

    /**
     * The objects a role is tried on, each marked whether it is inside the role's scope for the
     * operation's scope kind. Without a substituted parameter, one call (the role check alone).
     */
    private static Map<Objects, Boolean> targets(String role, boolean unscoped, String scope, boolean substituted, Objects a,
            Objects b, Objects c) {
        Map<Objects, Boolean> t = new LinkedHashMap<>();
        if (!substituted) {
            t.put(a, true);
            return t;
        }
        boolean admin = unscoped;
        boolean siteLead = role.equals("PEER_NAVIGATOR") || role.equals("CLINICAL_SUPERVISOR");
        switch (scope) {
            case "team":
                t.put(a, true);
                t.put(b, admin || siteLead);
                t.put(c, admin);
                break;
            case "site":
                t.put(a, true);
                t.put(c, admin);
                break;
            default: // any, self: the role decides
                t.put(a, true);
                t.put(c, true);
                break;
        }
        return t;
    }

    private static String url(String template, String param, String in, String id) {
        if (param == null || id == null) {
            return template;
        }
        String value = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        if (in.equals("query")) {
            return template + "?" + param + "=" + value;
        }
        return template.replace("{" + param + "}", value);
    }

    /** A team at the site, a participant enrolled on it, a CTI contact, once CTI has the schedule. */
    private Objects objects(String label, String site, String cmStaff, String pssStaff) throws Exception {
        Objects o = new Objects(label);
        o.ids.put("site", site);
        o.ids.put("staff", cmStaff);
        o.ids.put("team", createTeam(site, cmStaff, pssStaff, null).get("id").asText());
        Reply p = post(ADMIN, "/participants", Map.of("givenName", "Matrix", "familyName", "Case " + label,
            "dateOfBirth", "1981-01-01"));
        assertEquals(p.toString(), 201, p.status);
        o.ids.put("participant", p.json.get("id").asText());
        Map<String, Object> e = new HashMap<>();
        e.put("participantId", o.ids.get("participant"));
        e.put("teamId", o.ids.get("team"));
        e.put("programMonths", 6);
        e.put("startSetting", "COMMUNITY");
        e.put("referralSource", "COURT");
        e.put("startDate", LocalDate.now().minusDays(7).toString());
        e.put("status", "ENROLLED");
        Reply enrolled = post(ADMIN, "/enrollments", e);
        assertEquals(enrolled.toString(), 201, enrolled.status);
        o.ids.put("enrollment", enrolled.json.get("id").asText());
        long deadline = System.currentTimeMillis() + 10_000;
        while (get(ADMIN, "/cti/participants/" + o.ids.get("participant") + "/schedule").status != 200) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("CTI built no schedule for " + o.ids.get("participant"));
            }
            Thread.sleep(50);
        }
        Map<String, Object> contact = new HashMap<>();
        contact.put("participantId", o.ids.get("participant"));
        contact.put("staffId", cmStaff);
        contact.put("occurredAt", OffsetDateTime.now().minusHours(2).toString());
        contact.put("kind", "PHONE");
        Reply logged = post(ADMIN, "/cti/contacts", contact);
        assertEquals(logged.toString(), 201, logged.status);
        o.ids.put("contact", logged.json.get("id").asText());

        // Part 2: a §2.35 consent to a court, a court order, and a court report disclosed under them
        String court = "Matrix Court " + label;
        Map<String, Object> consent = new HashMap<>();
        consent.put("participantId", o.ids.get("participant"));
        consent.put("kind", "CRIMINAL_JUSTICE");
        consent.put("disclosingProgram", "MISSION-CJ");
        consent.put("categories", List.of("ENROLLMENT", "CASE_MANAGEMENT"));
        consent.put("recipientClass", "COURT");
        consent.put("recipientName", court);
        consent.put("purpose", "CRIMINAL_JUSTICE_MONITORING");
        consent.put("expiresOn", LocalDate.now().plusMonths(6).toString());
        consent.put("signedOn", LocalDate.now().minusDays(7).toString());
        consent.put("signedBy", "Matrix Case");
        consent.put("signatureMethod", "WRITTEN");
        consent.put("signerAuthority", "PARTICIPANT");
        consent.put("informationDescription", "Enrollment status and case management contacts");
        consent.put("revocationRightExplained", true);
        consent.put("redisclosureStatementIncluded", true);
        consent.put("conditioningStatementIncluded", true);
        Reply c = post(ADMIN, "/consents", consent);
        assertEquals(c.toString(), 201, c.status);
        o.ids.put("consent", c.json.get("id").asText());
        Map<String, Object> order = new HashMap<>();
        order.put("participantId", o.ids.get("participant"));
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
        Reply co = post(ADMIN, "/court-orders", order);
        assertEquals(co.toString(), 201, co.status);
        o.ids.put("court-order", co.json.get("id").asText());
        Reply restriction = post(ADMIN, "/restrictions", Map.of("participantId", o.ids.get("participant"), "categories",
            List.of("HOUSING"), "requestedOn", LocalDate.now().toString(), "decision", "AGREED"));
        assertEquals(restriction.toString(), 201, restriction.status);
        o.ids.put("restriction", restriction.json.get("id").asText());
        Reply report = post(ADMIN, "/court-reports", Map.of("participantId", o.ids.get("participant"), "from",
            LocalDate.now().minusDays(7).toString(), "to", LocalDate.now().toString(), "recipientName", court));
        assertEquals(report.toString(), 201, report.status);
        o.ids.put("disclosure", report.json.get("disclosureId").asText());
        return o;
    }
}
