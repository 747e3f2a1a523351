package org.missioncj.linkage.rest;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.rest.LargeBody;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.linkage.api.DirectoryService;
import org.missioncj.linkage.api.dto.DirectoryFormat;
import org.missioncj.linkage.api.dto.DirectoryImport;
import org.missioncj.linkage.api.dto.HsdsPage;
import org.missioncj.linkage.api.dto.ServiceSearch;
import org.missioncj.linkage.api.dto.ServiceSummary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The service directory: HSDS 3's read API (pages numbered from 1, {@code per_page}), import and export. */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + DirectoryResource.OPENAPI})
@Path("linkage")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {
    static final String OPENAPI = "/openapi/linkage.yaml";
    static final String ZIP = "application/zip";
    /** What Windows browsers send for a .zip file. */
    static final String ZIP_WINDOWS = "application/x-zip-compressed";
    /** The largest directory file taken over HTTP; a larger one goes through {@code mission:directory-import}. */
    static final long MAX_IMPORT_BYTES = 64L * 1024 * 1024;

    private final DirectoryService directory;

    @Activate
    public DirectoryResource(@Reference DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    @Path("services")
    public HsdsPage<ServiceSummary> services(@Context SecurityContext sc, @QueryParam("text") String text,
            @QueryParam("kind") String kind, @QueryParam("area") String area,
            @QueryParam("organization_id") String organizationId, @QueryParam("include_retired") String includeRetired,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        ServiceSearch q = new ServiceSearch();
        q.text = text;
        q.kind = kind;
        q.area = area;
        q.organizationId = organizationId == null || organizationId.isBlank() ? null : organizationId;
        q.includeRetired = Boolean.TRUE.equals(RestSupport.bool("include_retired", includeRetired));
        return directory.searchServices(RestSupport.actor(sc), q, number("page", page, 1),
                number("per_page", perPage, 50));
    }

    @GET
    @Path("services/{id}")
    public Map<String, Object> service(@Context SecurityContext sc, @PathParam("id") String id) {
        return directory.service(RestSupport.actor(sc), id);
    }

    @GET
    @Path("organizations")
    public HsdsPage<Map<String, Object>> organizations(@Context SecurityContext sc, @QueryParam("text") String text,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return directory.organizations(RestSupport.actor(sc), text, number("page", page, 1),
                number("per_page", perPage, 50));
    }

    @GET
    @Path("organizations/{id}")
    public Map<String, Object> organization(@Context SecurityContext sc, @PathParam("id") String id) {
        return directory.organization(RestSupport.actor(sc), id);
    }

    /** The file's media type says its form: HSDS JSON, or the tabular package as a zip. */
    @POST
    @Path("directory/import")
    @Consumes({MediaType.APPLICATION_JSON, ZIP, ZIP_WINDOWS})
    @LargeBody(maxBytes = MAX_IMPORT_BYTES, roles = {"PROGRAM_ADMIN", "INTEGRATION"})
    public DirectoryImport importDirectory(@Context SecurityContext sc,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream file) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        DirectoryFormat format = type.startsWith(ZIP) || type.startsWith(ZIP_WINDOWS) ? DirectoryFormat.CSV
                : DirectoryFormat.JSON;
        return directory.importDirectory(RestSupport.actor(sc), format, file);
    }

    @GET
    @Path("directory/export")
    @Produces({MediaType.APPLICATION_JSON, ZIP})
    public Response exportDirectory(@Context SecurityContext sc, @QueryParam("format") String format) {
        DirectoryFormat f = format == null ? DirectoryFormat.JSON
                : RestSupport.enumeration("format", DirectoryFormat.class, format.toUpperCase(Locale.ROOT));
        Actor actor = RestSupport.actor(sc);
        // written to memory first, so a refusal is a problem+json answer and not a cut-off download
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        directory.exportDirectory(actor, f, out);
        byte[] body = out.toByteArray();
        StreamingOutput stream = o -> o.write(body);
        return Response.ok(stream, f == DirectoryFormat.CSV ? ZIP : MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"directory-hsds"
                        + (f == DirectoryFormat.CSV ? ".zip" : ".json") + "\"")
                .build();
    }

    private static int number(String field, String text, int fallback) {
        Integer n = RestSupport.integer(field, text);
        if (n == null) {
            return fallback;
        }
        if (n < 1) {
            throw new ValidationException(field, "must be 1 or more");
        }
        return n;
    }
}
