package org.missioncj.curriculum.rest;

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

import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.curriculum.api.WorkbookService;
import org.missioncj.curriculum.api.dto.WorkbookEntry;
import org.missioncj.curriculum.api.dto.WorkbookReview;
import org.missioncj.curriculum.api.dto.WorkbookVersion;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** One entry of a participant's workbook: its versions and their reviews. Its ETag is the current version. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + WorkbookExerciseResource.OPENAPI})
@Path("curriculum/workbook-entries/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkbookEntryResource {
    private final WorkbookService workbook;

    @Activate
    public WorkbookEntryResource(@Reference WorkbookService workbook) {
        this.workbook = workbook;
    }

    @GET
    public Response get(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("version") String version) {
        WorkbookEntry e = workbook.entry(RestSupport.actor(sc), id, RestSupport.integer("version", version));
        Response.ResponseBuilder r = Response.ok(e);
        // only the current version is one to save on
        return (e.version.equals(e.currentVersion) ? r.tag(RestSupport.etag(e.version)) : r).build();
    }

    @GET
    @Path("versions")
    public Page<WorkbookVersion> versions(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return workbook.versions(RestSupport.actor(sc), id, RestSupport.page(page, size));
    }

    @POST
    @Path("reviews")
    public Response review(@Context SecurityContext sc, @PathParam("id") String id, WorkbookReview input) {
        WorkbookReview r = workbook.review(RestSupport.actor(sc), id, input);
        return Response.created(URI.create("curriculum/workbook-entries/" + r.entryId + "?version=" + r.version))
                .entity(r).build();
    }
}
