package org.missioncj.peer.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.peer.api.PeerMeetingService;
import org.missioncj.peer.api.dto.GroupMeeting;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + PeerGroupResource.OPENAPI})
@Path("peer/meetings")
@Produces(MediaType.APPLICATION_JSON)
public class PeerMeetingResource {
    private final PeerMeetingService meetings;

    @Activate
    public PeerMeetingResource(@Reference PeerMeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @Path("{id}")
    public GroupMeeting get(@Context SecurityContext sc, @PathParam("id") String id) {
        return meetings.get(RestSupport.actor(sc), id);
    }
}
