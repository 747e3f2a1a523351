package org.missioncj.bench.hello;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

/**
 * The baseline resource: a constant JSON body shaped and sized like a participant read
 * (about 450 bytes, synthetic values), written by CXF's built-in String provider.
 */
@Path("hello")
public class HelloResource {
    static final String BODY = "{\"id\":\"00000000-0000-4000-8000-000000000001\",\"version\":1,"
            + "\"givenName\":\"Avery\",\"familyName\":\"Benchmark\",\"preferredName\":\"Ave\","
            + "\"dateOfBirth\":\"1988-04-12\",\"sex\":\"X\",\"preferredLanguage\":\"en-US\","
            + "\"phone\":\"555 0100\",\"email\":\"avery.benchmark@example.org\","
            + "\"city\":\"Sampletown\",\"state\":\"ZZ\",\"postalCode\":\"00000\","
            + "\"identifiers\":[{\"system\":\"jail-booking\",\"value\":\"BENCH-0000000001\"}],"
            + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"createdBy\":\"bench.cm\","
            + "\"updatedAt\":\"2026-01-01T00:00:00Z\",\"updatedBy\":\"bench.cm\"}";

    @GET
    @Produces("application/json")
    public String hello() {
        return BODY;
    }
}
