package org.missioncj.core.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;

/**
 * The headers every answer carries: participant data is never cached (by a browser, a proxy or a
 * shared disk), no content is sniffed into another type, a page is never framed, and over HTTPS
 * the browser is told to stay on HTTPS. The API description alone may be cached.
 */
final class ResponseHeaders implements ContainerResponseFilter {
    /** What the court report page needs: its own inline styles, nothing else. */
    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> h = response.getHeaders();
        h.putSingle("X-Content-Type-Options", "nosniff");
        h.putSingle("Referrer-Policy", "no-referrer");
        String path = request.getUriInfo() == null ? "" : request.getUriInfo().getPath();
        if (path.startsWith("openapi.") || path.startsWith("/openapi.")) {
            h.putSingle("Cache-Control", "no-cache");
        } else {
            h.putSingle("Cache-Control", "no-store");
            h.putSingle("Pragma", "no-cache");
        }
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            h.putSingle("Content-Security-Policy", HTML_POLICY);
            h.putSingle("X-Frame-Options", "DENY");
        }
        Object t = request.getProperty(Transport.PROPERTY);
        if (t instanceof Transport && ((Transport) t).secure) {
            h.putSingle("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
