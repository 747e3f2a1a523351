package org.missioncj.registry.rest;

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
import org.missioncj.registry.api.ParticipantService;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.ParticipantSearch;
import org.missioncj.registry.api.dto.SharedIdentifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + RegistryRest.OPENAPI})
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantResource {
    private final ParticipantService participants;

    @Activate
    public ParticipantResource(@Reference ParticipantService participants) {
        this.participants = participants;
    }

    @POST
    public Response create(@Context SecurityContext sc, Participant input) {
        Participant p = participants.create(RestSupport.actor(sc), input);
        Response.ResponseBuilder r = Response.created(URI.create("participants/" + p.id)).tag(RestSupport.etag(p.version))
                .entity(p);
        if (p.possibleDuplicates != null && !p.possibleDuplicates.isEmpty()) {
            r.header(MissionRest.WARNING_HEADER, "possible-duplicate: " + String.join(",", p.possibleDuplicates));
        } else {
            p.possibleDuplicates = null;
        }
        return r.build();
    }

    @GET
    public Page<Participant> search(@Context SecurityContext sc, @QueryParam("name") String name,
            @QueryParam("dateOfBirth") String dateOfBirth, @QueryParam("identifierSystem") String identifierSystem,
            @QueryParam("identifierValue") String identifierValue, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("after") String after) {
        ParticipantSearch q = new ParticipantSearch();
        q.name = name;
        q.dateOfBirth = RestSupport.date("dateOfBirth", dateOfBirth);
        q.identifierSystem = identifierSystem;
        q.identifierValue = identifierValue;
        return participants.search(RestSupport.actor(sc), q, RestSupport.page(page, size, after));
    }

    @GET
    @Path("shared-identifiers")
    public Page<SharedIdentifier> sharedIdentifiers(@Context SecurityContext sc, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return participants.sharedIdentifiers(RestSupport.actor(sc), RestSupport.page(page, size));
    }

    @GET
    @Path("{id}")
    public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
        Participant p = participants.get(RestSupport.actor(sc), id);
        return Response.ok(p).tag(RestSupport.etag(p.version)).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Participant input) {
        long expected = RestSupport.expectedVersion(ifMatch);
        Participant p = participants.update(RestSupport.actor(sc), id, expected, input);
        return Response.ok(p).tag(RestSupport.etag(p.version)).build();
    }

}
