package org.missioncj.curriculum.rest;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.curriculum.api.WorkbookService;
import org.missioncj.curriculum.api.dto.Workbook;
import org.missioncj.curriculum.api.dto.WorkbookEntry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A participant's workbook, and saving their answers to an exercise (the next version of the entry). */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + WorkbookExerciseResource.OPENAPI})
@Path("curriculum/participants/{participantId}/workbook")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkbookResource {
    private final WorkbookService workbook;

    @Activate
    public WorkbookResource(@Reference WorkbookService workbook) {
        this.workbook = workbook;
    }

    @GET
    public Workbook get(@Context SecurityContext sc, @PathParam("participantId") String participantId) {
        return workbook.workbook(RestSupport.actor(sc), participantId);
    }

    @POST
    public Response save(@Context SecurityContext sc, @PathParam("participantId") String participantId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, WorkbookEntry input) {
        WorkbookEntry e = workbook.save(RestSupport.actor(sc), participantId, RestSupport.expectedVersion(ifMatch), input);
        return Response.created(URI.create("curriculum/workbook-entries/" + e.id)).tag(RestSupport.etag(e.version))
                .entity(e).build();
    }
}
