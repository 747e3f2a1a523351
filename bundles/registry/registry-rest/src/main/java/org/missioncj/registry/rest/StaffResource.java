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
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.StaffSearch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + RegistryRest.OPENAPI})
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {
    private final StaffService staff;

    @Activate
    public StaffResource(@Reference StaffService staff) {
        this.staff = staff;
    }

    @POST
    public Response create(@Context SecurityContext sc, Staff input) {
        Staff s = staff.create(RestSupport.actor(sc), input);
        return Response.created(URI.create("staff/" + s.id)).tag(RestSupport.etag(s.version)).entity(s).build();
    }

    @GET
    public Page<Staff> list(@Context SecurityContext sc, @QueryParam("site") String site,
            @QueryParam("role") String role, @QueryParam("active") String active, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return staff.list(RestSupport.actor(sc), new StaffSearch(site, RestSupport.enumeration("role", StaffRole.class, role),
                RestSupport.bool("active", active)), RestSupport.page(page, size));
    }

    @GET
    @Path("{id}")
    public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
        Staff s = staff.get(RestSupport.actor(sc), id);
        return Response.ok(s).tag(RestSupport.etag(s.version)).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Staff input) {
        Staff s = staff.update(RestSupport.actor(sc), id, RestSupport.expectedVersion(ifMatch), input);
        return Response.ok(s).tag(RestSupport.etag(s.version)).build();
    }
}
