package org.missioncj.curriculum.impl.workbook;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.missioncj.core.api.FieldError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

/**
 * The exercises' JSON Schemas, checked and applied by networknt's json-schema-validator (draft 2020-12, format
 * assertions on, so a {@code "format": "date"} is enforced). Nothing is ever fetched: the library's default
 * loader reads only its own bundled meta-schemas, and a schema may refer only inside itself ({@code "#..."}).
 * Compiled schemas are kept per exercise code and version, which never change once stored.
 */
final class ExerciseSchemas {
    static final String DIALECT = SpecificationVersion.DRAFT_2020_12.getDialectId();
    /** At most this many field errors are listed for one document. */
    static final int MAX_ERRORS = 50;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    /** Keywords whose value is data, not a schema: a {@code $ref} inside them is no reference. */
    private static final Set<String> DATA_KEYWORDS = Set.of("const", "enum", "default", "examples");
    /** Keywords whose error names the property (missing or unexpected) rather than the value at the location. */
    private static final Set<String> PROPERTY_KEYWORDS = Set.of("required", "additionalProperties",
            "unevaluatedProperties", "dependentRequired");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SchemaRegistry registry;
    private final Schema metaSchema;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    ExerciseSchemas() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH).build();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(config));
        metaSchema = withLibraryLoader(() -> {
            Schema s = registry.getSchema(SchemaLocation.of(DIALECT));
            s.initializeValidators();
            return s;
        });
    }

    /** The compiled schema of an exercise version whose stored text was checked when it was added. */
    Schema of(String code, int version, Supplier<JsonNode> schema) {
        return compiled.computeIfAbsent(code + "\n" + version, k -> compile(code, version, schema.get()));
    }

    /** How many compiled schemas are kept (for tests). */
    int cached() {
        return compiled.size();
    }

    /**
     * What is wrong with a schema offered for an exercise, each under {@code field} (e.g. {@code schema.properties.x.type}):
     * empty when it is a valid draft 2020-12 schema of an object that refers only inside itself and compiles.
     */
    List<FieldError> problems(String field, JsonNode schema) {
        List<FieldError> out = new ArrayList<>();
        if (schema == null || !schema.isObject()) {
            out.add(new FieldError(field, "must be a JSON Schema (an object)"));
            return out;
        }
        JsonNode dialect = schema.get("$schema");
        if (dialect != null && !(dialect.isTextual() && (dialect.asText().equals(DIALECT)
                || dialect.asText().equals(DIALECT + "#")))) {
            out.add(new FieldError(field + ".$schema", "must be " + DIALECT + " (draft 2020-12), or left out"));
            return out;
        }
        for (Error e : withLibraryLoader(() -> metaSchema.validate(schema))) {
            add(out, field, e);
        }
        if (!out.isEmpty()) {
            return out;
        }
        if (!"object".equals(schema.path("type").asText(null))) {
            out.add(new FieldError(field + ".type", "must be \"object\": a participant's answers are a JSON object"));
        }
        externalReferences(schema, field, out);
        if (out.isEmpty()) {
            referenceLoops(schema, schema, field, out);
        }
        if (out.isEmpty()) {
            try {
                compile("new", 0, schema);
            } catch (SchemaException | IllegalArgumentException e) {
                out.add(new FieldError(field, "cannot be compiled: " + e.getMessage()));
            }
        }
        return out;
    }

    /** The document's field errors under {@code field} (e.g. {@code answers.triggers[2].intensity}); empty when it matches. */
    List<FieldError> validate(Schema schema, JsonNode document, String field) {
        List<FieldError> out = new ArrayList<>();
        List<Error> errors;
        try {
            errors = withLibraryLoader(() -> schema.validate(document));
        } catch (StackOverflowError endless) {
            // a schema stored before its loops were refused, or a loop the check below does not see
            out.add(new FieldError(field, "cannot be checked: the exercise's schema refers to itself without end; "
                    + "a program admin must add a corrected version"));
            return out;
        }
        for (Error e : errors) {
            add(out, field, e);
        }
        return out;
    }

    /**
     * A {@code $ref} whose chain of references comes back to itself before reaching a schema that describes
     * something ({@code {"$ref": "#/$defs/n"}} inside {@code n}, or p to q to p) never ends when an answer is
     * checked: refused when the schema is added.
     */
    private static void referenceLoops(JsonNode root, JsonNode node, String path, List<FieldError> out) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                JsonNode at = node;
                while (at != null && at.path("$ref").isTextual() && at.path("$ref").asText().startsWith("#")) {
                    String pointer = at.path("$ref").asText().substring(1);
                    if (!seen.add(pointer)) {
                        out.add(new FieldError(path + ".$ref", "refers to itself without end (" + ref.asText()
                                + " comes back to " + at.path("$ref").asText() + "): each reference must lead to a schema "
                                + "that describes the answer"));
                        return;
                    }
                    JsonNode target = pointer.isEmpty() ? root : root.at(pointer);
                    at = target.isMissingNode() ? null : target;
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!DATA_KEYWORDS.contains(f.getKey())) {
                    referenceLoops(root, f.getValue(), append(new StringBuilder(path), f.getKey()).toString(), out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                referenceLoops(root, node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private Schema compile(String code, int version, JsonNode schema) {
        return withLibraryLoader(() -> {
            Schema s = registry.getSchema(SchemaLocation.of("urn:missioncj:workbook:exercise:" + code + ":" + version),
                    schema);
            s.initializeValidators();
            return s;
        });
    }

    /** Every {@code $ref} and {@code $dynamicRef} must point inside the schema: nothing is fetched. */
    private static void externalReferences(JsonNode node, String path, List<FieldError> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                String at = append(new StringBuilder(path), f.getKey()).toString();
                if (("$ref".equals(f.getKey()) || "$dynamicRef".equals(f.getKey())) && f.getValue().isTextual()
                        && !f.getValue().asText().startsWith("#")) {
                    out.add(new FieldError(at, "must point inside the schema (\"#/$defs/...\"): schemas are never "
                            + "fetched from elsewhere"));
                } else if (!DATA_KEYWORDS.contains(f.getKey())) {
                    externalReferences(f.getValue(), at, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                externalReferences(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static void add(List<FieldError> out, String field, Error e) {
        if (out.size() >= MAX_ERRORS) {
            return;
        }
        StringBuilder path = new StringBuilder(field);
        NodePath at = e.getInstanceLocation();
        for (int i = 0; at != null && i < at.getNameCount(); i++) {
            Object element = at.getElement(i);
            if (element instanceof Integer) {
                path.append('[').append(element).append(']');
            } else {
                append(path, String.valueOf(element));
            }
        }
        if (e.getProperty() != null && PROPERTY_KEYWORDS.contains(e.getKeyword())) {
            append(path, e.getProperty());
        }
        FieldError error = new FieldError(path.toString(), reason(e));
        boolean repeated = out.stream().anyMatch(x -> x.field.equals(error.field) && x.reason.equals(error.reason));
        if (!repeated) {
            out.add(error);
        }
    }

    /** {@code .name}, or {@code ['odd name']} for a name that is not an identifier. */
    private static StringBuilder append(StringBuilder path, String name) {
        if (NAME.matcher(name).matches()) {
            return path.append('.').append(name);
        }
        return path.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
    }

    /** What the rule asks, in words, and the rule's keyword: "must be at most 10 (maximum)". */
    static String reason(Error e) {
        String k = e.getKeyword();
        Object[] a = e.getArguments() == null ? new Object[0] : e.getArguments();
        String first = a.length > 0 ? String.valueOf(a[0]) : "";
        String text;
        switch (k == null ? "" : k) {
            case "maximum":
                text = "must be at most " + first;
                break;
            case "minimum":
                text = "must be at least " + first;
                break;
            case "exclusiveMaximum":
                text = "must be less than " + first;
                break;
            case "exclusiveMinimum":
                text = "must be more than " + first;
                break;
            case "maxLength":
                text = "must be at most " + first + (first.equals("1") ? " character" : " characters");
                break;
            case "minLength":
                text = first.equals("1") ? "must not be empty" : "must be at least " + first + " characters";
                break;
            case "maxItems":
                text = "must have at most " + first + (first.equals("1") ? " item" : " items");
                break;
            case "minItems":
                text = "must have at least " + first + (first.equals("1") ? " item" : " items");
                break;
            case "required":
                text = "is required";
                break;
            case "additionalProperties":
            case "unevaluatedProperties":
                text = "is not a field of this form";
                break;
            case "enum":
                text = "must be one of " + values(a.length > 0 ? a[0] : null, first);
                break;
            case "type":
                text = "must be " + (a.length > 1 ? a[1] : "of another type") + ", not " + first;
                break;
            case "format":
                text = "date".equals(first) ? "must be a date as YYYY-MM-DD" : "must be a valid " + first;
                break;
            case "uniqueItems":
                text = "must not list the same item twice";
                break;
            case "const":
                text = "must be " + first;
                break;
            case "pattern":
                text = "must match the pattern " + first;
                break;
            default:
                text = e.getMessage();
        }
        return k == null ? text : text + " (" + k + ")";
    }

    /** An enum's values (the library gives them as JSON text) as a list a person reads: {@code A, B, C}. */
    private static String values(Object argument, String fallback) {
        JsonNode list;
        try {
            list = argument instanceof JsonNode ? (JsonNode) argument : JSON.readTree(fallback);
        } catch (java.io.IOException e) {
            return fallback;
        }
        if (list == null || !list.isArray()) {
            return fallback;
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode v : list) {
            sb.append(sb.length() > 0 ? ", " : "").append(v.isTextual() ? v.asText() : v.toString());
        }
        return sb.toString();
    }

    /**
     * Runs library code with the library's class loader as the thread's context loader: inside OSGi the
     * request thread's loader cannot see the meta-schemas and messages the library bundles.
     */
    private static <T> T withLibraryLoader(Supplier<T> work) {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(SchemaRegistry.class.getClassLoader());
        try {
            return work.get();
        } finally {
            t.setContextClassLoader(before);
        }
    }
}
