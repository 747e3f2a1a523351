package org.missioncj.vocational.rest;

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
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.vocational.api.ApplicationService;
import org.missioncj.vocational.api.EducationService;
import org.missioncj.vocational.api.EmploymentService;
import org.missioncj.vocational.api.GoalService;
import org.missioncj.vocational.api.SupportContactService;
import org.missioncj.vocational.api.dto.EducationEnrollment;
import org.missioncj.vocational.api.dto.EmploymentDays;
import org.missioncj.vocational.api.dto.EmploymentPeriod;
import org.missioncj.vocational.api.dto.Goal;
import org.missioncj.vocational.api.dto.GoalNote;
import org.missioncj.vocational.api.dto.JobApplication;
import org.missioncj.vocational.api.dto.SupportContact;
import org.missioncj.vocational.api.dto.TeamEmployment;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A participant's goals, job applications, employment timeline, education and on-the-job support. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + EmployerResource.OPENAPI})
@Path("vocational")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantVocationalResource {
    private final GoalService goals;
    private final ApplicationService applications;
    private final EmploymentService employment;
    private final EducationService education;
    private final SupportContactService support;

    @Activate
    public ParticipantVocationalResource(@Reference GoalService goals, @Reference ApplicationService applications,
            @Reference EmploymentService employment, @Reference EducationService education,
            @Reference SupportContactService support) {
        this.goals = goals;
        this.applications = applications;
        this.employment = employment;
        this.education = education;
        this.support = support;
    }

    // ---- goals -----------------------------------------------------------------------------------------------

    @GET
    @Path("participants/{participantId}/goals")
    public Page<Goal> goals(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return goals.list(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @POST
    @Path("goals")
    public Response createGoal(@Context SecurityContext sc, Goal input) {
        Goal g = goals.create(RestSupport.actor(sc), input);
        return created("goals/", g.id, g.version, g);
    }

    @GET
    @Path("goals/{id}")
    public Response goal(@Context SecurityContext sc, @PathParam("id") String id) {
        Goal g = goals.get(RestSupport.actor(sc), id);
        return Response.ok(g).tag(RestSupport.etag(g.version)).build();
    }

    @PUT
    @Path("goals/{id}")
    public Response updateGoal(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Goal input) {
        Goal g = goals.update(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), input);
        return Response.ok(g).tag(RestSupport.etag(g.version)).build();
    }

    @POST
    @Path("goals/{id}/notes")
    public Response addNote(@Context SecurityContext sc, @PathParam("id") String id, GoalNote note) {
        Goal g = goals.addNote(RestSupport.actor(sc), id, note);
        return created("goals/", g.id, g.version, g);
    }

    // ---- applications ----------------------------------------------------------------------------------------

    @GET
    @Path("participants/{participantId}/applications")
    public Page<JobApplication> applications(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return applications.list(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @POST
    @Path("applications")
    public Response createApplication(@Context SecurityContext sc, JobApplication input) {
        JobApplication a = applications.create(RestSupport.actor(sc), input);
        return created("applications/", a.id, a.version, a);
    }

    @GET
    @Path("applications/{id}")
    public Response application(@Context SecurityContext sc, @PathParam("id") String id) {
        JobApplication a = applications.get(RestSupport.actor(sc), id);
        return Response.ok(a).tag(RestSupport.etag(a.version)).build();
    }

    @PUT
    @Path("applications/{id}")
    public Response updateApplication(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JobApplication input) {
        JobApplication a = applications.update(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), input);
        return Response.ok(a).tag(RestSupport.etag(a.version)).build();
    }

    // ---- the employment timeline ----------------------------------------------------------------------------------

    @GET
    @Path("participants/{participantId}/employment")
    public Page<EmploymentPeriod> timeline(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return employment.timeline(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @POST
    @Path("participants/{participantId}/employment")
    public Response record(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            EmploymentPeriod input) {
        EmploymentPeriod p = employment.record(RestSupport.actor(sc), participantId, input);
        return created("employment/", p.id, p.version, p);
    }

    @GET
    @Path("employment/{id}")
    public Response period(@Context SecurityContext sc, @PathParam("id") String id) {
        EmploymentPeriod p = employment.get(RestSupport.actor(sc), id);
        return Response.ok(p).tag(RestSupport.etag(p.version)).build();
    }

    @PUT
    @Path("employment/{id}")
    public Response correct(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, EmploymentPeriod input) {
        EmploymentPeriod p = employment.correct(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), input);
        return Response.ok(p).tag(RestSupport.etag(p.version)).build();
    }

    @DELETE
    @Path("employment/{id}")
    public Response delete(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        employment.delete(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("participants/{participantId}/employment-days")
    public EmploymentDays days(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return employment.days(RestSupport.actor(sc), participantId, RestSupport.date("from", from),
                RestSupport.date("to", to));
    }

    @GET
    @Path("teams/{teamId}/employment")
    public Page<TeamEmployment> team(@Context SecurityContext sc, @PathParam("teamId") String teamId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return employment.team(RestSupport.actor(sc), teamId, RestSupport.page(page, size));
    }

    // ---- education ---------------------------------------------------------------------------------------------

    @GET
    @Path("participants/{participantId}/education")
    public Page<EducationEnrollment> educations(@Context SecurityContext sc,
            @PathParam("participantId") String participantId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return education.list(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @POST
    @Path("participants/{participantId}/education")
    public Response createEducation(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            EducationEnrollment input) {
        EducationEnrollment e = education.create(RestSupport.actor(sc), participantId, input);
        return created("education/", e.id, e.version, e);
    }

    @GET
    @Path("education/{id}")
    public Response education(@Context SecurityContext sc, @PathParam("id") String id) {
        EducationEnrollment e = education.get(RestSupport.actor(sc), id);
        return Response.ok(e).tag(RestSupport.etag(e.version)).build();
    }

    @PUT
    @Path("education/{id}")
    public Response updateEducation(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, EducationEnrollment input) {
        EducationEnrollment e = education.update(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), input);
        return Response.ok(e).tag(RestSupport.etag(e.version)).build();
    }

    // ---- on-the-job support --------------------------------------------------------------------------------------

    @GET
    @Path("participants/{participantId}/support-contacts")
    public Page<SupportContact> supportContacts(@Context SecurityContext sc,
            @PathParam("participantId") String participantId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return support.list(RestSupport.actor(sc), participantId, RestSupport.page(page, size));
    }

    @POST
    @Path("participants/{participantId}/support-contacts")
    public Response logSupport(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            SupportContact input) {
        SupportContact c = support.log(RestSupport.actor(sc), participantId, input);
        return Response.status(Response.Status.CREATED).entity(c).build();
    }

    private static Response created(String path, String id, long version, Object body) {
        return Response.created(URI.create("vocational/" + path + id)).tag(RestSupport.etag(version)).entity(body)
                .build();
    }
}
