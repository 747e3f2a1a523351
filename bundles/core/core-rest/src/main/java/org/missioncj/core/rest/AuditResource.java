package org.missioncj.core.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.Page;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.audit.AuditVerification;
import org.missioncj.core.api.rest.RestSupport;

/** The audit trail, for clinical supervisors and program admins. */
@Path("audit")
public class AuditResource {
    private final AuditService audit;

    AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page<AuditRecord> search(@Context SecurityContext sc,
            @QueryParam("participantId") String participantId,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("component") String component,
            @QueryParam("outcome") String outcome,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("after") String after) {
        AuditQuery q = new AuditQuery();
        q.participantId = participantId;
        q.actor = actor;
        q.action = action;
        q.component = component;
        q.outcome = RestSupport.enumeration("outcome", AuditOutcome.class, outcome);
        q.from = instant("from", from);
        q.to = instant("to", to);
        return audit.query(RestSupport.actor(sc), q, RestSupport.page(page, size, after));
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    public AuditVerification verify(@Context SecurityContext sc) {
        return audit.verify(RestSupport.actor(sc));
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        Instant i;
        try {
            i = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
        if (!JsonProvider.inYears(i)) {
            throw new ValidationException(field, "must be an instant of the years 0001 to 9999");
        }
        return i;
    }
}
