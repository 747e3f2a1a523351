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
}
