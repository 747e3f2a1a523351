package org.missioncj.peer.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.peer.api.PeerGroupService;
import org.missioncj.peer.api.dto.GroupMember;
import org.missioncj.peer.api.dto.Leaving;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A membership of a group, by its id: leaving. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + PeerGroupResource.OPENAPI})
@Path("peer/memberships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeerMembershipResource {
    private final PeerGroupService groups;

    @Activate
    public PeerMembershipResource(@Reference PeerGroupService groups) {
        this.groups = groups;
    }

    @POST
    @Path("{id}/leave")
    public GroupMember leave(@Context SecurityContext sc, @PathParam("id") String id, Leaving input) {
        return groups.leave(RestSupport.actor(sc), id, input);
    }
}
