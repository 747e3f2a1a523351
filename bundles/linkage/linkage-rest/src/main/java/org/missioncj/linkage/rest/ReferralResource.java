package org.missioncj.linkage.rest;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
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
import org.missioncj.linkage.api.ReferralService;
import org.missioncj.linkage.api.dto.Referral;
import org.missioncj.linkage.api.dto.ReferralFollowUp;
import org.missioncj.linkage.api.dto.ReferralStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Closed-loop referrals: make one, record its steps, and the team's late ones. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + DirectoryResource.OPENAPI})
@Path("linkage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {
    private final ReferralService referrals;

    @Activate
    public ReferralResource(@Reference ReferralService referrals) {
        this.referrals = referrals;
    }

    @POST
    @Path("referrals")
    public Response create(@Context SecurityContext sc, Referral input) {
        Referral r = referrals.create(RestSupport.actor(sc), input);
        return Response.created(URI.create("linkage/referrals/" + r.id)).tag(RestSupport.etag(r.version)).entity(r)
                .build();
    }

    @GET
    @Path("referrals/{id}")
    public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
        Referral r = referrals.get(RestSupport.actor(sc), id);
        return Response.ok(r).tag(RestSupport.etag(r.version)).build();
    }

    @POST
    @Path("referrals/{id}/steps")
    public Response move(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReferralStep step) {
        Referral r = referrals.move(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), step);
        return Response.ok(r).tag(RestSupport.etag(r.version)).build();
    }

    @GET
    @Path("participants/{participantId}/referrals")
    public Page<Referral> list(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return referrals.list(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @GET
    @Path("teams/{teamId}/referral-follow-ups")
    public Page<ReferralFollowUp> followUps(@Context SecurityContext sc, @PathParam("teamId") String teamId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return referrals.followUps(RestSupport.actor(sc), teamId, RestSupport.page(page, size));
    }
}
