package org.missioncj.adapter.runtime.rest;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.adapter.api.Outbox;
import org.missioncj.adapter.api.dto.OutboundMessage;
import org.missioncj.adapter.api.dto.OutboundRequest;
import org.missioncj.adapter.api.dto.OutboxSearch;
import org.missioncj.adapter.api.dto.OutboxState;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + InboxResource.OPENAPI})
@Path("adapters/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutboxResource {
    private final Outbox outbox;

    @Activate
    public OutboxResource(@Reference Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    public Response send(@Context SecurityContext sc, OutboundRequest request) {
        OutboundMessage m = outbox.send(RestSupport.actor(sc), request);
        return Response.created(URI.create("adapters/outbox/" + m.id)).entity(m).build();
    }

    @GET
    public Page<OutboundMessage> list(@Context SecurityContext sc, @QueryParam("state") String state,
            @QueryParam("system") String system, @QueryParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return outbox.list(RestSupport.actor(sc), new OutboxSearch(RestSupport.enumeration("state", OutboxState.class, state),
                system, participantId), RestSupport.page(page, size));
    }

    @GET
    @Path("{id}")
    public OutboundMessage get(@Context SecurityContext sc, @PathParam("id") String id) {
        return outbox.get(RestSupport.actor(sc), id);
    }

    @POST
    @Path("{id}/replay")
    public OutboundMessage replay(@Context SecurityContext sc, @PathParam("id") String id) {
        return outbox.replay(RestSupport.actor(sc), id);
    }
}
