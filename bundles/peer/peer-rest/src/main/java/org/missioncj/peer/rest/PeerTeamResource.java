package org.missioncj.peer.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.peer.api.PeerSessionService;
import org.missioncj.peer.api.dto.PeerProgress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A team's peer-session progress. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + PeerGroupResource.OPENAPI})
@Path("peer/teams")
@Produces(MediaType.APPLICATION_JSON)
public class PeerTeamResource {
    private final PeerSessionService sessions;

    @Activate
    public PeerTeamResource(@Reference PeerSessionService sessions) {
        this.sessions = sessions;
    }

    @GET
    @Path("{teamId}/progress")
    public Page<PeerProgress> progress(@Context SecurityContext sc, @PathParam("teamId") String teamId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return sessions.teamProgress(RestSupport.actor(sc), teamId, RestSupport.page(page, size));
    }
}
