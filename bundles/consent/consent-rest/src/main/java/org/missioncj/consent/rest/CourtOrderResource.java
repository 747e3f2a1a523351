package org.missioncj.consent.rest;

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

import org.missioncj.consent.api.CourtOrderService;
import org.missioncj.consent.api.dto.CourtOrder;
import org.missioncj.consent.api.dto.CourtOrderDecision;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + ConsentResource.OPENAPI})
@Path("court-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourtOrderResource {
    private final CourtOrderService orders;

    @Activate
    public CourtOrderResource(@Reference CourtOrderService orders) {
        this.orders = orders;
    }

    @POST
    public Response create(@Context SecurityContext sc, CourtOrder input) {
        CourtOrder o = orders.create(RestSupport.actor(sc), input);
        return Response.created(URI.create("court-orders/" + o.id)).entity(o).build();
    }

    @GET
    public Page<CourtOrder> list(@Context SecurityContext sc, @QueryParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return orders.list(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @GET
    @Path("{id}")
    public CourtOrder get(@Context SecurityContext sc, @PathParam("id") String id) {
        return orders.get(RestSupport.actor(sc), id);
    }

    /** A second person's approval (or rejection) of the recorded order. */
    @POST
    @Path("{id}/decision")
    public CourtOrder decide(@Context SecurityContext sc, @PathParam("id") String id, CourtOrderDecision decision) {
        return orders.decide(RestSupport.actor(sc), id, decision);
    }
}
