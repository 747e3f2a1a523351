package org.missioncj.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Proves that a module's OpenAPI fragment promises what its code enforces: every operation's
 * {@code x-mission-access} (roles, scope, unscoped roles) is the {@link AccessRule} of the same
 * operationId in the module's rules class, every operation that is not public has one, and every rule
 * guards an operation of the fragment. A module's REST bundle runs it in a unit test, so the document
 * and the code cannot drift apart unnoticed.
 */
public final class AccessDeclarations {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private AccessDeclarations() {
    }

    /** What disagrees, one line each; empty when the fragment and the rules agree. */
    public static List<String> problems(URL fragment, Class<?>... rulesClasses) throws IOException {
        if (fragment == null) {
            return List.of("no such fragment");
        }
        JsonNode doc;
        try (InputStream in = fragment.openStream()) {
            doc = new YAMLMapper().readTree(in);
        }
        Map<String, AccessRule> rules = new TreeMap<>();
        for (Class<?> c : rulesClasses) {
            for (Field f : c.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == AccessRule.class) {
                    try {
                        AccessRule r = (AccessRule) f.get(null);
                        rules.put(r.operationId(), r);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode o = op.getValue();
                boolean isPublic = o.has("security") && o.get("security").isEmpty();
                String id = o.path("operationId").asText(null);
                if (id == null) {
                    problems.add(name + ": no operationId");
                    continue;
                }
                documented.add(id);
                if (isPublic) {
                    continue;
                }
                AccessRule rule = rules.get(id);
                JsonNode access = o.get("x-mission-access");
                if (rule == null) {
                    problems.add(name + " (" + id + "): no access rule in " + names(rulesClasses));
                    continue;
                }
                if (access == null) {
                    problems.add(name + " (" + id + "): no x-mission-access; the rule is " + rule);
                    continue;
                }
                Set<String> roles = new TreeSet<>();
                access.path("roles").forEach(r -> roles.add(r.asText()));
                Set<String> ruleRoles = names(rule.roles());
                if (!roles.equals(ruleRoles)) {
                    problems.add(id + ": the document says roles " + roles + ", the rule " + ruleRoles);
                }
                String scope = access.path("scope").asText("");
                if (!scope.equalsIgnoreCase(rule.scope().name())) {
                    problems.add(id + ": the document says scope " + scope + ", the rule " + rule.scope());
                }
                boolean breakGlass = access.path("breakGlass").asBoolean(true);
                if (breakGlass != rule.breakGlassCounts() && rule.scope() == AccessRule.Scope.TEAM) {
                    problems.add(id + ": the document says breakGlass " + breakGlass + ", the rule "
                            + rule.breakGlassCounts());
                }
                Set<String> unscoped = new TreeSet<>();
                if (access.has("unscoped")) {
                    access.get("unscoped").forEach(r -> unscoped.add(r.asText()));
                } else {
                    unscoped.add(Role.PROGRAM_ADMIN.name());
                }
                Set<String> ruleUnscoped = names(rule.unscopedRoles());
                unscoped.retainAll(roles);
                ruleUnscoped.retainAll(ruleRoles);
                if (rule.scope() != AccessRule.Scope.ANY && rule.scope() != AccessRule.Scope.SELF
                        && !unscoped.equals(ruleUnscoped)) {
                    problems.add(id + ": the document says unscoped " + unscoped + ", the rule " + ruleUnscoped);
                }
            }
        }
        for (String id : rules.keySet()) {
            if (!documented.contains(id)) {
                problems.add(id + ": a rule of " + names(rulesClasses) + " that guards no operation of the fragment");
            }
        }
        return problems;
    }

    private static Set<String> names(Set<Role> roles) {
        Set<String> out = new TreeSet<>();
        roles.forEach(r -> out.add(r.name()));
        return out;
    }

    private static String names(Class<?>[] classes) {
        List<String> out = new ArrayList<>();
        for (Class<?> c : classes) {
            out.add(c.getSimpleName());
        }
        return String.join(", ", out);
    }
}
