package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;

/** The OpenAPI document and the served API describe each other exactly. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OpenApiIT extends MissionTestSupport {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    private JsonNode document() throws Exception {
        Reply r = get(null, "/openapi.json");
        assertEquals(r.toString(), 200, r.status);
        return r.json;
    }

    @Test
    public void everyDocumentedOperationAnswers() throws Exception {
        JsonNode doc = document();
        assertEquals("3.0.3", doc.get("openapi").asText());
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "no-such-id");
            for (Iterator<String> m = path.getValue().fieldNames(); m.hasNext();) {
                String method = m.next();
                if (!METHODS.contains(method)) {
                    continue;
                }
                Object body = method.equals("post") || method.equals("put") ? Map.of() : null;
                Reply r = call(ADMIN, method.toUpperCase(), concrete, body, Map.of("If-Match", "\"1\""));
                String what = method.toUpperCase() + " " + path.getKey() + " -> " + r;
                assertNotEquals(what, "no-such-resource", r.problemType());
                assertNotEquals(what, 405, r.status);
                assertTrue(what, r.status < 500);
                assertTrue(what, path.getValue().get(method).get("responses").has(Integer.toString(r.status)));
                checked++;
            }
        }
        assertTrue("checked " + checked, checked >= 20);
    }

    @Test
    public void everyServedResourceMethodIsDocumented() throws Exception {
        JsonNode paths = document().get("paths");
        Set<String> served = new TreeSet<>();
        for (ServiceReference<?> ref : bundleContext.getServiceReferences((String) null, "(mission.rest.resource=true)")) {
            Object resource = bundleContext.getService(ref);
            served.addAll(operations(resource.getClass()));
            bundleContext.ungetService(ref);
        }
        assertTrue(served.toString(), served.size() >= 19);
        Set<String> undocumented = new TreeSet<>();
        for (String op : served) {
            String[] parts = op.split(" ", 2);
            JsonNode item = paths.get(parts[1]);
            if (item == null || !item.has(parts[0].toLowerCase())) {
                undocumented.add(op);
            }
        }
        assertEquals("served but not documented", Set.of(), undocumented);
        for (String core : new String[] {"/health", "/audit", "/openapi.json", "/openapi.yaml"}) {
            assertTrue(core, paths.has(core));
        }
    }

    /**
     * Writes the served document where {@link OpenApiServedDocumentIT} (which runs next, outside Karaf)
     * checks it with a maintained OpenAPI validator.
     */
    @Test
    public void theServedDocumentIsKeptForTheValidator() throws Exception {
        Reply r = get(null, "/openapi.json");
        assertEquals(200, r.status);
        java.nio.file.Path out = OpenApiServedDocumentIT.file(System.getProperty("karaf.home"));
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, r.raw.body());
        Set<String> ids = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.json.get("paths").fields(); it.hasNext();) {
            for (Iterator<Map.Entry<String, JsonNode>> ops = it.next().getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    String id = op.getValue().path("operationId").asText(null);
                    assertTrue("every operation has an operationId: " + op, id != null);
                    assertTrue("operationIds are unique: " + id, ids.add(id));
                }
            }
        }
        Set<String> tags = new TreeSet<>();
        r.json.get("tags").forEach(t -> assertTrue("each tag is listed once: " + t, tags.add(t.get("name").asText())));
    }

    @Test
    public void yamlIsTheSameDocument() throws Exception {
        Reply yaml = get(null, "/openapi.yaml");
        assertEquals(200, yaml.status);
        assertTrue(yaml.raw.body().contains("openapi: \"3.0.3\"") || yaml.raw.body().contains("openapi: 3.0.3"));
        assertTrue(yaml.raw.body().contains("/enrollments/{id}/status"));
    }

    /** "GET /participants/{id}" for each JAX-RS method of the class. */
    private static Set<String> operations(Class<?> type) {
        Set<String> ops = new TreeSet<>();
        String base = pathOf(type.getAnnotations());
        for (Method m : type.getMethods()) {
            String verb = null;
            for (Annotation a : m.getAnnotations()) {
                javax.ws.rs.HttpMethod h = a.annotationType().getAnnotation(javax.ws.rs.HttpMethod.class);
                if (h != null) {
                    verb = h.value();
                }
            }
            if (verb == null) {
                continue;
            }
            String sub = pathOf(m.getAnnotations());
            String full = "/" + base + (sub.isEmpty() ? "" : "/" + sub);
            ops.add(verb + " " + full.replaceAll("/+", "/").replaceAll("/$", ""));
        }
        return ops;
    }

    private static String pathOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof javax.ws.rs.Path) {
                return ((javax.ws.rs.Path) a).value().replaceAll("^/|/$", "");
            }
        }
        return "";
    }
}
