package org.missioncj.drt.rest;

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
import org.missioncj.drt.api.DrtProgressService;
import org.missioncj.drt.api.DrtSessionService;
import org.missioncj.drt.api.dto.DrtProgress;
import org.missioncj.drt.api.dto.DrtSession;
import org.missioncj.drt.api.dto.SessionGap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + DrtSessionResource.OPENAPI})
@Path("drt")
@Produces(MediaType.APPLICATION_JSON)
public class DrtProgressResource {
    private final DrtSessionService sessions;
    private final DrtProgressService progress;

    @Activate
    public DrtProgressResource(@Reference DrtSessionService sessions, @Reference DrtProgressService progress) {
        this.sessions = sessions;
        this.progress = progress;
    }

    @GET
    @Path("participants/{participantId}/sessions")
    public Page<DrtSession> sessions(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return sessions.list(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @GET
    @Path("participants/{participantId}/progress")
    public DrtProgress progress(@Context SecurityContext sc, @PathParam("participantId") String participantId) {
        return progress.progress(RestSupport.actor(sc), participantId);
    }

    @GET
    @Path("teams/{teamId}/progress")
    public Page<DrtProgress> team(@Context SecurityContext sc, @PathParam("teamId") String teamId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return progress.team(RestSupport.actor(sc), teamId, RestSupport.page(page, size));
    }

    @GET
    @Path("sites/{site}/without-recent-session")
    public Page<SessionGap> withoutRecentSession(@Context SecurityContext sc, @PathParam("site") String site,
            @QueryParam("days") String days, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("after") String after) {
        return progress.withoutRecentSession(RestSupport.actor(sc), site, RestSupport.integer("days", days),
                RestSupport.page(page, size, after));
    }
}
