package org.missioncj.curriculum.rest;

import java.net.URI;
import java.util.List;

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

import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.curriculum.api.WorkbookService;
import org.missioncj.curriculum.api.dto.Exercise;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The workbook's exercises and their JSON Schemas. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + WorkbookExerciseResource.OPENAPI})
@Path("curriculum/exercises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkbookExerciseResource {
    static final String OPENAPI = "/openapi/workbook.yaml";

    private final WorkbookService workbook;

    @Activate
    public WorkbookExerciseResource(@Reference WorkbookService workbook) {
        this.workbook = workbook;
    }

    @GET
    public List<Exercise> list(@Context SecurityContext sc) {
        return workbook.exercises(RestSupport.actor(sc));
    }

    @GET
    @Path("{code}")
    public Exercise get(@Context SecurityContext sc, @PathParam("code") String code,
            @QueryParam("version") String version) {
        return workbook.exercise(RestSupport.actor(sc), code, RestSupport.integer("version", version));
    }

    @POST
    @Path("{code}/versions")
    public Response addVersion(@Context SecurityContext sc, @PathParam("code") String code, Exercise input) {
        Exercise x = workbook.addExerciseVersion(RestSupport.actor(sc), code, input);
        return Response.created(URI.create("curriculum/exercises/" + x.code + "?version=" + x.version)).entity(x).build();
    }
}
