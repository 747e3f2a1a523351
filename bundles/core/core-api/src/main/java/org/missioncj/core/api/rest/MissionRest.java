package org.missioncj.core.api.rest;

/**
 * The REST whiteboard of the platform. A module's REST bundle registers each JAX-RS resource (a
 * class with {@code @Path}) as an OSGi service of class {@code java.lang.Object} with {@link #RESOURCE}{@code =true}; core publishes
 * every such service under {@code /mission/api/v1} with the shared JSON, error, security and size
 * providers. {@link #OPENAPI} names a resource of the registering bundle that holds the OpenAPI 3
 * fragment (paths and schemas) documenting it; core merges the fragments into one document.
 */
public final class MissionRest {
    /** Service property marking a JAX-RS resource for publication. */
    public static final String RESOURCE = "mission.rest.resource";
    /** Service property: bundle resource path of the resource's OpenAPI fragment. */
    public static final String OPENAPI = "mission.rest.openapi";
    /** Base path of the API below the CXF servlet. */
    public static final String BASE_PATH = "/api/v1";
    /** Request header with the purpose of use that the audit trail records. */
    public static final String PURPOSE_HEADER = "X-Purpose-Of-Use";
    /** Response header listing non-fatal warnings (e.g. a possible duplicate participant). */
    public static final String WARNING_HEADER = "X-Mission-Warning";

    private MissionRest() {
    }
}
