package org.missioncj.adapter.webhook;

import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.missioncj.adapter.api.Inbox;
import org.missioncj.adapter.api.dto.InboundMessage;
import org.missioncj.adapter.api.dto.InboxReceipt;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * {@code POST /adapters/webhook/{system}}: a host system's message, as JSON, signed with the system's
 * shared secret (no sign-in). The signature is checked on the bytes as sent, before anything reads
 * them; the message then goes to the inbox as the system's INTEGRATION actor. 202 when stored, 200 for
 * a message id received before.
 */
@Component(service = Object.class, property = {
    MissionRest.RESOURCE + "=true", MissionRest.OPENAPI + "=" + WebhookResource.OPENAPI})
@Path("adapters/webhook")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {
    static final String OPENAPI = "/openapi/adapter-webhook.yaml";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Inbox inbox;
    private final AuditService audit;
    private final Map<String, WebhookSystem> systems = new ConcurrentHashMap<>();

    @Context
    private HttpServletRequest servletRequest;

    /**
     * Refused webhooks are audited, at most {@value RefusalLog#PER_MINUTE} a minute per address: a stranger's flood
     * cannot flood the audit trail. Nobody is blocked: a back-off would let anyone who reaches the endpoint (through
     * the site's proxy, all from one address) stop every host system's webhooks.
     */
    private final RefusalLog refusals = new RefusalLog();

    @Activate
    public WebhookResource(@Reference Inbox inbox, @Reference AuditService audit) {
        this.inbox = inbox;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeSystem")
    void addSystem(WebhookSystem s) {
        systems.put(s.system, s);
    }

    void removeSystem(WebhookSystem s) {
        systems.remove(s.system, s);
    }

    @POST
    @Path("{system}")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("system") String system,
            @HeaderParam(WebhookSignature.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(WebhookSignature.SIGNATURE_HEADER) String signature, byte[] body) {
        WebhookSystem s = system == null ? null : systems.get(system);
        // the actor's name comes from the configuration, never from the path as sent (it lands in the audit trail)
        String client = clientAddress();
        Actor actor = new Actor("webhook:" + (s == null ? "unknown-system" : s.system), EnumSet.of(Role.INTEGRATION),
                Actor.PURPOSE_OPERATIONS, client);
        try {
            if (s == null) {
                throw new SignatureRefused("No webhook system is configured under this name.");
            }
            s.verify(timestamp, signature, body == null ? new byte[0] : body);
        } catch (SignatureRefused refused) {
            refusals.refused(client, n -> audit.record(AuditEntry.of(actor, "adapter", "WEBHOOK_REFUSED", "webhook")
                    .outcome(AuditOutcome.DENIED).detail(refused.getMessage()
                            + (n > 0 ? " (and " + n + " more refused from this address in the minute before, not audited one by one)" : ""))));
            throw refused;
        }
        InboundMessage message;
        try {
            message = JSON.readValue(body, InboundMessage.class);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw new ValidationException(e.getPropertyName(), "is not a field of an inbound message");
        } catch (JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new ValidationException("body", "is not an inbound message as JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                    + ": check the field types and the date formats (ISO-8601)");
        } catch (java.io.IOException e) {
            throw new ValidationException("body", "could not be read");
        }
        if (message == null) {
            throw new ValidationException("body", "is required");
        }
        if (message.kind != null && !s.sends(message.kind)) {
            throw new org.missioncj.core.api.ForbiddenException(system + " may not send " + message.kind + " messages ("
                    + (s.kinds.isEmpty() ? "its configuration lists no kinds: set kinds" : "its configuration allows " + s.kinds)
                    + ")");
        }
        if (message.sourceSystem == null) {
            message.sourceSystem = system;
        } else if (!message.sourceSystem.equals(system)) {
            throw new ValidationException("sourceSystem", "must be " + system + ", the system that signed the webhook");
        }
        InboxReceipt receipt = inbox.receive(actor, message);
        return Response.status(receipt.duplicate ? 200 : 202).entity(receipt).build();
    }

    private String clientAddress() {
        return servletRequest == null ? null : servletRequest.getRemoteAddr();
    }
}
