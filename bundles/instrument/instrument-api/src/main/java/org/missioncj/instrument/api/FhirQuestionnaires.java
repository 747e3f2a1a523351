package org.missioncj.instrument.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.instrument.api.dto.Condition;
import org.missioncj.instrument.api.dto.Cutoff;
import org.missioncj.instrument.api.dto.Flag;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Item;
import org.missioncj.instrument.api.dto.Option;
import org.missioncj.instrument.api.dto.Result;
import org.missioncj.instrument.api.dto.Score;

/**
 * Instruments as FHIR R4 Questionnaires and screens as QuestionnaireResponses, in JSON (Jackson's tree model, no
 * FHIR library). FHIR has no element for scores, cut-offs and flags: they travel as JSON in one extension, so
 * that a Questionnaire exported here imports as the same definition.
 */
public final class FhirQuestionnaires {
    /** The canonical URL of an instrument is this followed by its id; it is also the system of its answer codes. */
    public static final String INSTRUMENT_URL = "urn:missioncj:instrument:";
    /** Questionnaire extension whose valueString is the JSON of {scores, cutoffs, flags}. */
    public static final String SCORING_EXTENSION = "urn:missioncj:fhir:instrument-scoring";
    /** Questionnaire extension whose valueCode is the instrument's domain. */
    public static final String DOMAIN_EXTENSION = "urn:missioncj:fhir:instrument-domain";
    /** QuestionnaireResponse extension whose valueString is the JSON of the {@link Result}. */
    public static final String RESULT_EXTENSION = "urn:missioncj:fhir:instrument-result";
    public static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    /**
     * Refuses unknown fields, as the native definition endpoint does: a misspelt key in the scoring JSON must not
     * silently drop a cut-off or a flag. (Jackson's default, made explicit so that no change of default loosens it.)
     */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** The fields of the scoring extension's JSON. */
    private static final Set<String> SCORING_FIELDS = Set.of("scores", "cutoffs", "flags");
    /** Groups are flattened; a document deeper or longer than this is not an instrument anyone wrote by hand. */
    private static final int MAX_GROUP_DEPTH = 10;
    private static final int MAX_IMPORTED_ITEMS = 1000;
    private static final String ID_RULE = "1 to 40 lower-case letters, digits or '-', starting with a letter or digit";

    private FhirQuestionnaires() {
    }

    /** The definition as a FHIR R4 Questionnaire. */
    public static ObjectNode questionnaire(Instrument def) {
        String system = INSTRUMENT_URL + def.id;
        ObjectNode q = MAPPER.createObjectNode();
        q.put("resourceType", "Questionnaire");
        q.put("id", def.version == null ? def.id : def.id + "-" + def.version);
        ArrayNode extensions = q.putArray("extension");
        if (def.domain != null) {
            extensions.addObject().put("url", DOMAIN_EXTENSION).put("valueCode", def.domain);
        }
        ObjectNode scoring = MAPPER.createObjectNode();
        scoring.set("scores", MAPPER.valueToTree(def.scores));
        scoring.set("cutoffs", MAPPER.valueToTree(def.cutoffs));
        scoring.set("flags", MAPPER.valueToTree(def.flags));
        extensions.addObject().put("url", SCORING_EXTENSION).put("valueString", json(scoring));
        q.put("url", system);
        if (def.version != null) {
            q.put("version", String.valueOf(def.version));
        }
        q.put("name", name(def.id));
        putText(q, "title", def.title);
        q.put("status", "active");
        putText(q, "description", def.description);
        putText(q, "copyright", def.source);
        ArrayNode items = q.putArray("item");
        for (Item item : nonNull(def.items)) {
            ObjectNode node = items.addObject();
            node.put("linkId", item.linkId);
            putText(node, "text", item.text);
            node.put("type", "choice");
            node.put("required", !Boolean.FALSE.equals(item.required));
            if (item.enableWhen != null) {
                ArrayNode enableWhen = node.putArray("enableWhen");
                for (Integer value : nonNull(item.enableWhen.values)) {
                    ObjectNode when = enableWhen.addObject();
                    when.put("question", item.enableWhen.item);
                    when.put("operator", "=");
                    when.putObject("answerCoding").put("system", system).put("code", String.valueOf(value));
                }
                if (enableWhen.size() > 1) {
                    node.put("enableBehavior", "any");
                }
            }
            ArrayNode answerOptions = node.putArray("answerOption");
            for (Option option : nonNull(item.options)) {
                ObjectNode answerOption = answerOptions.addObject();
                ObjectNode coding = answerOption.putObject("valueCoding");
                coding.put("system", system).put("code", String.valueOf(option.value));
                putText(coding, "display", option.label);
                if (option.value != null) {
                    answerOption.putArray("extension").addObject().put("url", ORDINAL_VALUE)
                            .put("valueDecimal", option.value);
                }
            }
        }
        return q;
    }

