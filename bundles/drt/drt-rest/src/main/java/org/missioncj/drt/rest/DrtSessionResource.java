package org.missioncj.drt.rest;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.drt.api.DrtSessionService;
import org.missioncj.drt.api.dto.DrtSession;
import org.missioncj.drt.api.dto.WorkbookReview;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + DrtSessionResource.OPENAPI})
@Path("drt/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DrtSessionResource {
    static final String OPENAPI = "/openapi/drt.yaml";

    private final DrtSessionService sessions;

    @Activate
    public DrtSessionResource(@Reference DrtSessionService sessions) {
        this.sessions = sessions;
    }

    @POST
    public Response record(@Context SecurityContext sc, DrtSession input) {
        DrtSession s = sessions.record(RestSupport.actor(sc), input);
        return Response.created(URI.create("drt/sessions/" + s.id)).tag(RestSupport.etag(s.version)).entity(s).build();
    }

    @GET
    @Path("{id}")
    public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
        DrtSession s = sessions.get(RestSupport.actor(sc), id);
        return Response.ok(s).tag(RestSupport.etag(s.version)).build();
    }

    @PUT
    @Path("{id}/workbook-review")
    public Response reviewWorkbook(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, WorkbookReview review) {
        DrtSession s = sessions.reviewWorkbook(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), review);
        return Response.ok(s).tag(RestSupport.etag(s.version)).build();
    }
}
