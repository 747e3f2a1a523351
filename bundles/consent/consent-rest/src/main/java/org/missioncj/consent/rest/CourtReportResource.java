package org.missioncj.consent.rest;

import java.net.URI;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.consent.api.CourtReportService;
import org.missioncj.consent.api.dto.CourtReport;
import org.missioncj.consent.api.dto.CourtReportRequest;
import org.missioncj.consent.api.dto.ReportSectionInfo;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Court progress reports, as JSON or as a printable HTML page (Accept: text/html). Each one is a
 * recorded disclosure: 201 with the disclosure's Location.
 */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + ConsentResource.OPENAPI})
@Path("court-reports")
@Consumes(MediaType.APPLICATION_JSON)
public class CourtReportResource {
    /** Who may see which sections a report would have: those who request reports. */
    static final Set<Role> READERS;
    static {
        Set<Role> r = EnumSet.copyOf(Role.CLINICAL_STAFF);
        r.add(Role.COURT_LIAISON);
        READERS = Collections.unmodifiableSet(r);
    }

    private final CourtReportService reports;

    @Activate
    public CourtReportResource(@Reference CourtReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("sections")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReportSectionInfo> sections(@Context SecurityContext sc) {
        RestSupport.actor(sc).requireAnyRole(READERS, "list court report sections");
        return reports.sections();
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@Context SecurityContext sc, CourtReportRequest request) {
        CourtReport r = reports.report(RestSupport.actor(sc), request);
        return Response.created(URI.create("disclosures/" + r.disclosureId)).entity(r).build();
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response html(@Context SecurityContext sc, CourtReportRequest request) {
        CourtReport r = reports.report(RestSupport.actor(sc), request);
        return Response.created(URI.create("disclosures/" + r.disclosureId))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(CourtReportPage.render(r)).build();
    }
}
