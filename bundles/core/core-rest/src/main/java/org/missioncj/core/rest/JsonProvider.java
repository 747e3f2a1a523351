package org.missioncj.core.rest;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * JSON for the API: ISO-8601 dates, no nulls, unknown fields refused (a typo must not be lost silently),
 * and nothing read loosely: a field given twice, a fraction where a whole number belongs, a time on a
 * date, or text with control characters or broken UTF-16 is a 400, not a guess. FHIR resources
 * ({@value #FHIR_JSON}) are JSON too, read and written the same way.
 */
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE, JsonProvider.FHIR_JSON})
@Consumes({MediaType.APPLICATION_JSON, JsonProvider.FHIR_JSON})
final class JsonProvider extends JacksonJsonProvider {
    /** FHIR's JSON media type (a Questionnaire exported or imported). */
    static final String FHIR_JSON = "application/fhir+json";

    static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        m.registerModule(new JavaTimeModule());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        // a number is not a status: {"status": 3} would otherwise be the fourth constant
        m.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        m.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        m.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        m.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        SimpleModule strict = new SimpleModule("mission-strict");
        strict.addDeserializer(String.class, new CleanText());
        strict.setDeserializerModifier(new YearRange());
        m.registerModule(strict);
        return m;
    }

    /** Whether the instant falls in the years 0001 to 9999, which both databases store. */
    static boolean inYears(java.time.Instant i) {
        int year = i.atOffset(java.time.ZoneOffset.UTC).getYear();
        return year >= 1 && year <= 9999;
    }

    /** Dates and times of the years 0001 to 9999 only (both databases store those): anything else is a 400. */
    static final class YearRange extends com.fasterxml.jackson.databind.deser.BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public com.fasterxml.jackson.databind.JsonDeserializer<?> modifyDeserializer(
                com.fasterxml.jackson.databind.DeserializationConfig config,
                com.fasterxml.jackson.databind.BeanDescription desc,
                com.fasterxml.jackson.databind.JsonDeserializer<?> deserializer) {
            Class<?> t = desc.getBeanClass();
            if (java.time.temporal.Temporal.class.isAssignableFrom(t)) {
                return new Checked(deserializer);
            }
            return deserializer;
        }
    }

    /** A date or time deserializer whose result must lie in the years 0001 to 9999. */
    static final class Checked extends com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        Checked(com.fasterxml.jackson.databind.JsonDeserializer<?> inner) {
            super(inner);
        }

        @Override
        protected com.fasterxml.jackson.databind.JsonDeserializer<?> newDelegatingInstance(
                com.fasterxml.jackson.databind.JsonDeserializer<?> inner) {
            return new Checked(inner);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws java.io.IOException {
            Object value = super.deserialize(p, ctxt);
            if (value instanceof java.time.temporal.TemporalAccessor && !inYears((java.time.temporal.TemporalAccessor) value)) {
                throw new BadText(p, "must be of the years 0001 to 9999");
            }
            return value;
        }

        private static boolean inYears(java.time.temporal.TemporalAccessor t) {
            if (t instanceof java.time.Instant) {
                return JsonProvider.inYears((java.time.Instant) t);
            }
            if (!t.isSupported(java.time.temporal.ChronoField.YEAR)) {
                return true;
            }
            int year = t.get(java.time.temporal.ChronoField.YEAR);
            return year >= 1 && year <= 9999;
        }
    }

    /** A refused text, with the reason the problem names for its field. */
    static final class BadText extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        BadText(JsonParser p, String reason) {
            super(p, reason);
        }
    }

    /**
     * Text as Jackson reads it, refused when it holds a control character (other than tab, line feed and
     * carriage return) or half of a UTF-16 pair: neither belongs in a record, and both break other systems.
     */
    static final class CleanText extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws java.io.IOException {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            String problem = problem(s);
            if (problem != null) {
                throw new BadText(p, problem);
            }
            return s;
        }

        static String problem(String s) {
            if (s == null) {
                return null;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                    return "must not contain control characters (found U+" + String.format("%04X", (int) c) + ")";
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    return "must be valid text (it holds half of a UTF-16 surrogate pair)";
                }
                if (Character.isLowSurrogate(c)) {
                    return "must be valid text (it holds half of a UTF-16 surrogate pair)";
                }
            }
            return null;
        }
    }

    JsonProvider() {
        super(mapper());
    }
}
