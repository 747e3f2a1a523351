package org.missioncj.peer.rest;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.peer.api.PeerSessionService;
import org.missioncj.peer.api.dto.PeerSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Individual peer-led sessions. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + PeerGroupResource.OPENAPI})
@Path("peer/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeerSessionResource {
    private final PeerSessionService sessions;

    @Activate
    public PeerSessionResource(@Reference PeerSessionService sessions) {
        this.sessions = sessions;
    }

    @POST
    public Response record(@Context SecurityContext sc, PeerSession input) {
        PeerSession s = sessions.record(RestSupport.actor(sc), input);
        return Response.created(URI.create("peer/sessions/" + s.id)).entity(s).build();
    }

    @GET
    @Path("{id}")
    public PeerSession get(@Context SecurityContext sc, @PathParam("id") String id) {
        return sessions.get(RestSupport.actor(sc), id);
    }
}
