package org.missioncj.curriculum.impl.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.curriculum.api.dto.Exercise;
import org.missioncj.curriculum.api.dto.WorkbookEntry;

import com.fasterxml.jackson.databind.JsonNode;

/** The seven shipped exercises, and exercises a program admin adds: their schemas as the library checks them. */
class ExerciseSchemasTest {
    private static final List<String> SHIPPED = List.of("coping-with-trauma", "employment-education-plan",
            "identifying-triggers", "personal-recovery-plan", "problem-solving", "relapse-prevention-plan",
            "timeline-worksheet");

    private final WorkbookFixture f = new WorkbookFixture();

    private WorkbookEntry answers(String exercise, String json) {
        WorkbookEntry e = new WorkbookEntry();
        e.exercise = exercise;
        e.answers = ExerciseSamples.answers(json);
        return e;
    }

    @Test
    void theSevenExercisesShipAsValidSchemasOfBoundedForms() {
        List<Exercise> all = f.workbook.exercises(f.pss);
        assertEquals(SHIPPED, all.stream().map(x -> x.code).collect(Collectors.toList()));
        ExerciseSchemas schemas = new ExerciseSchemas();
        for (Exercise listed : all) {
            assertEquals(1, listed.version);
            assertEquals(null, listed.schema, "lists leave the schemas out");
            Exercise x = f.workbook.exercise(f.cm, listed.code, null);
            JsonNode schema = ExerciseSamples.JSON.valueToTree(x.schema);
            assertEquals(List.of(), schemas.problems("schema", schema), x.code);
            assertEquals(x.title, schema.get("title").asText());
            List<String> loose = new ArrayList<>();
            long bound = bound(schema, x.code, loose);
            assertEquals(List.of(), loose, "every string has a maxLength, every array a maxItems, every object is closed");
            // quotes and line breaks count twice when written; what reaches the limit that way gets a 422
            assertTrue(bound < WorkbookServiceImpl.MAX_JSON, x.code + " answers may be " + bound + " characters");
        }
    }

    @Test
    void eachExerciseTakesAFilledSampleAndRefusesABadOneNamingTheFieldAndTheRule() {
        assertEquals(SHIPPED.size(), ExerciseSamples.GOOD.size());
        for (String code : SHIPPED) {
            String p = f.northParticipant("Sample " + code);
            WorkbookEntry saved = f.workbook.save(f.cm, p, PreconditionRequiredException.MISSING_VERSION,
                    answers(code, ExerciseSamples.GOOD.get(code)));
            assertEquals(1, saved.version, code);
            assertEquals(ExerciseSamples.answers(ExerciseSamples.GOOD.get(code)), saved.answers, code);

            ExerciseSamples.Bad bad = ExerciseSamples.BAD.get(code);
            String q = f.northParticipant("Bad " + code);
            UnprocessableException e = assertThrows(UnprocessableException.class, () -> f.workbook.save(f.cm, q,
                    PreconditionRequiredException.MISSING_VERSION, answers(code, bad.answers())), code);
            assertEquals(List.of(bad.field() + ": " + bad.reason()),
                    e.errors().stream().map(FieldError::toString).collect(Collectors.toList()), code);
            assertTrue(e.getMessage().contains(bad.field() + " " + bad.reason()), e.getMessage());
        }
        assertEquals(SHIPPED.size(), f.workbook.compiledSchemas(), "one compiled schema per exercise version, reused");
    }

    @Test
    void everyProblemOfADocumentIsListedWithItsPath() {
        String p = f.northParticipant("Many");
        UnprocessableException e = assertThrows(UnprocessableException.class, () -> f.workbook.save(f.pss, p,
                PreconditionRequiredException.MISSING_VERSION, answers("identifying-triggers", """
                        {"completedOn": "yesterday", "mood": "fine", "triggers": [
                          {"trigger": "", "kind": "SMELLS", "intensity": 4.5},
                          {"kind": "PLACES", "intensity": -1}]}
                        """)));
        Map<String, String> byField = e.errors().stream().collect(Collectors.toMap(x -> x.field, x -> x.reason,
                (a, b) -> a + " | " + b));
        assertEquals("must be a date as YYYY-MM-DD (format)", byField.get("answers.completedOn"));
        assertEquals("is not a field of this form (additionalProperties)", byField.get("answers.mood"));
        assertEquals("must not be empty (minLength)", byField.get("answers.triggers[0].trigger"));
        assertEquals("must be one of PEOPLE, PLACES, THINGS, FEELINGS, TIMES, EVENTS (enum)",
                byField.get("answers.triggers[0].kind"));
        assertEquals("must be integer, not number (type)", byField.get("answers.triggers[0].intensity"));
        assertEquals("is required (required)", byField.get("answers.triggers[1].trigger"));
        assertEquals("must be at least 0 (minimum)", byField.get("answers.triggers[1].intensity"));
        assertEquals(7, e.errors().size(), e.errors().toString());
    }

