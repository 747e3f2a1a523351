package org.missioncj.curriculum.rest;

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
import org.missioncj.curriculum.api.PlanService;
import org.missioncj.curriculum.api.dto.Plan;
import org.missioncj.curriculum.api.dto.PlanStatus;
import org.missioncj.curriculum.api.dto.PlanVersion;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A participant's recovery and treatment plan; its ETag is the current version. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + PlanResource.OPENAPI})
@Path("curriculum/participants/{participantId}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {
    static final String OPENAPI = "/openapi/plan.yaml";

    private final PlanService plans;

    @Activate
    public PlanResource(@Reference PlanService plans) {
        this.plans = plans;
    }

    @POST
    public Response create(@Context SecurityContext sc, @PathParam("participantId") String participantId, Plan input) {
        Plan p = plans.create(RestSupport.actor(sc), participantId, input);
        return Response.created(URI.create(location(participantId))).tag(RestSupport.etag(p.version)).entity(p).build();
    }

    @PUT
    public Response revise(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Plan input) {
        Plan p = plans.revise(RestSupport.actor(sc), participantId, RestSupport.expectedVersion(ifMatch), input);
        return Response.ok(p).tag(RestSupport.etag(p.version)).build();
    }

    @GET
    public Response get(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("version") String version) {
        Integer v = RestSupport.integer("version", version);
        Plan p = v == null ? plans.current(RestSupport.actor(sc), participantId)
                : plans.version(RestSupport.actor(sc), participantId, v);
        Response.ResponseBuilder r = Response.ok(p);
        // only the current version is one to revise on
        return (p.current ? r.tag(RestSupport.etag(p.version)) : r).build();
    }

    @GET
    @Path("versions")
    public Page<PlanVersion> versions(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return plans.versions(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @POST
    @Path("reviews")
    public Response review(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Plan input) {
        Plan p = plans.review(RestSupport.actor(sc), participantId, RestSupport.expectedVersion(ifMatch), input);
        return Response.created(URI.create(location(participantId) + "?version=" + p.version))
                .tag(RestSupport.etag(p.version)).entity(p).build();
    }

    @GET
    @Path("status")
    public PlanStatus status(@Context SecurityContext sc, @PathParam("participantId") String participantId) {
        return plans.status(RestSupport.actor(sc), participantId);
    }

    private static String location(String participantId) {
        return "curriculum/participants/" + participantId + "/plan";
    }
}