    /**
     * The definition a Questionnaire describes: choice items (those in groups too, in document order), their
     * options' integer codes as the values scored, and the scoring extension. Its version is left null (the store
     * numbers it); {@code required: true} reads as null, the definition's default. The definition still has to
     * pass {@link InstrumentEngine#check}.
     *
     * @throws UnprocessableException naming, by their path in the Questionnaire, every part that cannot be read
     */
    public static Instrument instrument(JsonNode questionnaire) {
        List<FieldError> errors = new ArrayList<>();
        if (questionnaire == null || !questionnaire.isObject()) {
            errors.add(new FieldError("resourceType", "the document is not a JSON object, so not a Questionnaire"));
            throw refusal(errors);
        }
        JsonNode resourceType = questionnaire.get("resourceType");
        if (resourceType == null || !resourceType.isTextual() || !"Questionnaire".equals(resourceType.asText())) {
            errors.add(new FieldError("resourceType", "must be Questionnaire"));
            throw refusal(errors);
        }
        Instrument def = new Instrument();
        String url = text(questionnaire, "url", "url", errors);
        String id = text(questionnaire, "id", "id", errors);
        String version = text(questionnaire, "version", "version", errors);
        if (url != null && url.startsWith(INSTRUMENT_URL)) {
            def.id = url.substring(INSTRUMENT_URL.length());
            if (!DefinitionCheck.ID.matcher(def.id).matches()) {
                errors.add(new FieldError("url", "must be " + INSTRUMENT_URL + " followed by the instrument's id: "
                        + ID_RULE));
            }
        } else {
            // Written elsewhere: the instrument is named by the Questionnaire's id, less a version it ends with.
            if (id != null && version != null && id.endsWith("-" + version)) {
                def.id = id.substring(0, id.length() - version.length() - 1);
            } else {
                def.id = id;
            }
            if (url != null && (def.id == null || !DefinitionCheck.ID.matcher(def.id).matches())) {
                errors.add(new FieldError("url", "is not " + INSTRUMENT_URL + "<id>, and the Questionnaire's id "
                        + (def.id == null ? "is missing" : "does not give an instrument id either")
                        + ": give the url as " + INSTRUMENT_URL + "<id>, the id being " + ID_RULE));
            }
        }
        def.title = text(questionnaire, "title", "title", errors);
        if (def.title == null) {
            def.title = text(questionnaire, "name", "name", errors);
        }
        def.description = text(questionnaire, "description", "description", errors);
        def.source = text(questionnaire, "copyright", "copyright", errors);
        extensions(questionnaire.get("extension"), def, errors);
        items(questionnaire.get("item"), "item", 0, def.items, new HashSet<>(), errors);
        if (!errors.isEmpty()) {
            throw refusal(errors);
        }
        return def;
    }

