package org.missioncj.adapter.runtime.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.adapter.api.CourtCalendar;
import org.missioncj.adapter.api.dto.CourtEvent;
import org.missioncj.adapter.api.dto.Hearing;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + InboxResource.OPENAPI})
@Path("adapters")
@Produces(MediaType.APPLICATION_JSON)
public class CourtCalendarResource {
    private final CourtCalendar calendar;

    @Activate
    public CourtCalendarResource(@Reference CourtCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @Path("participants/{participantId}/hearings")
    public Page<Hearing> hearings(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return calendar.hearings(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @GET
    @Path("participants/{participantId}/court-events")
    public Page<CourtEvent> events(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return calendar.events(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @GET
    @Path("teams/{teamId}/hearings")
    public Page<Hearing> upcoming(@Context SecurityContext sc, @PathParam("teamId") String teamId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return calendar.upcoming(RestSupport.actor(sc), teamId, RestSupport.page(page, size));
    }
}
