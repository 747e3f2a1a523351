package org.missioncj.vocational.rest;

import java.net.URI;

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

import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.vocational.api.EmployerService;
import org.missioncj.vocational.api.dto.Employer;
import org.missioncj.vocational.api.dto.Opening;
import org.missioncj.vocational.api.dto.OpeningStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A site's employers and their openings. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + EmployerResource.OPENAPI})
@Path("vocational")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmployerResource {
    static final String OPENAPI = "/openapi/vocational.yaml";

    private final EmployerService employers;

    @Activate
    public EmployerResource(@Reference EmployerService employers) {
        this.employers = employers;
    }

    @GET
    @Path("sites/{site}/employers")
    public Page<Employer> list(@Context SecurityContext sc, @PathParam("site") String site,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return employers.list(RestSupport.actor(sc), site, RestSupport.page(page, size));
    }

    @POST
    @Path("employers")
    public Response create(@Context SecurityContext sc, Employer input) {
        Employer e = employers.create(RestSupport.actor(sc), input);
        return Response.created(URI.create("vocational/employers/" + e.id)).tag(RestSupport.etag(e.version)).entity(e)
                .build();
    }

    @GET
    @Path("employers/{id}")
    public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
        Employer e = employers.get(RestSupport.actor(sc), id);
        return Response.ok(e).tag(RestSupport.etag(e.version)).build();
    }

    @PUT
    @Path("employers/{id}")
    public Response update(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Employer input) {
        Employer e = employers.update(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), input);
        return Response.ok(e).tag(RestSupport.etag(e.version)).build();
    }

    @GET
    @Path("employers/{id}/openings")
    public Page<Opening> employerOpenings(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return employers.openings(RestSupport.actor(sc), id, RestSupport.page(page, size));
    }

    @GET
    @Path("sites/{site}/openings")
    public Page<Opening> siteOpenings(@Context SecurityContext sc, @PathParam("site") String site,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        return employers.siteOpenings(RestSupport.actor(sc), site,
                RestSupport.enumeration("status", OpeningStatus.class, status), RestSupport.page(page, size));
    }

    @POST
    @Path("openings")
    public Response createOpening(@Context SecurityContext sc, Opening input) {
        Opening o = employers.createOpening(RestSupport.actor(sc), input);
        return Response.created(URI.create("vocational/openings/" + o.id)).tag(RestSupport.etag(o.version)).entity(o)
                .build();
    }

    @GET
    @Path("openings/{id}")
    public Response getOpening(@Context SecurityContext sc, @PathParam("id") String id) {
        Opening o = employers.getOpening(RestSupport.actor(sc), id);
        return Response.ok(o).tag(RestSupport.etag(o.version)).build();
    }

    @PUT
    @Path("openings/{id}")
    public Response updateOpening(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Opening input) {
        Opening o = employers.updateOpening(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), input);
        return Response.ok(o).tag(RestSupport.etag(o.version)).build();
    }
}