    /**
     * One scored screen as a FHIR R4 QuestionnaireResponse: the answers in the definition's item order (items not
     * answered left out) and the result as JSON in an extension.
     */
    public static ObjectNode questionnaireResponse(Instrument def, String responseId, String participantId,
            Instant authored, Map<String, Integer> answers, Result result) {
        String system = INSTRUMENT_URL + def.id;
        ObjectNode r = MAPPER.createObjectNode();
        r.put("resourceType", "QuestionnaireResponse");
        if (responseId != null) {
            r.put("id", responseId);
        }
        if (result != null) {
            r.putArray("extension").addObject().put("url", RESULT_EXTENSION).put("valueString", json(result));
        }
        r.put("questionnaire", def.version == null ? system : system + "|" + def.version);
        r.put("status", "completed");
        if (participantId != null) {
            r.putObject("subject").put("reference", "Patient/" + participantId);
        }
        if (authored != null) {
            r.put("authored", authored.toString());
        }
        ArrayNode items = r.putArray("item");
        for (Item item : nonNull(def.items)) {
            Integer answer = answers == null ? null : answers.get(item.linkId);
            if (answer == null) {
                continue;
            }
            ObjectNode node = items.addObject();
            node.put("linkId", item.linkId);
            putText(node, "text", item.text);
            ObjectNode coding = node.putArray("answer").addObject().putObject("valueCoding");
            coding.put("system", system).put("code", String.valueOf(answer));
            for (Option option : nonNull(item.options)) {
                if (answer.equals(option.value)) {
                    putText(coding, "display", option.label);
                    break;
                }
            }
        }
        return r;
    }

    private static void extensions(JsonNode extensions, Instrument def, List<FieldError> errors) {
        boolean scoring = false;
        if (extensions != null && !extensions.isNull()) {
            if (!extensions.isArray()) {
                errors.add(new FieldError("extension", "must be an array"));
                return;
            }
            for (int k = 0; k < extensions.size(); k++) {
                String path = "extension[" + k + "]";
                JsonNode extension = extensions.get(k);
                if (!extension.isObject()) {
                    errors.add(new FieldError(path, "must be an object"));
                    continue;
                }
                String url = text(extension, "url", path + ".url", errors);
                if (DOMAIN_EXTENSION.equals(url)) {
                    def.domain = text(extension, "valueCode", path + ".valueCode", errors);
                } else if (SCORING_EXTENSION.equals(url)) {
                    scoring = true;
                    scoring(extension, path + ".valueString", def, errors);
                }
            }
        }
        if (!scoring) {
            errors.add(new FieldError("extension", "has no " + SCORING_EXTENSION
                    + " extension: the instrument's scores, cut-offs and flags as JSON"));
        }
    }

    private static void scoring(JsonNode extension, String path, Instrument def, List<FieldError> errors) {
        String json = text(extension, "valueString", path, errors);
        if (json == null) {
            if (missing(extension, "valueString")) {
                errors.add(new FieldError(path, "is required: the JSON of {scores, cutoffs, flags}"));
            }
            return;
        }
        JsonNode scoring;
        try (JsonParser parser = MAPPER.createParser(json)) {
            scoring = MAPPER.readTree(parser);
            if (scoring != null && parser.nextToken() != null) {
                errors.add(new FieldError(path, "is not valid scoring JSON: there is more text after the object"));
                return;
            }
        } catch (JsonProcessingException e) {
            errors.add(new FieldError(path, "is not valid scoring JSON: " + reason(e)));
            return;
        } catch (IOException e) {
            errors.add(new FieldError(path, "is not valid scoring JSON: it cannot be read"));
            return;
        }
        if (scoring == null || !scoring.isObject()) {
            errors.add(new FieldError(path, "is not the JSON of an object {scores, cutoffs, flags}"));
            return;
        }
        for (Iterator<String> fields = scoring.fieldNames(); fields.hasNext();) {
            String field = fields.next();
            if (!SCORING_FIELDS.contains(field)) {
                errors.add(new FieldError(path, "is not valid scoring JSON: unknown field '" + field
                        + "' (it has only scores, cutoffs and flags)"));
            }
        }
        def.scores = list(scoring, "scores", new TypeReference<List<Score>>() { }, path, errors);
        def.cutoffs = list(scoring, "cutoffs", new TypeReference<List<Cutoff>>() { }, path, errors);
        def.flags = list(scoring, "flags", new TypeReference<List<Flag>>() { }, path, errors);
    }

