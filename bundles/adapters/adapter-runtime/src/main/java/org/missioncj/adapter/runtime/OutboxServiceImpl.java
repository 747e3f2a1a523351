package org.missioncj.adapter.runtime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.missioncj.adapter.api.AdapterAccess;
import org.missioncj.adapter.api.AdapterEvents;
import org.missioncj.adapter.api.Outbox;
import org.missioncj.adapter.api.dto.OutboundKind;
import org.missioncj.adapter.api.dto.OutboundMessage;
import org.missioncj.adapter.api.dto.OutboundRequest;
import org.missioncj.adapter.api.dto.OutboxSearch;
import org.missioncj.adapter.api.dto.OutboxState;
import org.missioncj.adapter.runtime.AdapterMapper.OutboxRow;
import org.missioncj.adapter.spi.DeliveryException;
import org.missioncj.adapter.spi.OutboundChannel;
import org.missioncj.consent.api.CourtReportService;
import org.missioncj.consent.api.DisclosureGate;
import org.missioncj.consent.api.dto.CourtReport;
import org.missioncj.consent.api.dto.CourtReportRequest;
import org.missioncj.consent.api.dto.Disclosure;
import org.missioncj.consent.api.dto.DisclosurePurpose;
import org.missioncj.consent.api.dto.DisclosureRequest;
import org.missioncj.consent.api.dto.RecipientClass;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.EnrollmentService;
import org.missioncj.registry.api.ParticipantService;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.Identifier;
import org.missioncj.registry.api.dto.Participant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox. A message is a row written in the transaction of its cause. The worker claims a due row
 * (one node wins the update), then, in one transaction, passes the disclosure gate (which records the
 * disclosure), delivers through the system's channel and marks it delivered: a delivery that fails
 * rolls the disclosure back with it, so the accounting lists what was sent. A refusal by the gate blocks
 * the message until a consent may allow it; failures retry with doubling waits, then go to the
 * dead-letter list.
 */
