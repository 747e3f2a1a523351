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

import org.missioncj.consent.api.ConsentService;
import org.missioncj.consent.api.dto.ConsentDirective;
import org.missioncj.consent.api.dto.ConsentEnd;
import org.missioncj.consent.api.dto.ConsentRevocation;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + ConsentResource.OPENAPI})
@Path("consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {
    static final String OPENAPI = "/openapi/consent.yaml";

    private final ConsentService consents;

    @Activate
    public ConsentResource(@Reference ConsentService consents) {
        this.consents = consents;
    }

    @POST
    public Response create(@Context SecurityContext sc, ConsentDirective input) {
        ConsentDirective c = consents.create(RestSupport.actor(sc), input);
        return Response.created(URI.create("consents/" + c.id)).tag(RestSupport.etag(c.version)).entity(c).build();
    }

    @GET
    public Page<ConsentDirective> list(@Context SecurityContext sc, @QueryParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return consents.list(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @GET
    @Path("{id}")
    public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
        ConsentDirective c = consents.get(RestSupport.actor(sc), id);
        return Response.ok(c).tag(RestSupport.etag(c.version)).build();
    }

    @POST
    @Path("{id}/revocation")
    public Response revoke(@Context SecurityContext sc, @PathParam("id") String id, ConsentRevocation revocation) {
        ConsentDirective c = consents.revoke(RestSupport.actor(sc), id, revocation);
        return Response.ok(c).tag(RestSupport.etag(c.version)).build();
    }

    @POST
    @Path("{id}/end")
    public Response end(@Context SecurityContext sc, @PathParam("id") String id, ConsentEnd end) {
        ConsentDirective c = consents.recordEnd(RestSupport.actor(sc), id, end);
        return Response.ok(c).tag(RestSupport.etag(c.version)).build();
    }

    @POST
    @Path("{id}/revocability-event")
    public Response revocable(@Context SecurityContext sc, @PathParam("id") String id, ConsentEnd event) {
        ConsentDirective c = consents.recordRevocabilityEvent(RestSupport.actor(sc), id, event);
        return Response.ok(c).tag(RestSupport.etag(c.version)).build();
    }
}