    @Test
    void anAdminAddsAVersionThatMustBeAValidSchema() {
        Map<String, Object> v2 = ExerciseSamples.answers("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "additionalProperties": false, "required": ["triggers"],
                 "$defs": {"trigger": {"type": "object", "additionalProperties": false, "required": ["trigger"],
                   "properties": {"trigger": {"type": "string", "maxLength": 200},
                                  "intensity": {"type": "integer", "minimum": 1, "maximum": 5}}}},
                 "properties": {"triggers": {"type": "array", "maxItems": 20, "items": {"$ref": "#/$defs/trigger"}}}}
                """);
        Exercise input = new Exercise();
        input.schema = v2;
        input.description = "Intensity from 1 to 5.";
        assertThrows(ForbiddenException.class, () -> f.workbook.addExerciseVersion(f.cm, "identifying-triggers", input));
        Exercise added = f.workbook.addExerciseVersion(f.admin, "identifying-triggers", input);
        assertEquals(2, added.version);
        assertEquals("Identifying triggers", added.title, "the title stays the previous version's");
        assertEquals("Intensity from 1 to 5.", added.description);
        assertEquals(2, f.workbook.exercise(f.cm, "identifying-triggers", null).version);
        assertEquals(1, f.workbook.exercise(f.cm, "identifying-triggers", 1).version);
        assertEquals(2, f.workbook.exercise(f.cm, "identifying-triggers", 1).currentVersion);

        String p = f.northParticipant("Versions");
        String five = "{\"triggers\": [{\"trigger\": \"Bars\", \"intensity\": 9}]}";
        UnprocessableException e = assertThrows(UnprocessableException.class, () -> f.workbook.save(f.cm, p,
                PreconditionRequiredException.MISSING_VERSION, answers("identifying-triggers", five)));
        assertEquals("answers.triggers[0].intensity: must be at most 5 (maximum)", e.errors().get(0).toString());
        // the participant may still answer the version they started on
        WorkbookEntry old = answers("identifying-triggers",
                "{\"triggers\": [{\"trigger\": \"Bars\", \"kind\": \"PLACES\", \"intensity\": 9}]}");
        old.exerciseVersion = 1;
        assertEquals(1, f.workbook.save(f.cm, p, PreconditionRequiredException.MISSING_VERSION, old).exerciseVersion);
        WorkbookEntry next = answers("identifying-triggers", "{\"triggers\": [{\"trigger\": \"Bars\", \"intensity\": 4}]}");
        WorkbookEntry saved = f.workbook.save(f.cm, p, 1, next);
        assertEquals(2, saved.exerciseVersion);
        assertEquals(1, f.workbook.entry(f.cm, saved.id, 1).exerciseVersion, "version 1 keeps the schema it was saved under");
    }

    @Test
    void aSchemaThatIsNotValidDraft202012IsRefusedNamingWhy() {
        assertEquals("schema.type", refused("{\"type\": \"objekt\"}").get(0).field);
        assertEquals("schema.properties.age.maxLength: must be at least 0 (minimum)", refused(
                "{\"type\": \"object\", \"properties\": {\"age\": {\"type\": \"string\", \"maxLength\": -1}}}").get(0)
                .toString());
        assertEquals("schema.type", refused("{\"type\": \"array\", \"maxItems\": 3}").get(0).field);
        assertEquals("schema.properties.a.$ref", refused("{\"type\": \"object\", \"properties\": "
                + "{\"a\": {\"$ref\": \"https://example.org/schemas/a.json\"}}}").get(0).field);
        assertTrue(refused("{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"#/$defs/none\"}}}").get(0).reason
                .startsWith("cannot be compiled"));
        assertEquals("schema.$schema", refused("{\"$schema\": \"http://json-schema.org/draft-07/schema#\", "
                + "\"type\": \"object\"}").get(0).field);
        assertEquals("schema.properties.p.pattern", refused(
                "{\"type\": \"object\", \"properties\": {\"p\": {\"type\": \"string\", \"pattern\": \"[\"}}}").get(0).field);
        Exercise none = new Exercise();
        none.title = "Nothing";
        ValidationException missing = assertThrows(ValidationException.class,
                () -> f.workbook.addExerciseVersion(f.admin, "gratitude-list", none));
        assertEquals("schema", missing.errors().get(0).field);
        Exercise untitled = new Exercise();
        untitled.schema = ExerciseSamples.answers("{\"type\": \"object\"}");
        assertEquals("title", assertThrows(ValidationException.class,
                () -> f.workbook.addExerciseVersion(f.admin, "gratitude-list", untitled)).errors().get(0).field);
        assertEquals("code", assertThrows(ValidationException.class,
                () -> f.workbook.addExerciseVersion(f.admin, "Gratitude List", untitled)).errors().get(0).field);
    }

    /** Found by the attack on issue 11: such a schema was accepted, and every save against it answered 500. */
    @Test
    void aSchemaWhoseReferencesLoopWithoutEndIsRefused() {
        FieldError self = refused("{\"type\": \"object\", \"$defs\": {\"n\": {\"$ref\": "
                + "\"#/$defs/n\"}}, \"properties\": {\"a\": {\"$ref\": \"#/$defs/n\"}}}").get(0);
        assertEquals("schema.$defs.n.$ref", self.field, self.toString());
        assertTrue(refused("{\"type\": \"object\", \"$defs\": {\"p\": {\"$ref\": \"#/$defs/q\"}, \"q\": {\"$ref\": "
                + "\"#/$defs/p\"}}, \"properties\": {\"a\": {\"$ref\": \"#/$defs/p\"}}}").get(0).reason
                .startsWith("refers to itself without end"));
        // a tree refers to itself through what it describes: that ends with the answer
        Exercise tree = new Exercise();
        tree.title = "Family tree";
        tree.schema = ExerciseSamples.answers("{\"type\": \"object\", \"properties\": {\"name\": {\"type\": "
                + "\"string\", \"maxLength\": 40}, \"children\": {\"type\": \"array\", \"maxItems\": 5, "
                + "\"items\": {\"$ref\": \"#\"}}}}");
        f.workbook.addExerciseVersion(f.admin, "family-tree", tree);
    }

    @Test
    void aNewExerciseStartsAtVersionOneAndAnswersOverTheLimitAre422() {
        Exercise notes = new Exercise();
        notes.title = "Free notes";
        notes.schema = ExerciseSamples.answers("{\"type\": \"object\", \"properties\": {\"text\": {\"type\": \"string\"}}}");
        Exercise added = f.workbook.addExerciseVersion(f.admin, "free-notes", notes);
        assertEquals(1, added.version);
        assertTrue(f.workbook.exercises(f.cm).stream().anyMatch(x -> x.code.equals("free-notes")));
        String p = f.northParticipant("Long");
        WorkbookEntry e = new WorkbookEntry();
        e.exercise = "free-notes";
        e.answers = Map.of("text", "x".repeat(WorkbookServiceImpl.MAX_JSON));
        UnprocessableException big = assertThrows(UnprocessableException.class,
                () -> f.workbook.save(f.cm, p, PreconditionRequiredException.MISSING_VERSION, e));
        assertEquals("answers", big.errors().get(0).field);
        assertTrue(big.errors().get(0).reason.startsWith("must be at most 32000 characters as JSON"));
    }

    @Test
    void unknownExercisesAndVersionsAre404() {
        assertThrows(NotFoundException.class, () -> f.workbook.exercise(f.cm, "no-such-exercise", null));
        NotFoundException v = assertThrows(NotFoundException.class,
                () -> f.workbook.exercise(f.cm, "problem-solving", 9));
        assertTrue(v.getMessage().contains("its versions are 1 to 1"), v.getMessage());
        assertThrows(NotFoundException.class, () -> f.workbook.exercise(f.cm, "../etc", null));
        assertThrows(ForbiddenException.class, () -> f.workbook.exercises(org.missioncj.testkit.TestActors.LIAISON));
    }

    private List<FieldError> refused(String schema) {
        Exercise x = new Exercise();
        x.title = "Broken";
        x.schema = ExerciseSamples.answers(schema);
        UnprocessableException e = assertThrows(UnprocessableException.class,
                () -> f.workbook.addExerciseVersion(f.admin, "broken", x));
        assertFalse(e.errors().isEmpty());
        return e.errors();
    }

    /**
     * The most characters a document that matches the schema can take as JSON (text counted once), noting in
     * {@code loose} what leaves it unbounded.
     */
    private static long bound(JsonNode s, String at, List<String> loose) {
        if (s.has("enum")) {
            long max = 0;
            for (JsonNode v : s.get("enum")) {
                max = Math.max(max, v.toString().length());
            }
            return max;
        }
        switch (s.path("type").asText()) {
            case "object": {
                if (!s.path("additionalProperties").isBoolean() || s.get("additionalProperties").asBoolean()) {
                    loose.add(at + " allows more fields");
                }
                long sum = 2;
                for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> p = it.next();
                    sum += p.getKey().length() + 4 + bound(p.getValue(), at + "." + p.getKey(), loose);
                }
                return sum;
            }
            case "array":
                if (!s.has("maxItems")) {
                    loose.add(at + " has no maxItems");
                    return 0;
                }
                return 2 + s.get("maxItems").asLong() * (bound(s.get("items"), at + "[]", loose) + 1);
            case "string":
                if ("date".equals(s.path("format").asText())) {
                    return 12;
                }
                if (!s.has("maxLength")) {
                    loose.add(at + " has no maxLength");
                    return 0;
                }
                return s.get("maxLength").asLong() + 2;
            case "integer":
                return 11;
            case "boolean":
                return 5;
            default:
                loose.add(at + " has type " + s.path("type"));
                return 0;
        }
    }
}
