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
import org.missioncj.peer.api.dto.PeerSessionEntry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A participant's peer-led history and progress. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + PeerGroupResource.OPENAPI})
@Path("peer/participants")
@Produces(MediaType.APPLICATION_JSON)
public class PeerParticipantResource {
    private final PeerSessionService sessions;

    @Activate
    public PeerParticipantResource(@Reference PeerSessionService sessions) {
        this.sessions = sessions;
    }

    @GET
    @Path("{participantId}/sessions")
    public Page<PeerSessionEntry> history(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return sessions.history(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @GET
    @Path("{participantId}/progress")
    public PeerProgress progress(@Context SecurityContext sc, @PathParam("participantId") String participantId) {
        return sessions.progress(RestSupport.actor(sc), participantId);
    }
}
