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

import org.missioncj.consent.api.RestrictionService;
import org.missioncj.consent.api.dto.ConsentEnd;
import org.missioncj.consent.api.dto.ConsentRestriction;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A participant's requests to restrict disclosures (42 CFR §2.26). */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + ConsentResource.OPENAPI})
@Path("restrictions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RestrictionResource {
    private final RestrictionService restrictions;

    @Activate
    public RestrictionResource(@Reference RestrictionService restrictions) {
        this.restrictions = restrictions;
    }

    @POST
    public Response create(@Context SecurityContext sc, ConsentRestriction input) {
        ConsentRestriction r = restrictions.create(RestSupport.actor(sc), input);
        return Response.created(URI.create("restrictions/" + r.id)).entity(r).build();
    }

    @GET
    public Page<ConsentRestriction> list(@Context SecurityContext sc, @QueryParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return restrictions.list(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @GET
    @Path("{id}")
    public ConsentRestriction get(@Context SecurityContext sc, @PathParam("id") String id) {
        return restrictions.get(RestSupport.actor(sc), id);
    }

    @POST
    @Path("{id}/end")
    public ConsentRestriction end(@Context SecurityContext sc, @PathParam("id") String id, ConsentEnd end) {
        return restrictions.end(RestSupport.actor(sc), id, end);
    }
}
