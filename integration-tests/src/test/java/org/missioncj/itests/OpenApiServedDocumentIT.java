package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Test;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The document a site serves, as {@link OpenApiIT} saved it (it runs first: failsafe runs the classes in
 * alphabetical order), checked with swagger-parser, the validator behind OpenAPI Generator: what it
 * refuses an integrator's generator would refuse too. A plain JUnit test, outside Karaf.
 */
public class OpenApiServedDocumentIT {
    /** Beside the exam's Karaf homes: target/served-openapi.json. */
    static Path file(String karafHome) {
        Path target = karafHome == null ? Path.of("target") : Path.of(karafHome).toAbsolutePath().getParent().getParent();
        return target.resolve("served-openapi.json");
    }

    @Test
    public void theServedDocumentIsValidOpenApi() throws Exception {
        Path doc = file(null);
        assertTrue(doc + " is written by OpenApiIT, which runs before this test", Files.exists(doc));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(Files.readString(doc), null, options);
        assertNotNull(result.getOpenAPI());
        List<String> messages = result.getMessages();
        assertEquals("swagger-parser's findings", List.of(), messages);
        assertTrue(result.getOpenAPI().getPaths().size() >= 30);
    }
}
