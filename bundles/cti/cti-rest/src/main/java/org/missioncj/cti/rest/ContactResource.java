package org.missioncj.cti.rest;

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
import org.missioncj.cti.api.ContactService;
import org.missioncj.cti.api.dto.Contact;
import org.missioncj.cti.api.dto.ContactSearch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + ContactResource.OPENAPI})
@Path("cti/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {
    static final String OPENAPI = "/openapi/cti.yaml";

    private final ContactService contacts;

    @Activate
    public ContactResource(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @POST
    public Response log(@Context SecurityContext sc, Contact input) {
        Contact c = contacts.log(RestSupport.actor(sc), input);
        return Response.created(URI.create("cti/contacts/" + c.id)).entity(c).build();
    }

    @GET
    public Page<Contact> list(@Context SecurityContext sc, @QueryParam("participantId") String participantId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return contacts.list(RestSupport.actor(sc), new ContactSearch(participantId, RestSupport.date("from", from),
                RestSupport.date("to", to)), RestSupport.page(page, size));
    }

    @GET
    @Path("{id}")
    public Contact get(@Context SecurityContext sc, @PathParam("id") String id) {
        return contacts.get(RestSupport.actor(sc), id);
    }
}
