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
 * The OpenAPI 3 document: core's hand-written base merged with the fragment of every installed
 * module's REST bundle, so the document describes exactly the API this site serves.
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
        ObjectNode doc = read(OpenApiResource.class.getResource("/openapi/core.json"));
        for (URL u : fragments.get()) {
            try {
                merge(doc, read(u));
            } catch (IOException e) {
                LOG.error("Cannot read the OpenAPI fragment {}", u, e);
            }
        }
        return doc;
    }

    private ObjectNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return (ObjectNode) json.readTree(in);
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
            doc.withArray("tags").addAll((com.fasterxml.jackson.databind.node.ArrayNode) tags);
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
