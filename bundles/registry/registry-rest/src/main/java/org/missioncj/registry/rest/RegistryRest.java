package org.missioncj.registry.rest;

/** Constants shared by the registry's resources. */
final class RegistryRest {
    /** The OpenAPI fragment documenting every registry resource. */
    static final String OPENAPI = "/openapi/registry.yaml";

    private RegistryRest() {
    }
}
