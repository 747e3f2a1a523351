package org.missioncj.cti.rest;

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
import org.missioncj.cti.api.ScheduleService;
import org.missioncj.cti.api.dto.ContactSchedule;
import org.missioncj.cti.api.dto.OverdueParticipant;
import org.missioncj.cti.api.dto.PhaseDistribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + ContactResource.OPENAPI})
@Path("cti")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {
    private final ScheduleService schedules;

    @Activate
    public ScheduleResource(@Reference ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GET
    @Path("participants/{id}/schedule")
    public ContactSchedule schedule(@Context SecurityContext sc, @PathParam("id") String participantId) {
        return schedules.schedule(RestSupport.actor(sc), participantId);
    }

    @GET
    @Path("teams/{id}/overdue")
    public Page<OverdueParticipant> overdue(@Context SecurityContext sc, @PathParam("id") String teamId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return schedules.overdue(RestSupport.actor(sc), teamId, RestSupport.page(page, size));
    }

    @GET
    @Path("sites/{site}/phases")
    public PhaseDistribution phases(@Context SecurityContext sc, @PathParam("site") String site) {
        return schedules.phases(RestSupport.actor(sc), site);
    }
}
