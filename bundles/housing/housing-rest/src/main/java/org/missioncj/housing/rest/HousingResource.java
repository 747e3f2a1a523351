package org.missioncj.housing.rest;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.housing.api.NeedsService;
import org.missioncj.housing.api.PlacementService;
import org.missioncj.housing.api.TimelineService;
import org.missioncj.housing.api.dto.Application;
import org.missioncj.housing.api.dto.Assessment;
import org.missioncj.housing.api.dto.Budget;
import org.missioncj.housing.api.dto.HousingContact;
import org.missioncj.housing.api.dto.Landlord;
import org.missioncj.housing.api.dto.LandlordConflict;
import org.missioncj.housing.api.dto.Nights;
import org.missioncj.housing.api.dto.Placement;
import org.missioncj.housing.api.dto.StatusPeriod;
import org.missioncj.housing.api.dto.TeamParticipant;
import org.missioncj.housing.api.dto.Unit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Housing first: a participant's housing timeline and nights, needs assessment and budget, the site's landlords and
 * units, applications, placements, landlord conflicts and housing contacts, and the team's view. One resource for
 * the module's one root path ({@code housing}), as trauma's {@code ScreenResource} is for {@code trauma}.
 */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + HousingResource.OPENAPI})
@Path("housing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HousingResource {
    static final String OPENAPI = "/openapi/housing.yaml";
    /** A create has no version to be based on. */
    private static final long NEW = PreconditionRequiredException.MISSING_VERSION;

    private final TimelineService timeline;
    private final NeedsService needs;
    private final PlacementService placements;

    @Activate
    public HousingResource(@Reference TimelineService timeline, @Reference NeedsService needs,
            @Reference PlacementService placements) {
        this.timeline = timeline;
        this.needs = needs;
        this.placements = placements;
    }

    // The participant's timeline

    @GET
    @Path("participants/{participantId}/statuses")
    public Page<StatusPeriod> statuses(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return timeline.list(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @POST
    @Path("participants/{participantId}/statuses")
    public Response recordStatus(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            StatusPeriod input) {
        StatusPeriod p = timeline.record(RestSupport.actor(sc), participantId, input);
        return created("housing/statuses/" + p.id, p.version, p);
    }

    // A change to one record has one path parameter, its id: the access matrix calls it on the record itself.

    @PUT
    @Path("statuses/{id}")
    public Response correctStatus(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, StatusPeriod input) {
        StatusPeriod p = timeline.correct(RestSupport.actor(sc), null, id, RestSupport.expectedVersion(ifMatch), input);
        return tagged(p, p.version);
    }

    @DELETE
    @Path("statuses/{id}")
    public Response deleteStatus(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        timeline.delete(RestSupport.actor(sc), null, id, RestSupport.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("participants/{participantId}/nights")
    public Nights nights(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        // a missing from or to reaches the service as null: its 400 comes after the access check, never before a 403
        return timeline.nights(RestSupport.actor(sc), participantId, RestSupport.date("from", from),
                RestSupport.date("to", to));
    }

    @GET
    @Path("sites/{site}/nights")
    public Nights siteNights(@Context SecurityContext sc, @PathParam("site") String site,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return timeline.siteNights(RestSupport.actor(sc), site, RestSupport.date("from", from),
                RestSupport.date("to", to));
    }

    // Needs: the assessment and the budget, versioned; the first save has no If-Match

    @GET
    @Path("participants/{participantId}/assessment")
    public Response assessment(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("version") String version) {
        Integer v = version(version);
        Assessment a = needs.assessment(RestSupport.actor(sc), participantId, v == null ? 0 : v);
        return asked(a, v, a.version);
    }

    @PUT
    @Path("participants/{participantId}/assessment")
    public Response saveAssessment(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Assessment input) {
        Assessment a = needs.saveAssessment(RestSupport.actor(sc), participantId, RestSupport.expectedVersion(ifMatch),
                input);
        return tagged(a, a.version);
    }

    @GET
    @Path("participants/{participantId}/budget")
    public Response budget(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("version") String version) {
        Integer v = version(version);
        Budget b = needs.budget(RestSupport.actor(sc), participantId, v == null ? 0 : v);
        return asked(b, v, b.version);
    }

    @PUT
    @Path("participants/{participantId}/budget")
    public Response saveBudget(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Budget input) {
        Budget b = needs.saveBudget(RestSupport.actor(sc), participantId, RestSupport.expectedVersion(ifMatch), input);
        return tagged(b, b.version);
    }

    // The site's landlords and units

    @GET
    @Path("sites/{site}/landlords")
    public Page<Landlord> landlords(@Context SecurityContext sc, @PathParam("site") String site,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return placements.landlords(RestSupport.actor(sc), site, RestSupport.page(page, size));
    }

    @POST
    @Path("sites/{site}/landlords")
    public Response createLandlord(@Context SecurityContext sc, @PathParam("site") String site, Landlord input) {
        if (input != null) {
            input.site = pathSite(site, input.site);
        }
        Landlord l = placements.saveLandlord(RestSupport.actor(sc), null, NEW, input);
        return created("housing/landlords/" + l.id, l.version, l);
    }

    @GET
    @Path("landlords/{id}")
    public Response landlord(@Context SecurityContext sc, @PathParam("id") String id) {
        Landlord l = placements.landlord(RestSupport.actor(sc), id);
        return tagged(l, l.version);
    }

    @PUT
    @Path("landlords/{id}")
    public Response updateLandlord(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Landlord input) {
        Landlord l = placements.saveLandlord(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), input);
        return tagged(l, l.version);
    }

    @GET
    @Path("sites/{site}/units")
    public Page<Unit> units(@Context SecurityContext sc, @PathParam("site") String site,
            @QueryParam("available") String available, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        boolean availableOnly = Boolean.TRUE.equals(RestSupport.bool("available", available));
        return placements.units(RestSupport.actor(sc), site, availableOnly, RestSupport.page(page, size));
    }

    @POST
    @Path("sites/{site}/units")
    public Response createUnit(@Context SecurityContext sc, @PathParam("site") String site, Unit input) {
        if (input != null) {
            input.site = pathSite(site, input.site);
        }
        Unit u = placements.saveUnit(RestSupport.actor(sc), null, NEW, input);
        return created("housing/units/" + u.id, u.version, u);
    }

    @GET
    @Path("units/{id}")
    public Response unit(@Context SecurityContext sc, @PathParam("id") String id) {
        Unit u = placements.unit(RestSupport.actor(sc), id);
        return tagged(u, u.version);
    }

    @PUT
    @Path("units/{id}")
    public Response updateUnit(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Unit input) {
        Unit u = placements.saveUnit(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), input);
        return tagged(u, u.version);
    }

    // Applications, placements, landlord conflicts and contacts

    @GET
    @Path("participants/{participantId}/applications")
    public Page<Application> applications(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return placements.applications(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @POST
    @Path("participants/{participantId}/applications")
    public Response createApplication(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            Application input) {
        Application a = placements.saveApplication(RestSupport.actor(sc), participantId, null, NEW, input);
        return created("housing/applications/" + a.id, a.version, a);
    }

    @PUT
    @Path("applications/{id}")
    public Response updateApplication(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Application input) {
        Application a = placements.saveApplication(RestSupport.actor(sc), null, id,
                RestSupport.expectedVersion(ifMatch), input);
        return tagged(a, a.version);
    }

    @GET
    @Path("participants/{participantId}/placements")
    public Page<Placement> listPlacements(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return placements.placements(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @POST
    @Path("participants/{participantId}/placements")
    public Response createPlacement(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            Placement input) {
        Placement p = placements.savePlacement(RestSupport.actor(sc), participantId, null, NEW, input);
        return created("housing/placements/" + p.id, p.version, p);
    }

    @GET
    @Path("placements/{id}")
    public Response placement(@Context SecurityContext sc, @PathParam("id") String id) {
        Placement p = placements.placement(RestSupport.actor(sc), id);
        return tagged(p, p.version);
    }

    @PUT
    @Path("placements/{id}")
    public Response updatePlacement(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Placement input) {
        Placement p = placements.savePlacement(RestSupport.actor(sc), null, id, RestSupport.expectedVersion(ifMatch),
                input);
        return tagged(p, p.version);
    }

    @GET
    @Path("placements/{placementId}/conflicts")
    public Page<LandlordConflict> conflicts(@Context SecurityContext sc, @PathParam("placementId") String placementId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return placements.conflicts(RestSupport.actor(sc), placementId, RestSupport.page(page, size));
    }

    @POST
    @Path("placements/{placementId}/conflicts")
    public Response createConflict(@Context SecurityContext sc, @PathParam("placementId") String placementId,
            LandlordConflict input) {
        LandlordConflict c = placements.saveConflict(RestSupport.actor(sc), placementId, null, NEW, input);
        return created("housing/conflicts/" + c.id, c.version, c);
    }

    @PUT
    @Path("conflicts/{id}")
    public Response updateConflict(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LandlordConflict input) {
        LandlordConflict c = placements.saveConflict(RestSupport.actor(sc), null, id,
                RestSupport.expectedVersion(ifMatch), input);
        return tagged(c, c.version);
    }

    @GET
    @Path("participants/{participantId}/contacts")
    public Page<HousingContact> contacts(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return placements.contacts(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    /** 201 without a Location: a contact has no path of its own (it is read in the participant's list). */
    @POST
    @Path("participants/{participantId}/contacts")
    public Response logContact(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            HousingContact input) {
        HousingContact c = placements.logContact(RestSupport.actor(sc), participantId, input);
        return Response.status(Response.Status.CREATED).entity(c).build();
    }

    // The team's view

    @GET
    @Path("teams/{teamId}/homeless")
    public Page<TeamParticipant> homeless(@Context SecurityContext sc, @PathParam("teamId") String teamId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return placements.homeless(RestSupport.actor(sc), teamId, RestSupport.page(page, size));
    }

    @GET
    @Path("teams/{teamId}/at-risk")
    public Page<TeamParticipant> atRisk(@Context SecurityContext sc, @PathParam("teamId") String teamId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return placements.atRisk(RestSupport.actor(sc), teamId, RestSupport.page(page, size));
    }

    private static Response created(String path, long version, Object entity) {
        return Response.created(URI.create(path)).tag(RestSupport.etag(version)).entity(entity).build();
    }

    private static Response tagged(Object entity, long version) {
        return Response.ok(entity).tag(RestSupport.etag(version)).build();
    }

    /** The {@code version} query parameter: null for the latest, else 1 or more. */
    private static Integer version(String text) {
        Integer v = RestSupport.integer("version", text);
        if (v != null && v < 1) {
            throw new ValidationException("version", "must be 1 or more");
        }
        return v;
    }

    /** Only the latest version (none asked for) carries the ETag: it is the one a save is based on. */
    private static Response asked(Object entity, Integer asked, long version) {
        return asked == null ? tagged(entity, version) : Response.ok(entity).build();
    }

    /** A record of the site's: the body's site is the path's (400 for another one). */
    private static String pathSite(String site, String given) {
        if (given != null && !given.isEmpty() && !given.equals(site)) {
            throw new ValidationException("site", "must be the site of the path, or left out");
        }
        return site;
    }
}