@Component(service = {Outbox.class, OutboxServiceImpl.class})
public class OutboxServiceImpl implements Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxServiceImpl.class);
    static final String RESOURCE = "outbound-message";
    /** Identifier systems a host system may know a participant by; nothing else about the person goes out. */
    static final List<String> SHARED_IDENTIFIERS = List.of("court-docket", "jail-booking", "state-id");
    private static final int BATCH = 20;
    /** How long a message for a system with no installed channel waits before it is looked at again. */
    private static final Duration NO_CHANNEL_WAIT = Duration.ofSeconds(10);

    private final ModuleSupport module;
    private final AdapterSettings settings;
    private final CaseloadAccess access;
    private final DisclosureGate gate;
    private final CourtReportService reports;
    private final ParticipantService participants;
    private final EnrollmentService enrollments;
    private final Actor system;
    private final String node;
    private final Map<String, OutboundChannel> channels = new ConcurrentHashMap<>();

    @Activate
    public OutboxServiceImpl(@Reference(target = AdapterSettings.MODULE) ModuleSupport module,
            @Reference AdapterSettings settings, @Reference CaseloadAccess access, @Reference DisclosureGate gate,
            @Reference CourtReportService reports, @Reference ParticipantService participants,
            @Reference EnrollmentService enrollments) {
        this.module = module;
        this.settings = settings;
        this.access = access;
        this.gate = gate;
        this.reports = reports;
        this.participants = participants;
        this.enrollments = enrollments;
        this.system = Actor.system(module.name());
        this.node = System.getProperty("karaf.name", "node") + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeChannel")
    void addChannel(OutboundChannel channel, Map<String, Object> properties) {
        Object name = properties.get(OutboundChannel.SYSTEM);
        if (name instanceof String) {
            channels.put((String) name, channel);
        } else {
            LOG.warn("An outbound channel without {} is ignored: {}", OutboundChannel.SYSTEM, channel);
        }
    }

    void removeChannel(OutboundChannel channel, Map<String, Object> properties) {
        Object name = properties.get(OutboundChannel.SYSTEM);
        if (name instanceof String) {
            channels.remove(name, channel);
        }
    }

    @Override
    public OutboundMessage send(Actor actor, OutboundRequest request) {
        OutboundRequest r = request == null ? new OutboundRequest() : request;
        AuditEntry entry = module.entry(actor, "SEND", RESOURCE).participant(r.participantId);
        return module.audited(entry, tx -> {
            AdapterAccess.SEND_MESSAGE.requireRole(actor);
            access.require(actor, AdapterAccess.SEND_MESSAGE, r.participantId, entry);
            Validator v = new Validator().requiredText("system", r.system, 64).required("kind", r.kind);
            v.check(r.system == null || settings.systems.containsKey(r.system), "system",
                    "is not a host system this site sends to (" + String.join(", ", settings.systems.keySet()) + ")");
            if (r.kind == OutboundKind.PROGRESS_REPORT) {
                v.required("from", r.from).required("to", r.to);
                v.check(r.from == null || r.to == null || !r.to.isBefore(r.from), "to", "must not be before from");
                v.check(r.to == null || !r.to.isAfter(module.today()), "to", "must not be in the future");
                // the report's own limit, checked when it is asked for rather than at its last try
                v.check(r.from == null || r.to == null || r.to.isBefore(r.from) || !r.to.isAfter(r.from.plusDays(
                        CourtReportService.MAX_PERIOD_DAYS - 1)), "to", "a report covers at most "
                        + CourtReportService.MAX_PERIOD_DAYS + " days");
            } else {
                v.check(r.from == null && r.to == null, "from", "only a PROGRESS_REPORT has a period");
            }
            v.throwIfInvalid();
            OutboxRow row = queue(tx, r.system, r.kind, r.participantId, r.from, r.to, actor, null);
            entry.resource(row.id).detail(r.kind + " to " + r.system);
            return toDto(row);
        });
    }

    /**
     * Writes a message in the current transaction. With a dedupe key, a second request for the same
     * thing (an event delivered again) returns the first.
     */
    OutboxRow queue(Tx tx, String systemName, OutboundKind kind, String participantId,
            LocalDate from, LocalDate to, Actor by, String dedupeKey) {
        AdapterMapper m = tx.mapper(AdapterMapper.class);
        if (dedupeKey != null) {
            OutboxRow existing = m.outboxByKey(dedupeKey);
            if (existing != null) {
                return existing;
            }
        }
        AdapterSettings.HostSystem target = settings.systems.get(systemName);
        OutboxRow row = new OutboxRow();
        row.id = UUID.randomUUID().toString();
        row.system = systemName;
        row.kind = kind;
        row.participantId = participantId;
        row.periodFrom = from;
        row.periodTo = to;
        row.recipientClass = target.recipientClass.name();
        row.recipientName = target.recipientName;
        row.state = OutboxState.PENDING;
        row.createdAt = module.now();
        row.createdBy = by.username();
        row.nextAttemptAt = row.createdAt;
        row.dedupeKey = dedupeKey;
        m.insertOutbox(row);
        tx.post(AdapterEvents.QUEUED, Map.of(AdapterEvents.PROP_MESSAGE_ID, row.id, AdapterEvents.PROP_SYSTEM, row.system,
                AdapterEvents.PROP_KIND, kind.name(), AdapterEvents.PROP_PARTICIPANT_ID, participantId));
        return row;
    }

    @Override
    public OutboundMessage get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            AdapterAccess.GET_OUTBOX_MESSAGE.requireRole(actor);
            OutboxRow row = id == null || id.length() > 64 ? null : tx.mapper(AdapterMapper.class).outbox(id);
            if (row == null) {
                throw access.unknown(actor, AdapterAccess.GET_OUTBOX_MESSAGE, "outbound message", id);
            }
            entry.participant(row.participantId);
            return toDto(row);
        });
    }

    @Override
    public Page<OutboundMessage> list(Actor actor, OutboxSearch search, PageRequest page) {
        OutboxSearch q = search == null ? new OutboxSearch() : search;
        AuditEntry entry = module.entry(actor, "SEARCH", RESOURCE).participant(q.participantId)
                .detail("outbox " + (q.state == null ? "all" : q.state));
        return module.audited(entry, tx -> {
            AdapterAccess.LIST_OUTBOX.requireRole(actor);
            new Validator().maxLength("system", q.system, 64).maxLength("participantId", q.participantId, 36)
                    .throwIfInvalid();
            AdapterMapper m = tx.mapper(AdapterMapper.class);
            Page<OutboundMessage> result = Page.read(page, () -> m.countOutbox(q),
                    () -> m.listOutbox(q, page.offset(), page.size())).map(OutboxServiceImpl::toDto);
            tx.record(AuditEntry.readsOf(actor, module.name(), RESOURCE, result.items, o -> o.id, o -> o.participantId,
                    "outbox list"));
            return result;
        });
    }

    @Override
    public OutboundMessage replay(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "REPLAY", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            AdapterAccess.REPLAY_MESSAGE.requireRole(actor);
            AdapterMapper m = tx.mapper(AdapterMapper.class);
            OutboxRow row = id == null || id.length() > 64 ? null : m.outbox(id);
            if (row == null) {
                throw access.unknown(actor, AdapterAccess.REPLAY_MESSAGE, "outbound message", id);
            }
            entry.participant(row.participantId);
            if ((row.state != OutboxState.DEAD && row.state != OutboxState.BLOCKED_BY_CONSENT)
                    || m.replay(id, row.state.name(), module.now()) != 1) {
                throw new ConflictException("Outbound message " + id + " is " + row.state
                        + ": only a DEAD or BLOCKED_BY_CONSENT message can be replayed.");
            }
            entry.detail(row.kind + " to " + row.system + " replayed from " + row.state);
            return toDto(m.outbox(id));
        });
    }

    @Override
    public int deliverDue() {
        Instant now = module.now();
        List<AdapterMapper.Due> due = module.work(tx -> tx.mapper(AdapterMapper.class).due(now, BATCH));
        int tried = 0;
        // a system that failed in this round is not tried again in it: a court that hangs costs one timeout per round
        Set<String> failing = new HashSet<>();
        for (AdapterMapper.Due d : due) {
            if (failing.contains(d.system)) {
                continue;
            }
            Instant until = now.plus(settings.claim);
            boolean mine = module.workAlone(tx -> tx.mapper(AdapterMapper.class).claim(d.id, node, now, until) == 1);
            if (mine) {
                Boolean delivered = attempt(d.id);
                if (delivered != null) {
                    tried++;
                    if (!delivered) {
                        failing.add(d.system);
                    }
                }
            }
        }
        return tried;
    }

    /**
     * One try of a claimed message: null when it was not tried (its channel is not installed), false when its
     * system did not take it, true otherwise (delivered, or blocked by the gate).
     */
    private Boolean attempt(String id) {
        OutboxRow row = module.work(tx -> tx.mapper(AdapterMapper.class).outbox(id));
        OutboundChannel channel = channels.get(row.system);
        if (channel == null) {
            module.work(tx -> tx.mapper(AdapterMapper.class).unclaim(id, node, module.now().plus(NO_CHANNEL_WAIT)));
            return null;
        }
        AuditEntry entry = module.entry(system, "DELIVER", RESOURCE).resource(id).participant(row.participantId)
                .detail(row.kind + " to " + row.system + ", try " + (row.attempts + 1));
        try {
            module.audited(entry, tx -> {
                OutboundMessage msg = toDto(row);
                prepare(msg);
                try {
                    channel.deliver(msg);
                } catch (DeliveryException e) {
                    throw new Undelivered(e);
                } catch (RuntimeException e) {
                    throw new Undelivered(new DeliveryException("the " + row.system + " adapter failed: " + e, e));
                }
                if (tx.mapper(AdapterMapper.class).finish(id, node, OutboxState.DELIVERED.name(), row.attempts + 1,
                        row.nextAttemptAt, null, module.now(), msg.disclosureId) != 1) {
                    // our claim ran out and another node took the message: it delivers and records it
                    LOG.warn("Outbound message {} was delivered after its claim had run out", id);
                }
                tx.post(AdapterEvents.OUTBOX, ended(row, OutboxState.DELIVERED, row.attempts + 1));
                return null;
            });
        } catch (ForbiddenException denied) {
            finish(row, OutboxState.BLOCKED_BY_CONSENT, row.attempts, module.now().plus(settings.blockedRecheck),
                    denied.getMessage());
        } catch (Undelivered u) {
            failed(row, u.getCause().getMessage(), ((DeliveryException) u.getCause()).permanent());
            return false;
        } catch (RuntimeException e) {
            LOG.warn("Outbound message {} could not be prepared or recorded: {}", id, e.toString());
            failed(row, "could not be prepared: " + e.getMessage(), false);
        }
        return true;
    }

    private void failed(OutboxRow row, String error, boolean permanent) {
        int attempts = row.attempts + 1;
        boolean dead = permanent || attempts >= settings.maxAttempts;
        finish(row, dead ? OutboxState.DEAD : OutboxState.PENDING, attempts,
                dead ? row.nextAttemptAt : module.now().plus(settings.backoff(attempts)), error);
        if (dead) {
            LOG.warn("Outbound message {} ({} to {}) is on the dead-letter list after {} tries: {}", row.id, row.kind,
                    row.system, attempts, error);
        }
    }

    private void finish(OutboxRow row, OutboxState state, int attempts, Instant next, String error) {
        String e = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        module.work(tx -> {
            tx.mapper(AdapterMapper.class).finish(row.id, node, state.name(), attempts, next, e, null, null);
            tx.post(AdapterEvents.OUTBOX, ended(row, state, attempts));
            return null;
        });
    }

    private static Map<String, Object> ended(OutboxRow row, OutboxState state, int attempts) {
        return Map.of(AdapterEvents.PROP_MESSAGE_ID, row.id, AdapterEvents.PROP_SYSTEM, row.system,
                AdapterEvents.PROP_STATE, state.name(), AdapterEvents.PROP_ATTEMPTS, attempts,
                AdapterEvents.PROP_PARTICIPANT_ID, row.participantId);
    }

    /**
     * Passes the disclosure gate and builds the body, in the delivery's transaction: the disclosure (or
     * the report's) is recorded in it, and rolled back with it when the delivery fails.
     */
    private void prepare(OutboundMessage msg) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageId", msg.id);
        body.put("kind", msg.kind.name());
        body.put("sentAt", module.now().toString());
        if (msg.kind == OutboundKind.PROGRESS_REPORT) {
            CourtReportRequest q = new CourtReportRequest();
            q.participantId = msg.participantId;
            q.from = msg.periodFrom;
            q.to = msg.periodTo;
            q.recipientClass = RecipientClass.valueOf(msg.recipientClass);
            q.recipientName = msg.recipientName;
            q.purpose = DisclosurePurpose.CRIMINAL_JUSTICE_MONITORING;
            CourtReport report = reports.report(system, q);
            msg.disclosureId = report.disclosureId;
            body.put("participant", identifiers(msg.participantId));
            body.put("report", report);
            body.put("notice", report.notice);
        } else {
            DisclosureRequest q = new DisclosureRequest();
            q.participantId = msg.participantId;
            q.recipientClass = RecipientClass.valueOf(msg.recipientClass);
            q.recipientName = msg.recipientName;
            q.purpose = DisclosurePurpose.CRIMINAL_JUSTICE_MONITORING;
            q.categories = msg.kind.categories();
            Disclosure d = gate.disclose(system, q, describe(msg));
            msg.disclosureId = d.id;
            body.put("participant", identifiers(msg.participantId));
            // only the categories the gate allowed, and so the accounting lists, go out
            Enrollment e = d.categories != null && d.categories.contains("ENROLLMENT") ? LatestEnrollment.of(enrollments, system, msg.participantId, x -> true)
                    : null;
            if (e != null) {
                Map<String, Object> en = new LinkedHashMap<>();
                en.put("status", e.status.name());
                en.put("startDate", String.valueOf(e.startDate));
                en.put("programMonths", e.programMonths);
                if (e.expectedEndDate != null) {
                    en.put("expectedEndDate", e.expectedEndDate.toString());
                }
                if (e.statusDate != null) {
                    en.put("statusDate", e.statusDate.toString());
                }
                body.put("enrollment", en);
            }
            if (msg.kind == OutboundKind.MISSED_CONTACT_ALERT) {
                body.put("alert", "The team could not reach the participant for a due contact.");
            }
            body.put("notice", d.notice);
        }
        body.put("disclosureId", msg.disclosureId);
        msg.body = Json.write(body);
    }

    /** What the accounting says went out, and who asked for it (the disclosure itself is the runtime's). */
    private static String describe(OutboundMessage msg) {
        String what;
        switch (msg.kind) {
            case ENROLLMENT_NOTICE:
                what = "Enrollment notice to ";
                break;
            case COMPLETION:
                what = "Program completion notice to ";
                break;
            default:
                what = "Missed-contact alert to ";
                break;
        }
        return what + msg.system + ", message " + msg.id + ", requested by " + msg.createdBy;
    }

    private Map<String, Object> identifiers(String participantId) {
        Participant p = participants.get(system, participantId);
        List<Map<String, String>> ids = new ArrayList<>();
        for (Identifier i : p.identifiers == null ? List.<Identifier>of() : p.identifiers) {
            if (SHARED_IDENTIFIERS.contains(i.system)) {
                ids.add(Map.of("system", i.system, "value", i.value));
            }
        }
        return Map.of("identifiers", ids);
    }

    static OutboundMessage toDto(OutboxRow row) {
        OutboundMessage o = new OutboundMessage();
        o.id = row.id;
        o.system = row.system;
        o.kind = row.kind;
        o.participantId = row.participantId;
        o.recipientClass = row.recipientClass;
        o.recipientName = row.recipientName;
        o.periodFrom = row.periodFrom;
        o.periodTo = row.periodTo;
        o.state = row.state;
        o.attempts = row.attempts;
        o.createdAt = row.createdAt;
        o.createdBy = row.createdBy;
        o.nextAttemptAt = row.nextAttemptAt;
        o.deliveredAt = row.deliveredAt;
        o.lastError = row.lastError;
        o.disclosureId = row.disclosureId;
        return o;
    }

    /** A failed delivery, carried out of the transaction so that it rolls back. */
    private static final class Undelivered extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Undelivered(DeliveryException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
