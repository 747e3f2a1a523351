package org.missioncj.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.instrument.api.TestInstruments.answers;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Result;

class FhirQuestionnairesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCORING = "\"url\": \"urn:missioncj:fhir:instrument-scoring\"";

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    private static List<String> refusal(JsonNode questionnaire) {
        UnprocessableException e = assertThrows(UnprocessableException.class,
                () -> FhirQuestionnaires.instrument(questionnaire));
        assertFalse(e.errors().isEmpty());
        assertTrue(e.getMessage().startsWith("The Questionnaire cannot be read as an instrument: "), e.getMessage());
        return e.errors().stream().map(FieldError::toString).collect(Collectors.toList());
    }

    @Test
    void questionnaireCarriesTheDefinition() {
        Instrument def = TestInstruments.shipped("pc-ptsd-5");
        ObjectNode q = FhirQuestionnaires.questionnaire(def);
        assertEquals("Questionnaire", q.path("resourceType").asText());
        assertEquals("pc-ptsd-5-1", q.path("id").asText());
        assertEquals("urn:missioncj:instrument:pc-ptsd-5", q.path("url").asText());
        assertTrue(q.path("version").isTextual());
        assertEquals("1", q.path("version").asText());
        assertEquals("PC_PTSD_5", q.path("name").asText());
        assertEquals(def.title, q.path("title").asText());
        assertEquals("active", q.path("status").asText());
        assertEquals(def.description, q.path("description").asText());
        assertEquals(def.source, q.path("copyright").asText());
        JsonNode domain = q.path("extension").get(0);
        assertEquals("urn:missioncj:fhir:instrument-domain", domain.path("url").asText());
        assertEquals("TRAUMA", domain.path("valueCode").asText());

        JsonNode exposure = q.path("item").get(0);
        assertEquals("exposure", exposure.path("linkId").asText());
        assertEquals("choice", exposure.path("type").asText());
        assertTrue(exposure.path("required").asBoolean());
        assertTrue(exposure.path("enableWhen").isMissingNode());
        JsonNode yes = exposure.path("answerOption").get(0);
        assertEquals("urn:missioncj:instrument:pc-ptsd-5", yes.path("valueCoding").path("system").asText());
        assertEquals("1", yes.path("valueCoding").path("code").asText());
        assertEquals("Yes", yes.path("valueCoding").path("display").asText());
        assertEquals("http://hl7.org/fhir/StructureDefinition/ordinalValue", yes.path("extension").get(0).path("url").asText());
        assertEquals(1, yes.path("extension").get(0).path("valueDecimal").asInt());
        assertTrue(yes.path("extension").get(0).path("valueDecimal").isNumber());

        JsonNode first = q.path("item").get(1);
        assertEquals("1", first.path("linkId").asText());
        JsonNode when = first.path("enableWhen");
        assertEquals(1, when.size());
        assertEquals("exposure", when.get(0).path("question").asText());
        assertEquals("=", when.get(0).path("operator").asText());
        assertEquals("urn:missioncj:instrument:pc-ptsd-5", when.get(0).path("answerCoding").path("system").asText());
        assertEquals("1", when.get(0).path("answerCoding").path("code").asText());
        assertTrue(first.path("enableBehavior").isMissingNode());
    }

    @Test
    void scoringTravelsInOneExtension() throws Exception {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        JsonNode extension = q.path("extension").get(1);
        assertEquals("urn:missioncj:fhir:instrument-scoring", extension.path("url").asText());
        JsonNode scoring = json(extension.path("valueString").asText());
        assertEquals("total", scoring.path("scores").get(0).path("id").asText());
        assertEquals(5, scoring.path("scores").get(0).path("bands").size());
        assertTrue(scoring.path("cutoffs").isArray());
        assertEquals("item-9", scoring.path("flags").get(0).path("id").asText());
    }

    @Test
    void anItemAskedOnSeveralValuesSaysAny() {
        Instrument def = DefinitionCheckTest.valid();
        def.items.get(1).enableWhen = DefinitionCheckTest.condition("gate", 0, 1);
        ObjectNode q = FhirQuestionnaires.questionnaire(def);
        JsonNode item = q.path("item").get(1);
        assertEquals(2, item.path("enableWhen").size());
        assertEquals("0", item.path("enableWhen").get(0).path("answerCoding").path("code").asText());
        assertEquals("1", item.path("enableWhen").get(1).path("answerCoding").path("code").asText());
        assertEquals("any", item.path("enableBehavior").asText());
        assertSameDefinition(def, FhirQuestionnaires.instrument(q));
    }

    @Test
    void anOptionalItemIsNotRequired() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("bam"));
        assertFalse(q.path("item").get(6).path("required").asBoolean(true));
        assertTrue(q.path("item").get(5).path("required").asBoolean(false));
    }

    @Test
    void everyShippedInstrumentSurvivesExportAndImport() throws Exception {
        for (Instrument def : ShippedInstruments.all()) {
            String text = MAPPER.writeValueAsString(FhirQuestionnaires.questionnaire(def));
            Instrument back = FhirQuestionnaires.instrument(json(text));
            assertNull(back.version, def.id);
            assertSameDefinition(def, back);
            assertEquals(List.of(), InstrumentEngine.check(back), def.id);
        }
    }

    private static void assertSameDefinition(Instrument def, Instrument back) {
        def.version = null;
        assertEquals(MAPPER.valueToTree(def), MAPPER.valueToTree(back), def.id);
    }

    @Test
    void groupsAreFlattenedInDocumentOrder() {
        Instrument def = TestInstruments.shipped("phq-9");
        ObjectNode q = FhirQuestionnaires.questionnaire(def);
        ArrayNode items = (ArrayNode) q.remove("item");
        ArrayNode groups = q.putArray("item");
        ObjectNode first = groups.addObject().put("linkId", "g1").put("type", "group");
        ObjectNode second = groups.addObject().put("linkId", "g2").put("type", "group");
        ObjectNode inner = MAPPER.createObjectNode().put("linkId", "g2a").put("type", "group");
        for (int i = 0; i < items.size(); i++) {
            (i < 4 ? first.withArray("item") : i < 7 ? second.withArray("item") : inner.withArray("item")).add(items.get(i));
        }
        second.withArray("item").add(inner);
        assertSameDefinition(def, FhirQuestionnaires.instrument(q));
    }

    @Test
    void aQuestionnaireWrittenElsewhereReadsWithFhirDefaults() throws Exception {
        Instrument def = FhirQuestionnaires.instrument(json("{\"resourceType\": \"Questionnaire\", \"id\": \"my-screen\","
                + " \"name\": \"MyScreen\", \"extension\": [{" + SCORING + ", \"valueString\": \"{}\"}],"
                + " \"item\": [{\"linkId\": \"q1\", \"text\": \"Q1\", \"type\": \"choice\", \"answerOption\": ["
                + "{\"valueCoding\": {\"code\": \" 0 \", \"display\": \"No\"}}, {\"valueCoding\": {\"code\": \"1\"}}]}]}"));
        assertEquals("my-screen", def.id);
        assertEquals("MyScreen", def.title);
        assertEquals(Boolean.FALSE, def.items.get(0).required, "FHIR's required defaults to false");
        assertEquals(0, def.items.get(0).options.get(0).value);
        assertNull(def.items.get(0).options.get(1).label);
        assertEquals(List.of(), def.scores);
        assertEquals(List.of(), def.cutoffs);
        assertEquals(List.of(), def.flags);
        assertTrue(InstrumentEngine.check(def).stream().anyMatch(e -> e.field.equals("items[0].options[1].label")));
    }

    @Test
    void aVersionedIdLosesItsVersionWhenTheUrlIsNotOurs() throws Exception {
        Instrument def = FhirQuestionnaires.instrument(json("{\"resourceType\": \"Questionnaire\", \"id\": \"kessler-3\","
                + " \"version\": \"3\", \"extension\": [{" + SCORING + ", \"valueString\": \"{}\"}]}"));
        assertEquals("kessler", def.id);
    }

    @Test
    void anotherResourceIsRefused() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        q.put("resourceType", "Patient");
        assertEquals(List.of("resourceType: must be Questionnaire"), refusal(q));
    }

    @Test
    void anItemThatIsNotChoiceIsRefused() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ((ObjectNode) q.path("item").get(2)).put("type", "string");
        assertEquals(List.of("item[2].type: is string: only choice items (and groups of them) can be scored"), refusal(q));
    }

    @Test
    void anOptionWhoseCodeIsNotAnIntegerIsRefused() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ((ObjectNode) q.path("item").get(2).path("answerOption").get(0).path("valueCoding")).put("code", "zero");
        ((ObjectNode) q.path("item").get(4).path("answerOption").get(3).path("valueCoding")).remove("code");
        assertEquals(List.of(
                "item[2].answerOption[0].valueCoding.code: is zero, not an integer: the code is the value scored",
                "item[4].answerOption[3].valueCoding.code: is required: the integer value scored"), refusal(q));
    }

    @Test
    void aQuestionnaireWithoutTheScoringExtensionIsRefused() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ((ArrayNode) q.path("extension")).remove(1);
        assertEquals(List.of("extension: has no urn:missioncj:fhir:instrument-scoring extension:"
                + " the instrument's scores, cut-offs and flags as JSON"), refusal(q));
    }

    @Test
    void scoringThatDoesNotParseIsRefused() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ((ObjectNode) q.path("extension").get(1)).put("valueString", "{\"scores\": [");
        List<String> errors = refusal(q);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("extension[1].valueString: is not valid scoring JSON"), errors.get(0));
    }

    @Test
    void scoringWithAnUnknownMethodIsRefusedWithItsPlace() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ((ObjectNode) q.path("extension").get(1)).put("valueString", "{\"scores\": [{\"id\": \"t\", \"method\": \"MAX\"}]}");
        List<String> errors = refusal(q);
        assertTrue(errors.get(0).startsWith("extension[1].valueString: is not valid scoring JSON: scores[0].method: "),
                errors.get(0));
    }

    @Test
    void anOrdinalValueThatDisagreesWithItsCodeIsRefused() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ((ObjectNode) q.path("item").get(8).path("answerOption").get(1).path("extension").get(0)).put("valueDecimal", 7);
        ((ObjectNode) q.path("item").get(0).path("answerOption").get(2).path("extension").get(0)).put("valueDecimal", 2.5);
        assertEquals(List.of(
                "item[0].answerOption[2]: ordinalValue 2.5 disagrees with code 2: the code is the value scored,"
                        + " so the ordinalValue must be the same or left out",
                "item[8].answerOption[1]: ordinalValue 7 disagrees with code 1: the code is the value scored,"
                        + " so the ordinalValue must be the same or left out"), refusal(q));
    }

    @Test
    void anOrdinalValueEqualToItsCodeOrLeftOutIsAccepted() {
        Instrument def = TestInstruments.shipped("phq-9");
        ObjectNode q = FhirQuestionnaires.questionnaire(def);
        ((ObjectNode) q.path("item").get(8).path("answerOption").get(1).path("extension").get(0)).put("valueDecimal", 1.0);
        ((ObjectNode) q.path("item").get(8).path("answerOption").get(2)).remove("extension");
        ((ArrayNode) q.path("item").get(8).path("answerOption").get(3).path("extension")).addObject()
                .put("url", "http://example.org/other").put("valueString", "ignored");
        assertSameDefinition(def, FhirQuestionnaires.instrument(q));
    }

    @Test
    void anOrdinalValueWithoutANumberIsRefused() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ((ObjectNode) q.path("item").get(8).path("answerOption").get(1).path("extension").get(0)).put("valueDecimal", "7");
        ((ObjectNode) q.path("item").get(8).path("answerOption").get(2)).put("extension", "x");
        assertEquals(List.of(
                "item[8].answerOption[1].extension[0].valueDecimal: is required: a number, the same as the option's code",
                "item[8].answerOption[2].extension: must be an array"), refusal(q));
    }

    @Test
    void aRepeatingItemIsRefused() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ((ObjectNode) q.path("item").get(2)).put("repeats", true);
        ((ObjectNode) q.path("item").get(3)).put("repeats", "yes");
        assertEquals(List.of("item[2].repeats: is true, but an item takes one answer: it cannot repeat",
                "item[3].repeats: must be true or false"), refusal(q));
    }

    @Test
    void anItemThatDoesNotRepeatIsAccepted() {
        Instrument def = TestInstruments.shipped("phq-9");
        ObjectNode q = FhirQuestionnaires.questionnaire(def);
        ((ObjectNode) q.path("item").get(2)).put("repeats", false);
        assertSameDefinition(def, FhirQuestionnaires.instrument(q));
    }

    @Test
    void aRepeatingGroupIsRefused() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ArrayNode items = (ArrayNode) q.remove("item");
        q.putArray("item").addObject().put("linkId", "all").put("type", "group").put("repeats", true)
                .set("item", items);
        assertEquals(List.of("item[0].repeats: is true, but a group cannot repeat: each of its items takes one answer"),
                refusal(q));
    }

    @Test
    void aGroupWithAnItemsLinkIdIsRefused() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ArrayNode items = (ArrayNode) q.remove("item");
        // A group "9" holding items 1 to 4, item 5, then a group "2" holding items 6 to 9.
        ArrayNode top = q.putArray("item");
        ObjectNode first = top.addObject().put("linkId", "9").put("type", "group");
        ObjectNode last = MAPPER.createObjectNode().put("linkId", "2").put("type", "group");
        for (int i = 0; i < items.size(); i++) {
            (i < 4 ? first.withArray("item") : i == 4 ? top : last.withArray("item")).add(items.get(i));
        }
        top.add(last);
        String unique = " (a linkId is unique in the Questionnaire, groups included)";
        assertEquals(List.of("item[2].linkId: repeats the linkId of an earlier item: 2" + unique,
                "item[2].item[3].linkId: repeats the linkId of an earlier item: 9" + unique), refusal(q));
    }

    @Test
    void twoItemsWithOneLinkIdAreRefusedWhereTheQuestionnaireHasThem() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ((ObjectNode) q.path("item").get(3)).put("linkId", "1");
        assertEquals(List.of("item[3].linkId: repeats the linkId of an earlier item: 1 (a linkId is unique in the"
                + " Questionnaire, groups included)"), refusal(q));
    }

    @Test
    void anUnknownFieldInTheScoringJsonIsRefusedByName() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ((ObjectNode) q.path("extension").get(1)).put("valueString",
                "{\"scores\": [], \"cutoff\": [], \"flags\": []}");
        assertEquals(List.of("extension[1].valueString: is not valid scoring JSON: unknown field 'cutoff'"
                + " (it has only scores, cutoffs and flags)"), refusal(q));
    }

    @Test
    void anUnknownFieldInsideAFlagIsRefusedByName() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ((ObjectNode) q.path("extension").get(1)).put("valueString",
                "{\"flags\": [{\"id\": \"f\", \"item\": \"9\", \"atLest\": 1}]}");
        assertEquals(List.of("extension[1].valueString: is not valid scoring JSON: flags[0].atLest: unknown field"
                + " 'atLest'"), refusal(q));
    }

    @Test
    void textAfterTheScoringJsonIsRefused() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ((ObjectNode) q.path("extension").get(1)).put("valueString", "{\"scores\": []} {\"flags\": []}");
        assertEquals(List.of("extension[1].valueString: is not valid scoring JSON: there is more text after the object"),
                refusal(q));
    }

    @Test
    void oursUrlWithABadIdIsRefusedAsTheUrl() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        q.put("url", "urn:missioncj:instrument:PHQ 9");
        assertEquals(List.of("url: must be urn:missioncj:instrument: followed by the instrument's id: 1 to 40"
                + " lower-case letters, digits or '-', starting with a letter or digit"), refusal(q));
        q.put("url", "urn:missioncj:instrument:");
        assertEquals(List.of("url: must be urn:missioncj:instrument: followed by the instrument's id: 1 to 40"
                + " lower-case letters, digits or '-', starting with a letter or digit"), refusal(q));
    }

    @Test
    void anotherUrlWithoutAnIdToNameTheInstrumentIsRefusedAsTheUrl() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        q.put("url", "http://example.org/fhir/Questionnaire/phq9");
        q.remove("id");
        assertEquals(List.of("url: is not urn:missioncj:instrument:<id>, and the Questionnaire's id is missing:"
                + " give the url as urn:missioncj:instrument:<id>, the id being 1 to 40 lower-case letters, digits"
                + " or '-', starting with a letter or digit"), refusal(q));
        q.put("id", "PHQ9");
        assertEquals(List.of("url: is not urn:missioncj:instrument:<id>, and the Questionnaire's id does not give an"
                + " instrument id either: give the url as urn:missioncj:instrument:<id>, the id being 1 to 40"
                + " lower-case letters, digits or '-', starting with a letter or digit"), refusal(q));
    }

    @Test
    void anotherUrlWithAnIdImportsUnderTheId() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        q.put("url", "http://example.org/fhir/Questionnaire/phq9");
        assertEquals("phq-9", FhirQuestionnaires.instrument(q).id, "id phq-9-1 less its version 1");
    }

    @Test
    void enableWhenOnAllOfSeveralAnswersIsRefused() {
        Instrument def = DefinitionCheckTest.valid();
        def.items.get(1).enableWhen = DefinitionCheckTest.condition("gate", 0, 1);
        ObjectNode q = FhirQuestionnaires.questionnaire(def);
        ((ObjectNode) q.path("item").get(1)).put("enableBehavior", "all");
        ((ObjectNode) q.path("item").get(1).path("enableWhen").get(1)).put("operator", ">");
        assertEquals(List.of(
                "item[1].enableBehavior: must be any: an item is asked when one other item's answer is one of several values",
                "item[1].enableWhen[1].operator: is >: only = is supported"), refusal(q));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[]", "5", "\"Questionnaire\"", "null", "true", "{}",
        "{\"resourceType\": 5}",
        "{\"resourceType\": [\"Questionnaire\"]}",
        "{\"resourceType\": \"Questionnaire\"}",
        "{\"resourceType\": \"Questionnaire\", \"title\": [], \"id\": {}, \"url\": 7, \"copyright\": false}",
        "{\"resourceType\": \"Questionnaire\", \"item\": {}}",
        "{\"resourceType\": \"Questionnaire\", \"item\": [5, \"x\", null, [], {}]}",
        "{\"resourceType\": \"Questionnaire\", \"extension\": \"x\"}",
        "{\"resourceType\": \"Questionnaire\", \"extension\": [1, null, {\"url\": 5}, []]}",
        "{\"resourceType\": \"Questionnaire\", \"extension\": [{" + SCORING + ", \"valueString\": 5}]}",
        "{\"resourceType\": \"Questionnaire\", \"extension\": [{" + SCORING + "}]}",
        "{\"resourceType\": \"Questionnaire\", \"extension\": [{" + SCORING + ", \"valueString\": \"[]\"}]}",
        "{\"resourceType\": \"Questionnaire\", \"extension\": [{" + SCORING + ", \"valueString\": \"null\"}]}",
        "{\"resourceType\": \"Questionnaire\", \"extension\": [{" + SCORING + ", \"valueString\": \"\"}]}",
        "{\"resourceType\": \"Questionnaire\", \"extension\": [{" + SCORING + ", \"valueString\": \"not json\"}]}",
        "{\"resourceType\": \"Questionnaire\", \"extension\": [{" + SCORING + ", \"valueString\": \"{\\\"scores\\\": 5}\"}]}",
        "{\"resourceType\": \"Questionnaire\", \"extension\": [{" + SCORING + ", \"valueString\": \"{\\\"scores\\\": [{\\\"id\\\": [1]}]}\"}]}",
        "{\"resourceType\": \"Questionnaire\", \"extension\": [{" + SCORING + ", \"valueString\": \"{\\\"cutoffs\\\": [5]}\"}]}",
        "{\"resourceType\": \"Questionnaire\", \"extension\": [{" + SCORING + ", \"valueString\": \"{\\\"flags\\\": [{\\\"atLeast\\\": \\\"x\\\"}]}\"}]}",
        "{\"resourceType\": \"Questionnaire\", \"extension\": [{" + SCORING + ", \"valueString\": \"{\\\"scores\\\": [{\\\"nope\\\": 1}]}\"}]}",
        "{\"resourceType\": \"Questionnaire\", \"item\": [{\"type\": 5}, {\"type\": null}, {\"linkId\": \"x\"}]}",
        "{\"resourceType\": \"Questionnaire\", \"item\": [{\"type\": \"group\", \"item\": \"x\"}]}",
        "{\"resourceType\": \"Questionnaire\", \"item\": [{\"type\": \"choice\", \"linkId\": 5, \"text\": {}, \"required\": \"yes\"}]}",
        "{\"resourceType\": \"Questionnaire\", \"item\": [{\"type\": \"choice\", \"answerOption\": \"x\"}]}",
        "{\"resourceType\": \"Questionnaire\", \"item\": [{\"type\": \"choice\", \"answerOption\": [1, null, {\"valueCoding\": []},"
            + " {\"valueCoding\": {\"code\": 3}}, {\"valueCoding\": {\"code\": \"x\"}}, {\"valueCoding\": {\"code\": \"99999999999\"}},"
            + " {\"valueCoding\": {\"code\": \"1\", \"display\": 5}}]}]}",
        "{\"resourceType\": \"Questionnaire\", \"item\": [{\"type\": \"choice\", \"enableWhen\": {}}]}",
        "{\"resourceType\": \"Questionnaire\", \"item\": [{\"type\": \"choice\", \"enableWhen\": [3, null]}]}",
        "{\"resourceType\": \"Questionnaire\", \"item\": [{\"type\": \"choice\", \"enableBehavior\": 1, \"enableWhen\":"
            + " [{\"question\": 1, \"operator\": [], \"answerCoding\": \"x\"}, {\"answerInteger\": 1.5}, {}]}]}",
        "{\"resourceType\": \"Questionnaire\", \"item\": [{\"type\": \"group\", \"item\": [{\"type\": \"group\", \"item\":"
            + " [{\"type\": \"group\", \"item\": [{\"type\": \"group\", \"item\": [{\"type\": \"group\", \"item\": [{\"type\":"
            + " \"group\", \"item\": [{\"type\": \"group\", \"item\": [{\"type\": \"group\", \"item\": [{\"type\": \"group\","
            + " \"item\": [{\"type\": \"group\", \"item\": [{\"type\": \"group\", \"item\": [{\"type\": \"group\", \"item\":"
            + " []}]}]}]}]}]}]}]}]}]}]}]}]}"
    })
    void garbageIsRefusedWithFieldErrorsNotExceptions(String document) throws Exception {
        refusal(json(document));
    }

    @Test
    void noDocumentIsRefused() {
        assertEquals(List.of("resourceType: the document is not a JSON object, so not a Questionnaire"), refusal(null));
    }

    @Test
    void tooManyItemsAreRefused() {
        ObjectNode q = FhirQuestionnaires.questionnaire(TestInstruments.shipped("phq-9"));
        ArrayNode items = q.putArray("item");
        for (int i = 0; i < 1001; i++) {
            items.addObject().put("type", "choice").put("linkId", "i" + i).putArray("answerOption").addObject()
                    .putObject("valueCoding").put("code", "0");
        }
        assertEquals(List.of("item: has more than 1000 items"), refusal(q));
    }

    @Test
    void questionnaireResponseCarriesAnswersInItemOrderAndTheResult() throws Exception {
        Instrument def = TestInstruments.shipped("phq-9");
        Map<String, Integer> answers = new LinkedHashMap<>();
        Map<String, Integer> given = answers(2, 2, 2, 2, 1, 1, 1, 0, 1);
        for (int i = 9; i >= 1; i--) {
            answers.put(String.valueOf(i), given.get(String.valueOf(i)));
        }
        Result result = InstrumentEngine.score(def, answers, Map.of());
        ObjectNode r = FhirQuestionnaires.questionnaireResponse(def, "resp-1", "p-42",
                Instant.parse("2026-03-01T10:15:30Z"), answers, result);
        assertEquals("QuestionnaireResponse", r.path("resourceType").asText());
        assertEquals("resp-1", r.path("id").asText());
        assertEquals("urn:missioncj:instrument:phq-9|1", r.path("questionnaire").asText());
        assertEquals("completed", r.path("status").asText());
        assertEquals("Patient/p-42", r.path("subject").path("reference").asText());
        assertEquals("2026-03-01T10:15:30Z", r.path("authored").asText());
        JsonNode items = r.path("item");
        assertEquals(9, items.size());
        assertEquals("1", items.get(0).path("linkId").asText());
        assertEquals("Little interest or pleasure in doing things", items.get(0).path("text").asText());
        JsonNode coding = items.get(0).path("answer").get(0).path("valueCoding");
        assertEquals("urn:missioncj:instrument:phq-9", coding.path("system").asText());
        assertEquals("2", coding.path("code").asText());
        assertEquals("More than half the days", coding.path("display").asText());
        assertEquals("9", items.get(8).path("linkId").asText());
        assertEquals("Several days", items.get(8).path("answer").get(0).path("valueCoding").path("display").asText());
        JsonNode extension = r.path("extension").get(0);
        assertEquals("urn:missioncj:fhir:instrument-result", extension.path("url").asText());
        JsonNode scored = json(extension.path("valueString").asText());
        assertEquals(12, scored.path("scores").get(0).path("value").asInt());
        assertEquals("Moderate", scored.path("scores").get(0).path("band").asText());
        assertTrue(scored.path("safety").asBoolean());
        assertEquals(result.summary, scored.path("summary").asText());
    }

    @Test
    void questionnaireResponseLeavesOutItemsNotAsked() {
        Instrument def = TestInstruments.shipped("pc-ptsd-5");
        Map<String, Integer> answers = Map.of("exposure", 0);
        ObjectNode r = FhirQuestionnaires.questionnaireResponse(def, "resp-2", "p-7", Instant.EPOCH, answers,
                InstrumentEngine.score(def, answers, Map.of()));
        assertEquals(1, r.path("item").size());
        assertEquals("No", r.path("item").get(0).path("answer").get(0).path("valueCoding").path("display").asText());
    }
}
