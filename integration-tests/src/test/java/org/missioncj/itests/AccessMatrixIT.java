package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.missioncj.itests.matrix.MatrixFixtures;
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
 * <p>Fixtures: teams A and B at one site, team C at another, each with the objects every module's
 * {@link MatrixFixtures} make for it (a participant enrolled on the team, a CTI contact, a §2.35 consent,
 * a court order and a court report disclosed under it...): a new module adds its own. The case
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
    /** Every module's fixtures (META-INF/services/org.missioncj.itests.matrix.MatrixFixtures), in the order they need. */
    private static final List<MatrixFixtures> FIXTURES = ordered();
    /** The object kinds the fixtures make, and those of the team itself. */
    private static final Set<String> KINDS = kinds();
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

    /** The reference adapters' endpoints are in the matrix too. */
    @Override
    protected List<String> extraBootFeatures() {
        return List.of("mission-adapter-rest");
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
                if (!access.path("authentication").asText("").isEmpty()) {
                    // signed by a host system's shared secret (a webhook): no sign-in counts, an unsigned call is 401
                    operations++;
                    for (Map.Entry<String, String> role : ROLES.entrySet()) {
                        Reply r = call(role.getValue(), op.getKey().toUpperCase(), template.replace("{", "").replace("}", ""),
                            Map.of(), Map.of());
                        checks++;
                        denied++;
                        if (r.status != 401) {
                            problems.add(name + " as " + role.getKey() + " without a signature -> " + r + " (expected 401)");
                        }
                    }
                    continue;
                }
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

    /**
     * The objects of one team, made by every module's fixtures: the site and the team's staff here, the
     * rest by the module that owns the kind.
     */
    private Objects objects(String label, String site, String cmStaff, String pssStaff) throws Exception {
        Objects o = new Objects(label);
        o.ids.put("site", site);
        o.ids.put("staff", cmStaff);
        o.ids.put("pss", pssStaff);
        MatrixFixtures.Api api = new MatrixFixtures.Api() {
            @Override
            public JsonNode create(String path, Object body) throws Exception {
                Reply r = post(ADMIN, path, body);
                if (r.status != 201) {
                    throw new AssertionError("making the " + label + " fixtures, POST " + path + ": " + r);
                }
                return r.json;
            }

            @Override
            public JsonNode send(String path, Object body) throws Exception {
                Reply r = post(ADMIN, path, body);
                if (r.status != 200 && r.status != 201) {
                    throw new AssertionError("making the " + label + " fixtures, POST " + path + ": " + r);
                }
                return r.json;
            }

            @Override
            public int read(String path) throws Exception {
                return get(ADMIN, path).status;
            }

            @Override
            public JsonNode createAs(String role, String site, String path, Object body) throws Exception {
                String user = writer(role, site);
                Reply r = post(user, path, body);
                if (r.status != 201) {
                    throw new AssertionError("making the " + label + " fixtures, POST " + path + " as " + role + ": " + r);
                }
                return r.json;
            }
        };
        for (MatrixFixtures f : FIXTURES) {
            f.make(api, label, o.ids);
        }
        return o;
    }

    private final Map<String, String> writers = new HashMap<>();

    /** A sign-in with the run's password and a staff record of the role at the site, made once for the class. */
    private String writer(String role, String site) throws Exception {
        String key = role + "@" + site;
        String made = writers.get(key);
        if (made != null) {
            return made;
        }
        String user = "it.matrix." + role.toLowerCase(java.util.Locale.ROOT).replace('_', '.') + "."
                + Integer.toHexString(site.hashCode()) + "." + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> account = new HashMap<>();
        account.put("username", user);
        account.put("displayName", "Matrix " + role + " " + site);
        account.put("roles", List.of(role));
        account.put("password", password());
        Reply a = post(ADMIN, "/accounts", account);
        if (a.status != 201) {
            throw new AssertionError("making a " + role + " sign-in for the fixtures: " + a);
        }
        createStaff(role, user, site);
        writers.put(key, user);
        return user;
    }

    private static List<MatrixFixtures> ordered() {
        List<MatrixFixtures> all = new ArrayList<>();
        ServiceLoader.load(MatrixFixtures.class, MatrixFixtures.class.getClassLoader()).forEach(all::add);
        List<MatrixFixtures> out = new ArrayList<>();
        Set<String> made = new TreeSet<>(Set.of("site", "staff", "pss"));
        while (!all.isEmpty()) {
            MatrixFixtures next = all.stream().filter(f -> made.containsAll(f.needs())).findFirst()
                .orElseThrow(() -> new AssertionError("matrix fixtures whose needs no other fixture makes: " + all));
            all.remove(next);
            out.add(next);
            made.addAll(next.kinds());
        }
        return out;
    }

    private static Set<String> kinds() {
        Set<String> k = new TreeSet<>(Set.of("site", "staff"));
        FIXTURES.forEach(f -> k.addAll(f.kinds()));
        return k;
    }
}
