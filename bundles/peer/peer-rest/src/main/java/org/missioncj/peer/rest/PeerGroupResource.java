package org.missioncj.peer.rest;

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
import org.missioncj.peer.api.PeerGroupService;
import org.missioncj.peer.api.PeerMeetingService;
import org.missioncj.peer.api.dto.Assent;
import org.missioncj.peer.api.dto.ComfortAgreement;
import org.missioncj.peer.api.dto.GroupMeeting;
import org.missioncj.peer.api.dto.GroupMember;
import org.missioncj.peer.api.dto.PeerGroup;
import org.missioncj.peer.api.dto.PeerGroupSearch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Peer groups, their rosters, comfort agreements and meetings. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + PeerGroupResource.OPENAPI})
@Path("peer/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeerGroupResource {
    static final String OPENAPI = "/openapi/peer.yaml";

    private final PeerGroupService groups;
    private final PeerMeetingService meetings;

    @Activate
    public PeerGroupResource(@Reference PeerGroupService groups, @Reference PeerMeetingService meetings) {
        this.groups = groups;
        this.meetings = meetings;
    }

    @POST
    public Response create(@Context SecurityContext sc, PeerGroup input) {
        PeerGroup g = groups.create(RestSupport.actor(sc), input);
        return Response.created(URI.create("peer/groups/" + g.id)).tag(RestSupport.etag(g.version)).entity(g).build();
    }

    @GET
    public Page<PeerGroup> list(@Context SecurityContext sc, @QueryParam("site") String site,
            @QueryParam("facilitatorId") String facilitatorId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return groups.list(RestSupport.actor(sc), new PeerGroupSearch(site, facilitatorId), RestSupport.page(page, size));
    }

    @GET
    @Path("{id}")
    public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
        PeerGroup g = groups.get(RestSupport.actor(sc), id);
        return Response.ok(g).tag(RestSupport.etag(g.version)).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PeerGroup input) {
        PeerGroup g = groups.update(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), input);
        return Response.ok(g).tag(RestSupport.etag(g.version)).build();
    }

    @POST
    @Path("{id}/members")
    public Response join(@Context SecurityContext sc, @PathParam("id") String id, GroupMember input) {
        GroupMember m = groups.join(RestSupport.actor(sc), id, input);
        return Response.created(URI.create("peer/memberships/" + m.id)).entity(m).build();
    }

    @POST
    @Path("{id}/comfort-agreements")
    public Response writeAgreement(@Context SecurityContext sc, @PathParam("id") String id, ComfortAgreement input) {
        ComfortAgreement a = groups.writeAgreement(RestSupport.actor(sc), id, input);
        return Response.created(URI.create("peer/groups/" + id + "/comfort-agreements")).entity(a).build();
    }

    @GET
    @Path("{id}/comfort-agreements")
    public List<ComfortAgreement> agreements(@Context SecurityContext sc, @PathParam("id") String id) {
        return groups.agreements(RestSupport.actor(sc), id);
    }

    @POST
    @Path("{id}/assents")
    public Response agree(@Context SecurityContext sc, @PathParam("id") String id, Assent input) {
        GroupMember m = groups.agree(RestSupport.actor(sc), id, input);
        return Response.created(URI.create("peer/groups/" + id + "/comfort-agreements")).entity(m).build();
    }

    @POST
    @Path("{id}/meetings")
    public Response record(@Context SecurityContext sc, @PathParam("id") String id, GroupMeeting input) {
        GroupMeeting x = meetings.record(RestSupport.actor(sc), id, input);
        return Response.created(URI.create("peer/meetings/" + x.id)).entity(x).build();
    }

    @GET
    @Path("{id}/meetings")
    public Page<GroupMeeting> meetings(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return meetings.list(RestSupport.actor(sc), id, RestSupport.page(page, size));
    }
}
