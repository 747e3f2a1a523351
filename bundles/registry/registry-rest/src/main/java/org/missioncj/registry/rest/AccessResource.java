package org.missioncj.registry.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.dto.BreakGlassAccess;
import org.missioncj.registry.api.dto.BreakGlassSearch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Break the glass: open a participant outside one's caseload with a reason; supervisors review the grants. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + RegistryRest.OPENAPI})
@Path("access")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessResource {
    private final CaseloadAccess access;

    @Activate
    public AccessResource(@Reference CaseloadAccess access) {
        this.access = access;
    }

    @POST
    @Path("break-glass")
    public Response breakGlass(@Context SecurityContext sc, BreakGlassAccess input) {
        BreakGlassAccess in = input == null ? new BreakGlassAccess() : input;
        BreakGlassAccess g = access.breakGlass(RestSupport.actor(sc), in.participantId, in.reason);
        return Response.status(Response.Status.CREATED).entity(g).build();
    }

    @GET
    @Path("break-glass")
    public Page<BreakGlassAccess> review(@Context SecurityContext sc, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("username") String username,
            @QueryParam("participantId") String participantId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        BreakGlassSearch q = new BreakGlassSearch();
        q.from = RestSupport.date("from", from);
        q.to = RestSupport.date("to", to);
        q.username = username;
        q.participantId = participantId;
        return access.breakGlassAccesses(RestSupport.actor(sc), q, RestSupport.page(page, size));
    }
}
