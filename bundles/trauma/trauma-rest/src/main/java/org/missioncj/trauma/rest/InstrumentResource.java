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
import org.missioncj.instrument.api.InstrumentService;
import org.missioncj.instrument.api.dto.Instrument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The screening instruments: read, export as FHIR Questionnaire, load (native or FHIR). */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + InstrumentResource.OPENAPI})
@Path("instruments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstrumentResource {
    static final String OPENAPI = "/openapi/trauma.yaml";
    static final String FHIR_JSON = "application/fhir+json";

    private final InstrumentService instruments;

    @Activate
    public InstrumentResource(@Reference InstrumentService instruments) {
        this.instruments = instruments;
    }

    @GET
    public Page<Instrument> list(@Context SecurityContext sc, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return instruments.list(RestSupport.actor(sc), RestSupport.page(page, size));
    }

    @GET
    @Path("{id}")
    public Instrument get(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("version") String version) {
        return instruments.get(RestSupport.actor(sc), id, RestSupport.integer("version", version));
    }

    @GET
    @Path("{id}/questionnaire")
    @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
    public ObjectNode questionnaire(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("version") String version) {
        return instruments.questionnaire(RestSupport.actor(sc), id, RestSupport.integer("version", version));
    }

    @POST
    public Response load(@Context SecurityContext sc, Instrument definition) {
        Instrument stored = instruments.load(RestSupport.actor(sc), definition);
        return created(stored);
    }

    @POST
    @Path("questionnaire")
    @Consumes({FHIR_JSON, MediaType.APPLICATION_JSON})
    public Response importQuestionnaire(@Context SecurityContext sc, JsonNode questionnaire) {
        return created(instruments.importQuestionnaire(RestSupport.actor(sc), questionnaire));
    }

    private static Response created(Instrument stored) {
        return Response.created(URI.create("instruments/" + stored.id + "?version=" + stored.version)).entity(stored)
                .build();
    }
}
