package org.missioncj.registry.rest;

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
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.dto.Caseload;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.api.dto.TeamSearch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + RegistryRest.OPENAPI})
@Path("teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {
    private final TeamService teams;

    @Activate
    public TeamResource(@Reference TeamService teams) {
        this.teams = teams;
    }

    @POST
    public Response create(@Context SecurityContext sc, Team input) {
        Team t = teams.create(RestSupport.actor(sc), input);
        return Response.created(URI.create("teams/" + t.id)).tag(RestSupport.etag(t.version)).entity(t).build();
    }

    @GET
    public Page<Team> list(@Context SecurityContext sc, @QueryParam("site") String site,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return teams.list(RestSupport.actor(sc), new TeamSearch(site), RestSupport.page(page, size));
    }

    @GET
    @Path("{id}")
    public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
        Team t = teams.get(RestSupport.actor(sc), id);
        return Response.ok(t).tag(RestSupport.etag(t.version)).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Team input) {
        Team t = teams.update(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), input);
        return Response.ok(t).tag(RestSupport.etag(t.version)).build();
    }

    @GET
    @Path("{id}/caseload")
    public Caseload caseload(@Context SecurityContext sc, @PathParam("id") String id) {
        return teams.caseload(RestSupport.actor(sc), id);
    }
}
