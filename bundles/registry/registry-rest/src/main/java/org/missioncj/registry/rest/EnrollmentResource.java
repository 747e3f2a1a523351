package org.missioncj.registry.rest;

import java.net.URI;
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

import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.registry.api.EnrollmentService;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentSearch;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.StatusChange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + RegistryRest.OPENAPI})
@Path("enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrollmentResource {
    private final EnrollmentService enrollments;

    @Activate
    public EnrollmentResource(@Reference EnrollmentService enrollments) {
        this.enrollments = enrollments;
    }

    @POST
    public Response create(@Context SecurityContext sc, Enrollment input) {
        Enrollment e = enrollments.create(RestSupport.actor(sc), input);
        return Response.created(URI.create("enrollments/" + e.id)).tag(RestSupport.etag(e.version)).entity(e).build();
    }

    @GET
    public Page<Enrollment> list(@Context SecurityContext sc, @QueryParam("participantId") String participantId,
            @QueryParam("teamId") String teamId, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        EnrollmentSearch q = new EnrollmentSearch();
        q.participantId = participantId;
        q.teamId = teamId;
        q.status = RestSupport.enumeration("status", EnrollmentStatus.class, status);
        return enrollments.list(RestSupport.actor(sc), q, RestSupport.page(page, size));
    }

    @GET
    @Path("{id}")
    public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
        Enrollment e = enrollments.get(RestSupport.actor(sc), id);
        return Response.ok(e).tag(RestSupport.etag(e.version)).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Enrollment input) {
        Enrollment e = enrollments.update(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), input);
        return Response.ok(e).tag(RestSupport.etag(e.version)).build();
    }

    @POST
    @Path("{id}/status")
    public Response changeStatus(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, StatusChange change) {
        Enrollment e = enrollments.changeStatus(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), change);
        return Response.ok(e).tag(RestSupport.etag(e.version)).build();
    }

    @GET
    @Path("{id}/history")
    public List<StatusChange> history(@Context SecurityContext sc, @PathParam("id") String id) {
        return enrollments.history(RestSupport.actor(sc), id);
    }
}
