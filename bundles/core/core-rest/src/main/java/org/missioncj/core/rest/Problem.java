package org.missioncj.core.rest;

import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.missioncj.core.api.FieldError;

/** An RFC 9457 problem document. */
public class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    static final String TYPE_BASE = "https://missioncj.org/problems/";

    public String type;
    public String title;
    public int status;
    public String detail;
    public List<FieldError> errors;
    /** On a 409 that names the record in the way (an overlapping period): that record. */
    public Object conflicting;
    public String incident;

    public static Problem of(int status, String type, String title, String detail) {
        Problem p = new Problem();
        p.type = TYPE_BASE + type;
        p.title = title;
        p.status = status;
        p.detail = detail;
        return p;
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
