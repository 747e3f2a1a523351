package org.missioncj.consent.rest;

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

import org.missioncj.consent.api.DisclosureGate;
import org.missioncj.consent.api.dto.AccountingSearch;
import org.missioncj.consent.api.dto.Disclosure;
import org.missioncj.consent.api.dto.DisclosureDecision;
import org.missioncj.consent.api.dto.DisclosureRequest;
import org.missioncj.consent.api.dto.EmergencyDisclosure;
import org.missioncj.consent.api.dto.UnnamedBasisDisclosure;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + ConsentResource.OPENAPI})
@Path("disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisclosureResource {
    private final DisclosureGate gate;

    @Activate
    public DisclosureResource(@Reference DisclosureGate gate) {
        this.gate = gate;
    }

    /** The participant's accounting of disclosures, for the period asked within the last three years. */
    @GET
    public Page<Disclosure> accounting(@Context SecurityContext sc, @QueryParam("participantId") String participantId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return gate.accounting(RestSupport.actor(sc), new AccountingSearch(participantId, RestSupport.date("from", from), RestSupport.date("to", to)), RestSupport.page(page, size));
    }

    /** A disclosure made in a medical emergency (§2.51), recorded afterwards. */
    @POST
    @Path("emergency")
    public Response emergency(@Context SecurityContext sc, EmergencyDisclosure emergency) {
        Disclosure d = gate.recordEmergency(RestSupport.actor(sc), emergency);
        return Response.created(URI.create("disclosures/" + d.id)).entity(d).build();
    }

    /** The disclosures a site must review: under a consent or order that named no recipient. */
    @GET
    @Path("review")
    public Page<UnnamedBasisDisclosure> review(@Context SecurityContext sc, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return gate.unnamedBasisReview(RestSupport.actor(sc), RestSupport.page(page, size));
    }

    @GET
    @Path("{id}")
    public Disclosure get(@Context SecurityContext sc, @PathParam("id") String id) {
        return gate.get(RestSupport.actor(sc), id);
    }

    /** Would this disclosure be allowed? Nothing is disclosed. */
    @POST
    @Path("decision")
    public DisclosureDecision decide(@Context SecurityContext sc, DisclosureRequest request) {
        return gate.decide(RestSupport.actor(sc), request);
    }
}
