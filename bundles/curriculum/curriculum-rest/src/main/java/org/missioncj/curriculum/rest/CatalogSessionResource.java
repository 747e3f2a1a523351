package org.missioncj.curriculum.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.curriculum.api.CatalogService;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** One catalog session and its versions; its ETag is the current version. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + CatalogResource.OPENAPI})
@Path("curriculum/sessions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogSessionResource {
    /** Body of POST retirement. */
    public static class Retirement {
        public String reason;
    }

    private final CatalogService catalog;

    @Activate
    public CatalogSessionResource(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    public Response get(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("version") String version) {
        Integer v = RestSupport.integer("version", version);
        if (v == null) {
            CatalogSession s = catalog.get(RestSupport.actor(sc), id);
            return Response.ok(s).tag(RestSupport.etag(s.version)).build();
        }
        // an earlier wording is no base for a change: no ETag
        return Response.ok(catalog.get(RestSupport.actor(sc), id, v)).build();
    }

    @PUT
    public Response reword(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CatalogSession input) {
        CatalogSession s = catalog.reword(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), input);
        return Response.ok(s).tag(RestSupport.etag(s.version)).build();
    }

    @GET
    @Path("versions")
    public List<CatalogSession> versions(@Context SecurityContext sc, @PathParam("id") String id) {
        return catalog.versions(RestSupport.actor(sc), id);
    }

    @POST
    @Path("retirement")
    public Response retire(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Retirement retirement) {
        CatalogSession s = catalog.retire(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch),
                retirement == null ? null : retirement.reason);
        return Response.ok(s).tag(RestSupport.etag(s.version)).build();
    }
}
