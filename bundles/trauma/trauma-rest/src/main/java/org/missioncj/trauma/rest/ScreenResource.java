package org.missioncj.trauma.rest;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.missioncj.trauma.api.AlertService;
import org.missioncj.trauma.api.PreferenceService;
import org.missioncj.trauma.api.ScreeningService;
import org.missioncj.trauma.api.dto.Acknowledgement;
import org.missioncj.trauma.api.dto.Alert;
import org.missioncj.trauma.api.dto.AlertStatus;
import org.missioncj.trauma.api.dto.RescreenDue;
import org.missioncj.trauma.api.dto.Screen;
import org.missioncj.trauma.api.dto.TraumaPreferences;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Screens, safety alerts, rescreens and trauma-informed preferences. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + InstrumentResource.OPENAPI})
@Path("trauma")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScreenResource {
    private final ScreeningService screens;
    private final AlertService alerts;
    private final PreferenceService preferences;

    @Activate
    public ScreenResource(@Reference ScreeningService screens, @Reference AlertService alerts,
            @Reference PreferenceService preferences) {
        this.screens = screens;
        this.alerts = alerts;
        this.preferences = preferences;
    }

    @POST
    @Path("screens")
    public Response record(@Context SecurityContext sc, Screen input) {
        Screen s = screens.record(RestSupport.actor(sc), input);
        return Response.created(URI.create("trauma/screens/" + s.id)).tag(RestSupport.etag(s.version)).entity(s).build();
    }

    @GET
    @Path("screens/{id}")
    public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
        Screen s = screens.get(RestSupport.actor(sc), id);
        return Response.ok(s).tag(RestSupport.etag(s.version)).build();
    }

    @GET
    @Path("screens/{id}/questionnaire-response")
    @Produces({InstrumentResource.FHIR_JSON, MediaType.APPLICATION_JSON})
    public ObjectNode questionnaireResponse(@Context SecurityContext sc, @PathParam("id") String id) {
        return screens.questionnaireResponse(RestSupport.actor(sc), id);
    }

    @GET
    @Path("participants/{participantId}/screens")
    public Page<Screen> list(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return screens.list(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @GET
    @Path("participants/{participantId}/preferences")
    public Response preferences(@Context SecurityContext sc, @PathParam("participantId") String participantId) {
        TraumaPreferences p = preferences.get(RestSupport.actor(sc), participantId);
        return Response.ok(p).tag(RestSupport.etag(p.version)).build();
    }

    @PUT
    @Path("participants/{participantId}/preferences")
    public Response setPreferences(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TraumaPreferences input) {
        TraumaPreferences p = preferences.set(RestSupport.actor(sc), participantId, RestSupport.expectedVersion(ifMatch),
                input);
        return Response.ok(p).tag(RestSupport.etag(p.version)).build();
    }

    @GET
    @Path("teams/{teamId}/rescreens-due")
    public Page<RescreenDue> rescreensDue(@Context SecurityContext sc, @PathParam("teamId") String teamId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return screens.rescreensDue(RestSupport.actor(sc), teamId, RestSupport.page(page, size));
    }

    @GET
    @Path("teams/{teamId}/alerts")
    public Page<Alert> teamAlerts(@Context SecurityContext sc, @PathParam("teamId") String teamId,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        return alerts.team(RestSupport.actor(sc), teamId, RestSupport.enumeration("status", AlertStatus.class, status),
                RestSupport.page(page, size));
    }

    @GET
    @Path("sites/{site}/alerts")
    public Page<Alert> siteAlerts(@Context SecurityContext sc, @PathParam("site") String site,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        return alerts.site(RestSupport.actor(sc), site, RestSupport.enumeration("status", AlertStatus.class, status),
                RestSupport.page(page, size));
    }

    @GET
    @Path("alerts/{id}")
    public Response alert(@Context SecurityContext sc, @PathParam("id") String id) {
        Alert a = alerts.get(RestSupport.actor(sc), id);
        return Response.ok(a).tag(RestSupport.etag(a.version)).build();
    }

    @PUT
    @Path("alerts/{id}/acknowledgement")
    public Response acknowledge(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Acknowledgement acknowledgement) {
        Alert a = alerts.acknowledge(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), acknowledgement);
        return Response.ok(a).tag(RestSupport.etag(a.version)).build();
    }
}
