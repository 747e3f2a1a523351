package org.missioncj.curriculum.rest;

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

import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.curriculum.api.PlanService;
import org.missioncj.curriculum.api.dto.GoalNote;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Progress notes on a plan's goal, by the goal's id (stable across the plan's versions). */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + PlanResource.OPENAPI})
@Path("curriculum/plan-goals/{goalId}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanGoalNoteResource {
    private final PlanService plans;

    @Activate
    public PlanGoalNoteResource(@Reference PlanService plans) {
        this.plans = plans;
    }

    @POST
    public Response add(@Context SecurityContext sc, @PathParam("goalId") String goalId, GoalNote input) {
        return Response.status(Response.Status.CREATED).entity(plans.addNote(RestSupport.actor(sc), goalId, input))
                .build();
    }

    @GET
    public Page<GoalNote> list(@Context SecurityContext sc, @PathParam("goalId") String goalId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return plans.notes(RestSupport.actor(sc), goalId, RestSupport.page(page, size));
    }
}
