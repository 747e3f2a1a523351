package org.missioncj.adapter.runtime.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.adapter.api.Inbox;
import org.missioncj.adapter.api.dto.InboxEntry;
import org.missioncj.adapter.api.dto.InboxSearch;
import org.missioncj.adapter.api.dto.InboxState;
import org.missioncj.adapter.api.dto.ReviewDecision;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + InboxResource.OPENAPI})
@Path("adapters/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InboxResource {
    static final String OPENAPI = "/openapi/adapter.yaml";

    private final Inbox inbox;

    @Activate
    public InboxResource(@Reference Inbox inbox) {
        this.inbox = inbox;
    }

    @GET
    public Page<InboxEntry> list(@Context SecurityContext sc, @QueryParam("state") String state,
            @QueryParam("sourceSystem") String sourceSystem, @QueryParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        InboxState s = state == null ? InboxState.REVIEW
                : "ALL".equals(state) ? null : RestSupport.enumeration("state", InboxState.class, state);
        return inbox.list(RestSupport.actor(sc), new InboxSearch(s, sourceSystem, participantId),
                RestSupport.page(page, size));
    }

    @GET
    @Path("{id}")
    public InboxEntry get(@Context SecurityContext sc, @PathParam("id") String id) {
        return inbox.get(RestSupport.actor(sc), id);
    }

    @POST
    @Path("{id}/link")
    public InboxEntry link(@Context SecurityContext sc, @PathParam("id") String id, ReviewDecision decision) {
        return inbox.link(RestSupport.actor(sc), id, decision);
    }

    @POST
    @Path("{id}/dismiss")
    public InboxEntry dismiss(@Context SecurityContext sc, @PathParam("id") String id, ReviewDecision decision) {
        return inbox.dismiss(RestSupport.actor(sc), id, decision);
    }
}
