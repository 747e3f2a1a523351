package org.missioncj.curriculum.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.curriculum.api.PlanService;
import org.missioncj.curriculum.api.dto.PlanStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The team's participants whose plan is due to be written or reviewed. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + PlanResource.OPENAPI})
@Path("curriculum/teams/{teamId}/plan-reviews-due")
@Produces(MediaType.APPLICATION_JSON)
public class PlanReviewsDueResource {
    private final PlanService plans;

    @Activate
    public PlanReviewsDueResource(@Reference PlanService plans) {
        this.plans = plans;
    }

    @GET
    public Page<PlanStatus> list(@Context SecurityContext sc, @PathParam("teamId") String teamId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return plans.reviewsDue(RestSupport.actor(sc), teamId, RestSupport.page(page, size));
    }
}
