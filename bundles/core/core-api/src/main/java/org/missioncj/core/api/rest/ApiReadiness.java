package org.missioncj.core.api.rest;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Whether the REST API publishes every installed module's resources. A module's REST bundle names
 * itself and its resources in its manifest ({@code Mission-Rest: cti; resources="..."}, which bnd fills
 * in from the classes annotated with {@code @Path}); core publishes the resources as their services come,
 * and registers this service with {@value #READY} (true once every active REST bundle's resources are
 * published) and {@value #MODULES} (the names of the modules published in full). Operators see the same in
 * {@code GET /health} as a program admin; tests wait for {@code (mission.rest.ready=true)} instead of sleeping.
 */
@ProviderType
public interface ApiReadiness {
    /** Service property: Boolean, every active REST bundle's resources are published. */
    String READY = "mission.rest.ready";
    /** Service property: String[], the modules whose resources are all published. */
    String MODULES = "mission.rest.modules";
    /** The manifest header of a module's REST bundle. */
    String HEADER = "Mission-Rest";

    boolean ready();

    /** Per module whose REST bundle is active: how many resources it declares. */
    Map<String, Integer> declared();

    /** Per module: how many of its resources the API publishes now. */
    Map<String, Integer> published();
}
