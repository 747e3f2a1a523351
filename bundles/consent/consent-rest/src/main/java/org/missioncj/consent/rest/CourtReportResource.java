package org.missioncj.consent.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.consent.api.CourtReportService;
import org.missioncj.consent.api.dto.CourtReport;
import org.missioncj.consent.api.dto.CourtReportRequest;
import org.missioncj.consent.api.dto.ReportSectionInfo;
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
    private final CourtReportService reports;

    @Activate
    public CourtReportResource(@Reference CourtReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("sections")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReportSectionInfo> sections(@Context SecurityContext sc) {
        return reports.sections(RestSupport.actor(sc));
    }

    /**
     * One method for both forms, so the choice is ours and not CXF's: HTML when the caller prefers it
     * to JSON (a browser, or Accept: text/html), JSON otherwise, including when any type will do.
     */
    @POST
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public Response create(@Context SecurityContext sc, @Context HttpHeaders headers, CourtReportRequest request) {
        boolean html = prefersHtml(headers.getAcceptableMediaTypes());
        CourtReport r = reports.report(RestSupport.actor(sc), request);
        Response.ResponseBuilder created = Response.created(URI.create("disclosures/" + r.disclosureId));
        if (html) {
            return created.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                    .entity(CourtReportPage.render(r)).build();
        }
        return created.type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").entity(r).build();
    }

    /** The acceptable types come sorted by preference; the first that is JSON or HTML decides. */
    static boolean prefersHtml(List<MediaType> acceptable) {
        for (MediaType m : acceptable) {
            if (m.isWildcardType()) {
                return false;
            }
            if (m.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
