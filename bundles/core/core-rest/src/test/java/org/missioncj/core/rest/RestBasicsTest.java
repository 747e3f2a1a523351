package org.missioncj.core.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.rest.RestSupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class RestBasicsTest {
    @Test
    void aBodyThatStopsBeforeItsLengthIsA400NotAServerError() throws Exception {
        javax.ws.rs.core.Response[] aborted = new javax.ws.rs.core.Response[1];
        java.io.InputStream cut = new java.io.InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("Parser is terminated");
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw new IllegalStateException("Parser is terminated");
            }
        };
        javax.ws.rs.container.ContainerRequestContext request = (javax.ws.rs.container.ContainerRequestContext)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {javax.ws.rs.container.ContainerRequestContext.class}, (proxy, m, args) -> {
                            switch (m.getName()) {
                                case "getLength":
                                    return 1000;
                                case "hasEntity":
                                    return true;
                                case "getEntityStream":
                                    return cut;
                                case "abortWith":
                                    aborted[0] = (javax.ws.rs.core.Response) args[0];
                                    return null;
                                default:
                                    return null;
                            }
                        });
        new BodyLimitFilter(10_000).filter(request);
        org.junit.jupiter.api.Assertions.assertEquals(400, aborted[0].getStatus());
    }

    @Test
    void basicCredentialsAreParsedAndGarbageIsIgnored() {
        String header = "Basic " + Base64.getEncoder().encodeToString("cm.rivera:pa:ss".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(new String[] {"cm.rivera", "pa:ss"}, Authenticator.basicCredentials(header).get());
        assertTrue(Authenticator.basicCredentials("Bearer abc").isEmpty());
        assertTrue(Authenticator.basicCredentials("Basic !!!").isEmpty());
        assertTrue(Authenticator.basicCredentials("Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes()))
                .isEmpty());
        assertTrue(Authenticator.basicCredentials(null).isEmpty());
    }

    @Test
    void ifMatchMustNameAVersionWeIssued() {
        assertEquals(3, RestSupport.expectedVersion("\"3\""));
        assertEquals(3, RestSupport.expectedVersion("W/\"3\""));
        assertEquals(PreconditionRequiredException.MISSING_VERSION, RestSupport.expectedVersion(null));
        assertThrows(PreconditionRequiredException.class,
                () -> PreconditionRequiredException.requireVersion(RestSupport.expectedVersion(" ")));
        assertThrows(PreconditionFailedException.class, () -> RestSupport.expectedVersion("\"abc\""));
    }

    @Test
    void queryParametersFailAsBadRequestsNamingTheParameter() {
        ValidationException e = assertThrows(ValidationException.class, () -> RestSupport.page("x", null));
        assertEquals("page", e.errors().get(0).field);
        assertEquals("from", assertThrows(ValidationException.class, () -> RestSupport.date("from", "31/01/2026"))
                .errors().get(0).field);
        assertEquals(20, RestSupport.page(null, null).size());
    }

    @Test
    void openApiFragmentsMergeAndTheFirstDefinitionWins() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = (ObjectNode) json.readTree("{\"paths\":{\"/a\":{}},\"components\":{\"schemas\":{\"X\":{\"type\":\"string\"}}}}");
        OpenApiResource.merge(doc, json.readTree("{\"paths\":{\"/b\":{}},\"components\":{\"schemas\":"
                + "{\"X\":{\"type\":\"integer\"},\"Y\":{}}},\"tags\":[{\"name\":\"b\"}]}"));
        assertTrue(doc.get("paths").has("/a") && doc.get("paths").has("/b"));
        assertEquals("string", doc.get("components").get("schemas").get("X").get("type").asText());
        assertTrue(doc.get("components").get("schemas").has("Y"));
        assertEquals("b", doc.get("tags").get(0).get("name").asText());
    }

    /** A body as the API reads it, or the 400 it answers, as field: reason. */
    static class Body {
        public String name;
        public Integer months;
        public java.time.LocalDate born;
    }

    private static String refusal(String json) {
        try {
            JsonProvider.mapper().readValue(json, Body.class);
            return "accepted";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            javax.ws.rs.core.Response r = new ProblemMappers.Json().toResponse(e);
            Problem p = (Problem) r.getEntity();
            return r.getStatus() + " " + p.errors.get(0).field + ": " + p.errors.get(0).reason;
        }
    }

    @Test
    void nothingIsReadLoosely() {
        // the review's finds: the last of two keys won, 12.9 became 12, a time was dropped, NUL and half pairs were stored
        assertEquals("400 name: is given twice", refusal("{\"name\":\"A\",\"name\":\"C\"}"));
        assertTrue(refusal("{\"months\":12.9}").startsWith("400 months:"), refusal("{\"months\":12.9}"));
        assertTrue(refusal("{\"born\":\"1990-02-01T00:00:00Z\"}").startsWith("400 born:"));
        assertEquals("400 name: must not contain control characters (found U+0000)", refusal("{\"name\":\"A\\u0000B\"}"));
        assertTrue(refusal("{\"name\":\"A\\ud800B\"}").contains("surrogate"));
        assertTrue(refusal("{\"name\":\"A\\u009bB\"}").contains("U+009B"));
        // the second review's: a year no database stores was a 500
        assertEquals("400 born: must be of the years 0001 to 9999", refusal("{\"born\":\"+10000-01-01\"}"));
        assertEquals("accepted", refusal("{\"name\":\"Ana\\tMar\\u00eda \\ud83d\\ude00\",\"months\":12,\"born\":\"1990-02-01\"}"));
    }
}
