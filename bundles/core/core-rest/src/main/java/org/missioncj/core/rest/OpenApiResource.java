package org.missioncj.core.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.missioncj.core.api.rest.Public;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The OpenAPI 3 document: core's hand-written base merged with the fragment (YAML or JSON) of every
 * installed module's REST bundle, so the document describes exactly the API this site serves. What
 * every operation shares is written once, in core: the merge adds the answers to an unauthenticated
 * request and a refusal (401, 403) to every operation that is not public, and a busy database (503
 * with Retry-After) to every one, unless the fragment says otherwise; tags that two modules declare
 * are listed once.
 */
@Path("{document: openapi\\.(?:json|yaml)}")
public class OpenApiResource {
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);
    private final ObjectMapper json = new ObjectMapper();
    private final Supplier<List<URL>> fragments;

    OpenApiResource(Supplier<List<URL>> fragments) {
        this.fragments = fragments;
    }

    @GET
    @Public
    @Produces({"application/json", "application/yaml"})
    public Response openApi(@PathParam("document") String document) throws IOException {
        if (document.endsWith(".yaml")) {
            return Response.ok(new YAMLMapper().writeValueAsString(document()), "application/yaml").build();
        }
        return Response.ok(json.writerWithDefaultPrettyPrinter().writeValueAsString(document()),
                "application/json").build();
    }

    ObjectNode document() throws IOException {
        ObjectNode doc = read(OpenApiResource.class.getResource("/openapi/core.yaml"));
        for (URL u : fragments.get()) {
            try {
                merge(doc, read(u));
            } catch (IOException e) {
                LOG.error("Cannot read the OpenAPI fragment {}", u, e);
            }
        }
        complete(doc);
        return doc;
    }

    static ObjectNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            boolean yaml = url.getPath().endsWith(".yaml") || url.getPath().endsWith(".yml");
            return (ObjectNode) (yaml ? new YAMLMapper() : new ObjectMapper()).readTree(in);
        }
    }

    private static final java.util.Set<String> METHODS = java.util.Set.of("get", "put", "post", "delete", "patch", "head",
            "options");

    /** The answers every operation shares, where its fragment does not give its own; see the class comment. */
    static void complete(ObjectNode doc) {
        JsonNode paths = doc.path("paths");
        Iterator<Map.Entry<String, JsonNode>> it = paths.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> path = it.next();
            Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            while (ops.hasNext()) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey()) || !op.getValue().isObject()) {
                    continue;
                }
                ObjectNode o = (ObjectNode) op.getValue();
                ObjectNode responses = o.with("responses");
                boolean isPublic = o.has("security") && o.get("security").isArray() && o.get("security").isEmpty();
                if (!isPublic) {
                    standard(responses, "401", "Unauthorized");
                    standard(responses, "403", "Forbidden");
                }
                standard(responses, "503", "Unavailable");
                String access = accessText(o.get("x-mission-access"));
                if (access != null) {
                    String given = o.path("description").asText("");
                    o.put("description", given.isEmpty() ? access : access + "\n\n" + given);
                }
                if (!o.has("operationId")) {
                    LOG.warn("OpenAPI operation {} {} has no operationId", op.getKey().toUpperCase(), path.getKey());
                }
            }
        }
    }

    /**
     * Who may call the operation, in words, from its {@code x-mission-access} (which the build checks against
     * the module's access rules): the document says it once per operation without a fragment writing it.
     */
    static String accessText(JsonNode access) {
        if (access == null || !access.has("roles")) {
            return null;
        }
        List<String> roles = new java.util.ArrayList<>();
        access.get("roles").forEach(r -> roles.add(r.asText()));
        if (roles.contains("*")) {
            return null;
        }
        List<String> unscoped = new java.util.ArrayList<>();
        if (access.has("unscoped")) {
            access.get("unscoped").forEach(r -> unscoped.add(r.asText()));
        } else if (roles.contains("PROGRAM_ADMIN")) {
            unscoped.add("PROGRAM_ADMIN");
        }
        unscoped.retainAll(roles);
        String who = "**Access**: " + String.join(", ", roles);
        String everywhere = unscoped.isEmpty() ? "" : " " + String.join(" and ", unscoped) + ": every "
                + access.path("object").asText("record") + " (404 for one that does not exist).";
        switch (access.path("scope").asText("any")) {
            case "team":
                boolean grants = access.path("breakGlass").asBoolean(true);
                return who + ", within the caller's caseload: the Case Manager and Peer Support Specialist of the team of "
                        + "the participant's current (or else latest) enrollment, that team's site's Peer Navigators and "
                        + "Clinical Supervisors" + (grants ? ", and the holder of an open break-the-glass grant (POST "
                        + "/access/break-glass; flagged in the audit trail)" : " (a break-the-glass grant does not count "
                        + "here)") + "; a participant with no enrollment yet is open to all clinical staff. Outside it, a "
                        + "record that exists and one that does not both get 403." + everywhere;
            case "site":
                return who + ", for the site of their active staff record (Peer Navigators and Clinical Supervisors); "
                        + "another site gets 403." + everywhere;
            case "self":
                return who + ", for their own sign-in.";
            default:
                return who + "; other roles get 403.";
        }
    }

    private static void standard(ObjectNode responses, String status, String component) {
        if (!responses.has(status)) {
            responses.putObject(status).put("$ref", "#/components/responses/" + component);
        }
    }

    /** Adds the fragment's paths and components (schemas, parameters, responses) to the document. */
    static void merge(ObjectNode doc, JsonNode fragment) {
        mergeObject(doc, fragment, "paths");
        JsonNode comps = fragment.get("components");
        if (comps != null) {
            ObjectNode target = doc.with("components");
            Iterator<Map.Entry<String, JsonNode>> it = comps.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                mergeObject(target, comps, e.getKey());
            }
        }
        JsonNode tags = fragment.get("tags");
        if (tags != null && tags.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode all = doc.withArray("tags");
            for (JsonNode t : tags) {
                boolean known = false;
                for (JsonNode have : all) {
                    known |= have.path("name").asText().equals(t.path("name").asText());
                }
                if (!known) {
                    all.add(t);
                }
            }
        }
    }

    private static void mergeObject(ObjectNode doc, JsonNode fragment, String field) {
        JsonNode src = fragment.get(field);
        if (src == null) {
            return;
        }
        ObjectNode target = doc.with(field);
        Iterator<Map.Entry<String, JsonNode>> it = src.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode previous = target.get(e.getKey());
            if (previous != null && !previous.equals(e.getValue())) {
                // Two modules document the same path or component differently: keep the first, say so.
                LOG.warn("OpenAPI fragments disagree on {} {}; keeping the first", field, e.getKey());
                continue;
            }
            target.set(e.getKey(), e.getValue());
        }
    }
}
