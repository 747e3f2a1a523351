package org.missioncj.core.rest;

import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.MissionException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Every error a caller can see, as problem+json: never a stack trace. */
final class ProblemMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    /** Errors the services raise on purpose. */
    static final class Mission implements ExceptionMapper<MissionException> {
        @Override
        public Response toResponse(MissionException e) {
            Problem p = Problem.of(e.status(), e.problemType(), e.title(), e.getMessage());
            if (e instanceof ValidationException) {
                p.errors = ((ValidationException) e).errors();
            } else if (e instanceof UnprocessableException && !((UnprocessableException) e).errors().isEmpty()) {
                p.errors = ((UnprocessableException) e).errors();
            } else if (e instanceof ConflictException) {
                p.conflicting = ((ConflictException) e).conflicting();
            }
            return p.toResponse();
        }
    }

    /** JSON that cannot be read: say which field and why. */
    static final class Json implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            String field = "$";
            if (e instanceof JsonMappingException) {
                field = path((JsonMappingException) e);
            }
            String reason;
            if (e instanceof JsonProvider.BadText) {
                reason = e.getOriginalMessage();
            } else if (e instanceof UnrecognizedPropertyException) {
                reason = "is not a known field";
            } else if (e instanceof InvalidFormatException) {
                InvalidFormatException ife = (InvalidFormatException) e;
                String value = String.valueOf(ife.getValue());
                reason = "cannot be read as " + describe(ife.getTargetType()) + ": "
                        + (value.length() > 64 ? value.substring(0, 64) + "..." : value);
            } else if (e instanceof MismatchedInputException) {
                Class<?> t = ((MismatchedInputException) e).getTargetType();
                reason = "must be " + (t == null ? "of another type" : describe(t));
            } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field '")) {
                String name = e.getOriginalMessage().substring("Duplicate field '".length());
                name = name.contains("'") ? name.substring(0, name.indexOf('\'')) : name;
                field = name.length() > 64 ? "$" : name;
                reason = "is given twice";
            } else {
                reason = e.getLocation() == null ? "is not valid JSON"
                        : "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                                + e.getLocation().getColumnNr() + ")";
            }
            return new Mission().toResponse(new ValidationException(field, reason));
        }

        private static String path(JsonMappingException e) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference r : e.getPath()) {
                if (r.getFieldName() != null) {
                    if (sb.length() > 0) {
                        sb.append('.');
                    }
                    sb.append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            return sb.length() == 0 ? "$" : sb.toString();
        }

        private static String describe(Class<?> t) {
            if (t == null) {
                return "the expected type";
            }
            if (t.isEnum()) {
                StringBuilder sb = new StringBuilder("one of [");
                Object[] values = t.getEnumConstants();
                for (int i = 0; i < values.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(values[i]);
                }
                return sb.append(']').toString();
            }
            switch (t.getSimpleName()) {
                case "LocalDate":
                    return "a date (YYYY-MM-DD)";
                case "Instant":
                case "OffsetDateTime":
                    return "a date-time (ISO-8601)";
                case "Integer":
                case "int":
                case "Long":
                case "long":
                    return "a whole number";
                case "Boolean":
                case "boolean":
                    return "true or false";
                case "String":
                    return "a string";
                default:
                    return t.getSimpleName().startsWith("List") ? "a list" : "an object";
            }
        }
    }

    /** Errors CXF raises (no such path, wrong method or media type) and our own 401/413. */
    static final class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            Problem p;
            switch (status) {
                case 404:
                    p = Problem.of(404, "no-such-resource", "Not found",
                            "There is no resource at this path; see /mission/api/v1/openapi.json.");
                    break;
                case 405:
                    p = Problem.of(405, "method-not-allowed", "Method not allowed",
                            "This resource does not accept that HTTP method; see /mission/api/v1/openapi.json.");
                    break;
                case 406:
                    p = Problem.of(406, "not-acceptable", "Not acceptable",
                            "This resource answers with application/json only.");
                    break;
                case 415:
                    p = Problem.of(415, "unsupported-media-type", "Unsupported media type",
                            "Send the request body as application/json.");
                    break;
                case 401:
                    p = Problem.of(401, "unauthenticated", "Authentication required",
                            e.getMessage() == null || e.getMessage().startsWith("HTTP 401")
                                    ? "Sign in with HTTP Basic authentication." : e.getMessage());
                    return Response.fromResponse(p.toResponse())
                            .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"mission\"").build();
                default:
                    if (status >= 500) {
                        return new Unexpected().toResponse(e);
                    }
                    p = Problem.of(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(),
                            e.getMessage());
            }
            return p.toResponse();
        }
    }

    /** Anything else: logged with an incident id that the caller can quote. */
    static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            String incident = UUID.randomUUID().toString();
            if (e instanceof org.missioncj.core.api.persistence.PersistenceException) {
                // busy or unreachable: the cause is the database's state, not a defect; one line, not a stack, so a
                // database that is down for a minute does not bury the log
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                LOG.warn("Database unavailable, incident {}: {} ({})", incident, e.getMessage(), root.getMessage());
                Problem p = Problem.of(503, "database-unavailable", "Service unavailable",
                        "The database could not serve the request now. Try again in a few seconds (incident "
                                + incident + ").");
                p.incident = incident;
                return Response.fromResponse(p.toResponse()).header("Retry-After", "5").build();
            }
            LOG.error("Unexpected error, incident {}", incident, e);
            Problem p = Problem.of(500, "internal", "Internal error",
                    "The request failed on the server. Nothing was changed by it; quote incident " + incident
                            + " to your administrator.");
            p.incident = incident;
            return p.toResponse();
        }
    }

    static FieldError field(String f, String reason) {
        return new FieldError(f, reason);
    }
}