    private static <T> List<T> list(JsonNode scoring, String field, TypeReference<List<T>> type, String path,
            List<FieldError> errors) {
        JsonNode node = scoring.get(field);
        if (node == null || node.isNull()) {
            return new ArrayList<>();
        }
        try {
            List<T> list = MAPPER.readerFor(type).readValue(node);
            return list == null ? new ArrayList<>() : list;
        } catch (JsonProcessingException e) {
            errors.add(new FieldError(path, "is not valid scoring JSON: " + field + where(e) + ": " + reason(e)));
        } catch (IOException | IllegalArgumentException e) {
            errors.add(new FieldError(path, "is not valid scoring JSON: " + field + ": cannot be read"));
        }
        return new ArrayList<>();
    }

    /** Why a part of the scoring JSON does not read, in words: never Jackson's message, which names Java classes. */
    private static String reason(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
            return "unknown field '" + ((com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) e).getPropertyName()
                    + "'";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException) {
            return "a value is not of its field's kind (a number, a word of the list, true or false)";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
            return "a value has the wrong shape (an object, a list or a single value where another is expected)";
        }
        if (e instanceof com.fasterxml.jackson.core.JsonParseException) {
            return "the text is not JSON";
        }
        return "cannot be read";
    }

    /** Flattens choice items into out; linkIds holds every linkId seen so far, groups' too. */
    private static void items(JsonNode items, String path, int depth, List<Item> out, Set<String> linkIds,
            List<FieldError> errors) {
        if (items == null || items.isNull()) {
            return;
        }
        if (!items.isArray()) {
            errors.add(new FieldError(path, "must be an array"));
            return;
        }
        if (depth > MAX_GROUP_DEPTH) {
            errors.add(new FieldError(path, "is nested more than " + MAX_GROUP_DEPTH + " groups deep"));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (out.size() >= MAX_IMPORTED_ITEMS) {
                errors.add(new FieldError(path, "has more than " + MAX_IMPORTED_ITEMS + " items"));
                return;
            }
            String itemPath = path + "[" + i + "]";
            JsonNode node = items.get(i);
            if (!node.isObject()) {
                errors.add(new FieldError(itemPath, "must be an object"));
                continue;
            }
            String type = text(node, "type", itemPath + ".type", errors);
            boolean group = "group".equals(type);
            if (!group && !"choice".equals(type)) {
                if (missing(node, "type")) {
                    errors.add(new FieldError(itemPath + ".type", "is required (choice)"));
                } else if (type != null) {
                    errors.add(new FieldError(itemPath + ".type", "is " + type
                            + ": only choice items (and groups of them) can be scored"));
                }
                continue;
            }
            String linkId = text(node, "linkId", itemPath + ".linkId", errors);
            if (linkId != null && !linkIds.add(linkId)) {
                errors.add(new FieldError(itemPath + ".linkId", "repeats the linkId of an earlier item: " + linkId
                        + " (a linkId is unique in the Questionnaire, groups included)"));
            }
            repeats(node, itemPath, group, errors);
            if (group) {
                items(node.get("item"), itemPath + ".item", depth + 1, out, linkIds, errors);
            } else {
                out.add(item(node, itemPath, linkId, errors));
            }
        }
    }

    /** The engine takes one answer per item, so neither an item nor a group of them may repeat. */
    private static void repeats(JsonNode node, String path, boolean group, List<FieldError> errors) {
        JsonNode repeats = node.get("repeats");
        if (repeats == null || repeats.isNull()) {
            return;
        }
        if (!repeats.isBoolean()) {
            errors.add(new FieldError(path + ".repeats", "must be true or false"));
        } else if (repeats.booleanValue()) {
            errors.add(new FieldError(path + ".repeats", group
                    ? "is true, but a group cannot repeat: each of its items takes one answer"
                    : "is true, but an item takes one answer: it cannot repeat"));
        }
    }

    private static Item item(JsonNode node, String path, String linkId, List<FieldError> errors) {
        Item item = new Item();
        item.linkId = linkId;
        item.text = text(node, "text", path + ".text", errors);
        JsonNode required = node.get("required");
        if (required == null || required.isNull()) {
            item.required = false;
        } else if (required.isBoolean()) {
            // The definition's default is required, so an explicit true reads as that default.
            item.required = required.booleanValue() ? null : Boolean.FALSE;
        } else {
            errors.add(new FieldError(path + ".required", "must be true or false"));
        }
        item.enableWhen = enableWhen(node, path, errors);
        JsonNode options = node.get("answerOption");
        if (options == null || options.isNull()) {
            errors.add(new FieldError(path + ".answerOption", "is required: the options are what is scored"));
        } else if (!options.isArray()) {
            errors.add(new FieldError(path + ".answerOption", "must be an array"));
        } else {
            for (int j = 0; j < options.size(); j++) {
                String optionPath = path + ".answerOption[" + j + "]";
                JsonNode option = options.get(j);
                JsonNode coding = option.isObject() ? option.get("valueCoding") : null;
                if (!option.isObject()) {
                    errors.add(new FieldError(optionPath, "must be an object"));
                } else if (coding == null || !coding.isObject()) {
                    errors.add(new FieldError(optionPath + ".valueCoding",
                            "is required: a coding whose code is the value scored"));
                } else {
                    Integer value = integerCode(coding, optionPath + ".valueCoding.code", errors);
                    String label = text(coding, "display", optionPath + ".valueCoding.display", errors);
                    ordinalValue(option, optionPath, value, errors);
                    if (value != null) {
                        item.options.add(new Option(value, label));
                    }
                }
            }
        }
        return item;
    }

    /**
     * An answer option's ordinalValue, when it has one, must equal its code: the code is the value scored, and a
     * reader that scores by ordinalValue must not get another result.
     */
    private static void ordinalValue(JsonNode option, String path, Integer code, List<FieldError> errors) {
        JsonNode extensions = option.get("extension");
        if (extensions == null || extensions.isNull()) {
            return;
        }
        if (!extensions.isArray()) {
            errors.add(new FieldError(path + ".extension", "must be an array"));
            return;
        }
        for (int k = 0; k < extensions.size(); k++) {
            String extensionPath = path + ".extension[" + k + "]";
            JsonNode extension = extensions.get(k);
            if (!extension.isObject()) {
                errors.add(new FieldError(extensionPath, "must be an object"));
                continue;
            }
            if (!ORDINAL_VALUE.equals(text(extension, "url", extensionPath + ".url", errors))) {
                continue;
            }
            JsonNode ordinal = extension.get("valueDecimal");
            if (ordinal == null || !ordinal.isNumber()) {
                errors.add(new FieldError(extensionPath + ".valueDecimal",
                        "is required: a number, the same as the option's code"));
            } else if (code != null && ordinal.decimalValue().compareTo(BigDecimal.valueOf(code)) != 0) {
                errors.add(new FieldError(path, "ordinalValue " + ordinal.decimalValue().stripTrailingZeros()
                        .toPlainString() + " disagrees with code " + code + ": the code is the value scored, so"
                        + " the ordinalValue must be the same or left out"));
            }
        }
    }

    private static Condition enableWhen(JsonNode node, String path, List<FieldError> errors) {
        JsonNode enableWhen = node.get("enableWhen");
        if (enableWhen == null || enableWhen.isNull()) {
            return null;
        }
        if (!enableWhen.isArray()) {
            errors.add(new FieldError(path + ".enableWhen", "must be an array"));
            return null;
        }
        if (enableWhen.isEmpty()) {
            return null;
        }
        String behavior = text(node, "enableBehavior", path + ".enableBehavior", errors);
        if (enableWhen.size() > 1 && "all".equals(behavior)) {
            errors.add(new FieldError(path + ".enableBehavior",
                    "must be any: an item is asked when one other item's answer is one of several values"));
        }
        Condition condition = new Condition();
        for (int k = 0; k < enableWhen.size(); k++) {
            String whenPath = path + ".enableWhen[" + k + "]";
            JsonNode when = enableWhen.get(k);
            if (!when.isObject()) {
                errors.add(new FieldError(whenPath, "must be an object"));
                continue;
            }
            String question = text(when, "question", whenPath + ".question", errors);
            if (question == null) {
                if (missing(when, "question")) {
                    errors.add(new FieldError(whenPath + ".question", "is required"));
                }
            } else if (condition.item == null) {
                condition.item = question;
            } else if (!condition.item.equals(question)) {
                errors.add(new FieldError(whenPath + ".question", "names " + question + ", another item than "
                        + condition.item + ": an item can be asked on one other item's answer only"));
            }
            String operator = text(when, "operator", whenPath + ".operator", errors);
            if (missing(when, "operator")) {
                errors.add(new FieldError(whenPath + ".operator", "is required (=)"));
            } else if (operator != null && !"=".equals(operator)) {
                errors.add(new FieldError(whenPath + ".operator", "is " + operator + ": only = is supported"));
            }
            JsonNode coding = when.get("answerCoding");
            JsonNode integer = when.get("answerInteger");
            if (coding != null && coding.isObject()) {
                Integer value = integerCode(coding, whenPath + ".answerCoding.code", errors);
                if (value != null) {
                    condition.values.add(value);
                }
            } else if (integer != null && integer.canConvertToInt() && integer.isIntegralNumber()) {
                condition.values.add(integer.intValue());
            } else {
                errors.add(new FieldError(whenPath + ".answerCoding", "is required: a coding whose code is the value of"
                        + (question == null ? " an option of the other item" : " an option of item " + question)));
            }
        }
        return condition;
    }

    private static Integer integerCode(JsonNode coding, String path, List<FieldError> errors) {
        JsonNode code = coding.get("code");
        if (code == null || code.isNull()) {
            errors.add(new FieldError(path, "is required: the integer value scored"));
            return null;
        }
        if (!code.isTextual()) {
            errors.add(new FieldError(path, "must be a string: a code such as \"2\""));
            return null;
        }
        try {
            return Integer.valueOf(code.asText().strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(path, "is " + code.asText() + ", not an integer: the code is the value scored"));
            return null;
        }
    }

    private static boolean missing(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull();
    }

    /** The field's text; null when it is absent or null, and an error when it is not a string. */
    private static String text(JsonNode node, String field, String path, List<FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(path, "must be a string"));
            return null;
        }
        return value.asText();
    }

    /** Where in the list the mapping failed, e.g. {@code [0].method}. */
    private static String where(JsonProcessingException e) {
        StringBuilder path = new StringBuilder();
        if (e instanceof JsonMappingException) {
            for (JsonMappingException.Reference reference : ((JsonMappingException) e).getPath()) {
                if (reference.getFieldName() != null) {
                    path.append('.').append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
        }
        return path.toString();
    }

    private static UnprocessableException refusal(List<FieldError> errors) {
        return new UnprocessableException("The Questionnaire cannot be read as an instrument: " + errors.get(0), errors);
    }

    /** A computer-friendly name, as FHIR asks: {@code phq-9} is {@code PHQ_9}. */
    private static String name(String id) {
        String name = id == null ? "" : id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "I" + name : name;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        List<T> present = new ArrayList<>();
        if (list != null) {
            for (T element : list) {
                if (element != null) {
                    present.add(element);
                }
            }
        }
        return present;
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
