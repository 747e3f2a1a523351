package org.missioncj.curriculum.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.curriculum.api.CatalogService;
import org.missioncj.curriculum.api.dto.CatalogEdition;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.curriculum.api.dto.CatalogSessionSearch;
import org.missioncj.curriculum.api.dto.Curriculum;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One curriculum's catalog: its editions and its sessions. {@code {curriculum}} is {@code drt} or {@code peer}
 * (either case); the service answers any other name with 404 once it has checked the caller's role.
 */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + CatalogResource.OPENAPI})
@Path("curriculum/catalogs/{curriculum}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogResource {
    static final String OPENAPI = "/openapi/catalog.yaml";

    /** Body of PUT edition-in-use. */
    public static class EditionChoice {
        public String code;
    }

    private final CatalogService catalog;

    @Activate
    public CatalogResource(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    /** The curriculum a path names, or null for a name that is none (the service's 404, after its role check). */
    static Curriculum curriculum(String name) {
        for (Curriculum c : Curriculum.values()) {
            if (c.name().equals(name) || c.name().toLowerCase(Locale.ROOT).equals(name)) {
                return c;
            }
        }
        return null;
    }

    @GET
    @Path("editions")
    public List<CatalogEdition> editions(@Context SecurityContext sc, @PathParam("curriculum") String curriculum) {
        return catalog.editions(RestSupport.actor(sc), curriculum(curriculum));
    }

    @POST
    @Path("editions")
    public Response addEdition(@Context SecurityContext sc, @PathParam("curriculum") String curriculum,
            CatalogEdition input) {
        if (input != null) {
            input.curriculum = curriculum(curriculum);
        }
        CatalogEdition e = catalog.addEdition(RestSupport.actor(sc), input);
        return Response.created(URI.create("curriculum/catalogs/" + path(e.curriculum) + "/editions/" + e.code))
                .entity(e).build();
    }

    @GET
    @Path("editions/{code}")
    public CatalogEdition edition(@Context SecurityContext sc, @PathParam("curriculum") String curriculum,
            @PathParam("code") String code) {
        return catalog.edition(RestSupport.actor(sc), curriculum(curriculum), code);
    }

    @PUT
    @Path("edition-in-use")
    public CatalogEdition useEdition(@Context SecurityContext sc, @PathParam("curriculum") String curriculum,
            EditionChoice choice) {
        return catalog.useEdition(RestSupport.actor(sc), curriculum(curriculum), choice == null ? null : choice.code);
    }

    @GET
    @Path("sessions")
    public Page<CatalogSession> sessions(@Context SecurityContext sc, @PathParam("curriculum") String curriculum,
            @QueryParam("edition") String edition, @QueryParam("includeRetired") String includeRetired,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Boolean retired = RestSupport.bool("includeRetired", includeRetired);
        return catalog.sessions(RestSupport.actor(sc), new CatalogSessionSearch(curriculum(curriculum),
                edition == null || edition.isEmpty() ? null : edition, Boolean.TRUE.equals(retired)),
                RestSupport.page(page, size));
    }

    @POST
    @Path("sessions")
    public Response add(@Context SecurityContext sc, @PathParam("curriculum") String curriculum, CatalogSession input) {
        if (input != null) {
            input.curriculum = curriculum(curriculum);
        }
        CatalogSession s = catalog.add(RestSupport.actor(sc), input);
        return Response.created(URI.create("curriculum/sessions/" + s.id)).tag(RestSupport.etag(s.version)).entity(s)
                .build();
    }

    static String path(Curriculum c) {
        return c.name().toLowerCase(Locale.ROOT);
    }
}
