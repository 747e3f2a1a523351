package org.missioncj.adapter.runtime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.missioncj.adapter.api.AdapterAccess;
import org.missioncj.adapter.api.AdapterEvents;
import org.missioncj.adapter.api.InboundAccess;
import org.missioncj.adapter.api.Inbox;
import org.missioncj.adapter.api.dto.CourtEvent;
import org.missioncj.adapter.api.dto.Hearing;
import org.missioncj.adapter.api.dto.InboundKind;
import org.missioncj.adapter.api.dto.InboundMessage;
import org.missioncj.adapter.api.dto.InboxEntry;
import org.missioncj.adapter.api.dto.InboxReceipt;
import org.missioncj.adapter.api.dto.InboxSearch;
import org.missioncj.adapter.api.dto.InboxState;
import org.missioncj.adapter.api.dto.PersonIdentifier;
import org.missioncj.adapter.api.dto.ReviewDecision;
import org.missioncj.adapter.runtime.AdapterMapper.InboxRow;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.core.api.persistence.PersistenceException;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.EnrollmentService;
import org.missioncj.registry.api.ParticipantService;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.Identifier;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.ParticipantSearch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox: a message is stored (and so acknowledged) in a transaction of its own, then processed in
 * another: ordered after its predecessor, matched to one participant by identifier, and applied with its
 * audit record. What cannot be processed waits (HELD, REVIEW); nothing is dropped. Each processing step
 * moves the row from the state it read (0 rows: another thread or node did it), so a message has its
 * effects once, whichever node gets to it.
 */
@Component(service = {Inbox.class, InboxServiceImpl.class})
public class InboxServiceImpl implements Inbox {
    private static final Logger LOG = LoggerFactory.getLogger(InboxServiceImpl.class);
    static final String RESOURCE = "inbound-message";
    private static final int MAX_PAYLOAD = 32000;
    private static final int MAX_IDENTIFIERS = 10;
    private static final int MAX_FAILURES = 3;
    /** A release announced ahead (a planned release date) is accepted this far; CTI then starts on that day. */
    static final int RELEASE_AHEAD_DAYS = 31;
    private static final Pattern IDENTIFIER_SYSTEM = Pattern.compile(
            Identifier.SYSTEM_PATTERN);
    /** No control or format characters (line breaks, right-to-left overrides) in ids that end up in logs and lists. */
    /**
     * An id a host system gives (message, booking, hearing, identifier value): printable ASCII, spaces only inside.
     * No look-alikes: a filler or a combining mark would make two ids that read the same.
     */
    private static final Pattern PLAIN = Pattern.compile("^[!-~]([ -~]*[!-~])?$");
    /** Free text (a court's name, a code): one line of assigned, visible characters and spaces. */
    private static final Pattern ONE_LINE = Pattern.compile("^[^\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}]*$");
    /** How far ahead of the platform's clock a host system's clock may be. */
    private static final Duration CLOCK_AHEAD = Duration.ofMinutes(10);
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private final ModuleSupport module;
    private final AdapterSettings settings;
    private final ParticipantService participants;
    private final EnrollmentService enrollments;
    private final CaseloadAccess access;
    private final EventAdmin events;
    private final Actor system;

    @Activate
    public InboxServiceImpl(@Reference(target = AdapterSettings.MODULE) ModuleSupport module,
            @Reference AdapterSettings settings, @Reference ParticipantService participants,
            @Reference EnrollmentService enrollments, @Reference CaseloadAccess access, @Reference EventAdmin events) {
        this.module = module;
        this.settings = settings;
        this.participants = participants;
        this.enrollments = enrollments;
        this.access = access;
        this.events = events;
        this.system = Actor.system(module.name());
    }

    /**
     * An effect's event, sent once the transaction has committed and to every handler before the message
     * counts as done: a receipt that says PROCESSED means CTI has already moved the phases.
     */
    private void send(Tx tx, String topic, Map<String, ?> properties) {
        Map<String, Object> copy = new HashMap<>(properties);
        tx.afterCommit(() -> events.sendEvent(new Event(topic, copy)));
    }

    @Override
    public InboxReceipt receive(Actor actor, InboundMessage message) {
        InboundAccess.RECEIVE_MESSAGE.requireRole(actor);
        InboundMessage msg = message == null ? new InboundMessage() : message;
        validate(msg);
        InboxRow existing = module.work(tx -> tx.mapper(AdapterMapper.class).inboxByMessage(msg.sourceSystem, msg.messageId));
        if (existing == null) {
            InboxRow row = new InboxRow();
            row.id = UUID.randomUUID().toString();
            row.sourceSystem = msg.sourceSystem;
            row.messageId = msg.messageId;
            row.kind = msg.kind.name();
            row.state = InboxState.RECEIVED.name();
            row.seqKey = sequenceKey(msg);
            row.receivedAt = module.now();
            row.receivedBy = actor.username();
            if (msg.occurredAt == null || msg.occurredAt.isAfter(row.receivedAt)) {
                // a sender's clock ahead of ours cannot date a message into the future, where it would outrank the
                // messages that follow it
                msg.occurredAt = row.receivedAt;
            }
            msg.occurredAt = msg.occurredAt.truncatedTo(ChronoUnit.MILLIS);
            row.payload = Json.write(msg);
            if (row.payload.length() > MAX_PAYLOAD) {
                new Validator().check(false, "message", "is longer than " + MAX_PAYLOAD + " characters as stored")
                        .throwIfInvalid();
            }
            AuditEntry entry = module.entry(actor, "RECEIVE", RESOURCE).resource(row.id)
                    .detail(msg.kind + " from " + msg.sourceSystem + " message " + msg.messageId);
            try {
                module.audited(entry, tx -> {
                    tx.mapper(AdapterMapper.class).insertInbox(row);
                    return null;
                });
            } catch (ConflictException raced) {
                // the same message at the same moment from another connection: it is stored once, by the other
                existing = module.work(tx -> tx.mapper(AdapterMapper.class).inboxByMessage(msg.sourceSystem, msg.messageId));
                if (existing == null) {
                    throw raced;
                }
            }
            if (existing == null) {
                InboxState state = processSafely(row.id);
                return receipt(row, false, state);
            }
        }
        if (!sameContent(Json.read(existing.payload, InboundMessage.class), msg)) {
            // a sender that reuses an id for another message would lose the second one silently
            module.audited(module.entry(actor, "RECEIVE", RESOURCE).resource(existing.id).outcome(AuditOutcome.DENIED)
                    .detail("message id reused for other content: " + msg.kind + " from " + msg.sourceSystem + " message "
                            + msg.messageId), tx -> null);
            throw new ConflictException("Message " + msg.messageId + " of " + msg.sourceSystem + " was received before "
                    + "with other content (a " + existing.kind + "). A message id names one message: send a resend "
                    + "unchanged, and a new or changed message under a new id.");
        }
        module.audited(module.entry(actor, "RECEIVE", RESOURCE).resource(existing.id)
                .detail("duplicate: " + msg.kind + " from " + msg.sourceSystem + " message " + msg.messageId), tx -> null);
        return receipt(existing, true, InboxState.valueOf(existing.state));
    }

    /**
     * Whether a message received again says what the stored one said: everything but when it happened (a sender may
     * stamp a resend anew) and the free text's surrounding spaces.
     */
    static boolean sameContent(InboundMessage stored, InboundMessage again) {
        return stored.kind == again.kind && identifiers(stored).equals(identifiers(again))
                && java.util.Objects.equals(stored.bookingId, again.bookingId)
                && java.util.Objects.equals(stored.releaseDate, again.releaseDate)
                && java.util.Objects.equals(stored.hearingId, again.hearingId)
                && java.util.Objects.equals(millis(stored.scheduledAt), millis(again.scheduledAt))
                && java.util.Objects.equals(stored.code, again.code)
                && java.util.Objects.equals(stored.caseNumber, again.caseNumber)
                && sameText(stored.facility, again.facility) && sameText(stored.releaseDestination, again.releaseDestination)
                && sameText(stored.court, again.court) && sameText(stored.hearingType, again.hearingType);
    }

    private static java.util.Set<String> identifiers(InboundMessage m) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        if (m.person != null) {
            m.person.forEach(p -> ids.add(p.system + "\u0000" + p.value));
        }
        return ids;
    }

    private static Instant millis(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
    }

    private static boolean sameText(String a, String b) {
        return java.util.Objects.equals(a == null || a.isBlank() ? null : a.trim(), b == null || b.isBlank() ? null : b.trim());
    }

    private static InboxReceipt receipt(InboxRow row, boolean duplicate, InboxState state) {
        InboxReceipt r = new InboxReceipt();
        r.id = row.id;
        r.sourceSystem = row.sourceSystem;
        r.messageId = row.messageId;
        r.duplicate = duplicate;
        r.state = state;
        return r;
    }

    /**
     * Processes a stored message. A failure leaves it RECEIVED for the worker to try again; the third sends it
     * to review with the reason, so nothing is tried for ever (a database that is down fails the count too,
     * and the message simply stays RECEIVED).
     */
    InboxState processSafely(String id) {
        try {
            return process(id, null, null, null);
        } catch (ConflictException e) {
            // another message took this one's booking or hearing at the same moment: looked at again by the worker
            LOG.info("Inbound message {} met another processed at the same moment; the worker looks at it again", id);
            return InboxState.RECEIVED;
        } catch (PersistenceException e) {
            if (!e.isTransient()) {
                return failedProcessing(id, e);
            }
            // busy or unreachable: the worker tries again, and this does not count as a failure of the message
            LOG.info("Inbound message {} waits for the database ({}); the worker tries again", id, e.getMessage());
            return InboxState.RECEIVED;
        } catch (RuntimeException e) {
            return failedProcessing(id, e);
        }
    }

    private InboxState failedProcessing(String id, RuntimeException e) {
        String reason = reason("could not be processed: " + e.getMessage());
        try {
            module.workAlone(tx -> tx.mapper(AdapterMapper.class).failed(id, reason, MAX_FAILURES));
        } catch (RuntimeException alsoDown) {
            LOG.debug("Could not count the failure of inbound message {}", id, alsoDown);
        }
        LOG.warn("Inbound message {} is stored but could not be processed ({}); it is tried again, then goes to review",
                id, e.toString());
        return InboxState.RECEIVED;
    }

    /** A reason as stored (500 characters at most). */
    static String reason(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }

    /**
     * One step of a message: held until its predecessor is processed (or to review once the hold is over),
     * matched, applied. With {@code linkedTo} (staff resolving it) the predecessor and matching are skipped.
     */
    InboxState process(String id, String linkedTo, Actor resolver, String resolution) {
        AuditEntry entry = module.entry(resolver == null ? system : resolver, resolver == null ? "APPLY" : "LINK", RESOURCE)
                .resource(id);
        List<String> successors = new ArrayList<>();
        InboxState result = module.audited(entry, tx -> {
            AdapterMapper m = tx.mapper(AdapterMapper.class);
            InboxRow row = m.inbox(id);
            if (row == null) {
                return null;
            }
            InboxState state = InboxState.valueOf(row.state);
            boolean open = state == InboxState.RECEIVED || state == InboxState.HELD
                    || (linkedTo != null && state == InboxState.REVIEW);
            if (!open) {
                if (linkedTo != null) {
                    throw new ConflictException("Inbound message " + id + " is " + state + ": only a message in REVIEW or "
                            + "HELD can be linked.");
                }
                entry.detail("already " + state);
                return state;
            }
            InboundMessage msg = Json.read(row.payload, InboundMessage.class);
            InboundKind kind = msg.kind;
            Instant now = module.now();
            String what = kind + " from " + row.sourceSystem + " message " + row.messageId;
            if (linkedTo == null && kind.predecessor() != null
                    && m.processedCount(row.sourceSystem, row.seqKey, kind.predecessor().name()) == 0) {
                if (state == InboxState.RECEIVED) {
                    Instant until = now.plus(settings.hold);
                    move(m, row, InboxState.HELD, null, "waiting for the " + kind.predecessor() + " of "
                            + keyName(kind) + " " + row.seqKey, null, until, null);
                    entry.detail(what + ": held for its " + kind.predecessor());
                    return InboxState.HELD;
                }
                if (row.holdUntil != null && row.holdUntil.isAfter(now)) {
                    entry.detail(what + ": still held");
                    return InboxState.HELD;
                }
                String reason = "its " + kind.predecessor() + " (" + keyName(kind) + " " + row.seqKey
                        + ") did not arrive within " + settings.hold.toMinutes() + " minutes";
                move(m, row, InboxState.REVIEW, null, reason, null, null, null);
                entry.detail(what + ": to review: " + reason);
                tx.post(AdapterEvents.REVIEW, Map.of(AdapterEvents.PROP_INBOX_ID, id,
                        AdapterEvents.PROP_SOURCE_SYSTEM, row.sourceSystem, AdapterEvents.PROP_REASON, reason));
                return InboxState.REVIEW;
            }
            String participantId = linkedTo;
            if (participantId == null) {
                Match match = match(msg.person);
                if (match.participantIds.size() != 1) {
                    String reason = match.participantIds.isEmpty()
                            ? "no participant holds " + match.described
                            : match.participantIds.size() + " participants hold " + match.described;
                    move(m, row, InboxState.REVIEW, null, reason, null, null, null);
                    entry.detail(what + ": to review: " + reason);
                    tx.post(AdapterEvents.REVIEW, Map.of(AdapterEvents.PROP_INBOX_ID, id,
                            AdapterEvents.PROP_SOURCE_SYSTEM, row.sourceSystem, AdapterEvents.PROP_REASON, reason));
                    return InboxState.REVIEW;
                }
                participantId = match.participantIds.iterator().next();
            }
            String conflict = conflict(m, row, msg, participantId);
            if (conflict != null) {
                if (linkedTo != null) {
                    throw new ConflictException("Inbound message " + id + " cannot be linked to participant " + linkedTo
                            + ": " + conflict + ".");
                }
                move(m, row, InboxState.REVIEW, null, conflict, null, null, null);
                entry.detail(what + ": to review: " + conflict);
                tx.post(AdapterEvents.REVIEW, Map.of(AdapterEvents.PROP_INBOX_ID, id,
                        AdapterEvents.PROP_SOURCE_SYSTEM, row.sourceSystem, AdapterEvents.PROP_REASON, conflict));
                return InboxState.REVIEW;
            }
            if (!move(m, row, InboxState.PROCESSED, participantId, resolution, now, null,
                    resolver == null ? null : resolver.username())) {
                entry.detail(what + ": processed elsewhere");
                return InboxState.valueOf(m.inbox(id).state);
            }
            if (row.seqKey != null) {
                // a duplicate key here means another message gave it to someone at this moment: this transaction
                // rolls back, and the message is looked at again, when conflict() sees the owner
                String owner = m.keyOwner(row.sourceSystem, row.seqKey, family(kind));
                if (owner == null) {
                    m.insertKeyOwner(row.sourceSystem, row.seqKey, family(kind), participantId);
                } else if (!owner.equals(participantId)) {
                    // another message gave the key to someone else after conflict() looked (it committed while this
                    // read waited for its lock): the same, roll back and look again
                    throw new ConflictException(keyName(kind) + " " + row.seqKey + " was given to another participant "
                            + "at this moment; the message is looked at again");
                }
            }
            entry.participant(participantId).detail(what + (resolver == null ? "" : ", linked: " + resolution)
                    + ": " + apply(tx, m, row, msg, participantId));
            if (kind == InboundKind.BOOKING || kind == InboundKind.HEARING_SCHEDULED) {
                successors.addAll(m.heldFor(row.sourceSystem, row.seqKey));
            }
            return InboxState.PROCESSED;
        });
        for (String next : successors) {
            processSafely(next);
        }
        return result;
    }

    /**
     * Why the message must not be applied to this participant, or null: a release whose booking was applied to
     * someone else, a hearing that belongs to someone else. A record never moves silently between people.
     */
    private static String conflict(AdapterMapper m, InboxRow row, InboundMessage msg, String participantId) {
        if (row.seqKey == null) {
            return null;
        }
        boolean custody = msg.kind == InboundKind.BOOKING || msg.kind == InboundKind.RELEASE;
        String owner = m.keyOwner(row.sourceSystem, row.seqKey, family(msg.kind));
        if (owner != null && !owner.equals(participantId)) {
            return (custody ? "booking " : "hearing ") + row.seqKey + " belongs to another participant";
        }
        List<String> family = custody ? CUSTODY_KINDS : HEARING_KINDS;
        for (String other : m.processedParticipants(row.sourceSystem, row.seqKey, family)) {
            if (!other.equals(participantId)) {
                return (custody ? "booking " : "hearing ") + row.seqKey + " was applied to another participant";
            }
        }
        if (!custody) {
            Hearing h = m.hearingBySource(row.sourceSystem, msg.hearingId);
            if (h != null && !h.participantId.equals(participantId)) {
                return "hearing " + msg.hearingId + " belongs to another participant";
            }
        }
        return null;
    }

    private static String family(InboundKind kind) {
        return kind == InboundKind.BOOKING || kind == InboundKind.RELEASE ? "CUSTODY" : "HEARING";
    }

    private static final List<String> CUSTODY_KINDS = List.of(InboundKind.BOOKING.name(), InboundKind.RELEASE.name());
    private static final List<String> HEARING_KINDS = List.of(InboundKind.HEARING_SCHEDULED.name(),
            InboundKind.HEARING_CHANGED.name(), InboundKind.HEARING_CANCELLED.name());

    private static boolean move(AdapterMapper m, InboxRow row, InboxState to, String participantId, String reason,
            Instant processedAt, Instant holdUntil, String resolvedBy) {
        return m.moveInbox(row.id, row.state, to.name(), participantId, reason(reason), processedAt, holdUntil,
                resolvedBy) == 1;
    }

    /** The message's effect, in the transaction that marks it processed; returns what it did, for the audit. */
    private String apply(Tx tx, AdapterMapper m, InboxRow row, InboundMessage msg, String participantId) {
        Instant now = module.now();
        switch (msg.kind) {
            case BOOKING: {
                CourtEvent e = event(row, msg, participantId);
                e.code = msg.bookingId;
                e.facility = msg.facility;
                m.insertEvent(e);
                Enrollment open = LatestEnrollment.of(enrollments, system, participantId,
                        en -> EnrollmentStatus.OPEN.contains(en.status));
                if (open != null) {
                    Map<String, Object> p = new HashMap<>();
                    p.put(AdapterEvents.PROP_PARTICIPANT_ID, participantId);
                    p.put(AdapterEvents.PROP_TEAM_ID, open.teamId);
                    p.put(AdapterEvents.PROP_ENROLLMENT_ID, open.id);
                    p.put(AdapterEvents.PROP_BOOKING_ID, msg.bookingId);
                    p.put(AdapterEvents.PROP_BOOKED_AT, e.occurredAt.toString());
                    if (msg.facility != null) {
                        p.put(AdapterEvents.PROP_FACILITY, msg.facility);
                    }
                    send(tx, AdapterEvents.BOOKED, p);
                    return "booking " + msg.bookingId + " recorded; team " + open.teamId + " alerted";
                }
                return "booking " + msg.bookingId + " recorded (no open enrollment)";
            }
            case RELEASE: {
                CourtEvent e = event(row, msg, participantId);
                e.code = msg.bookingId;
                e.releaseDate = msg.releaseDate;
                e.destination = msg.releaseDestination;
                m.insertEvent(e);
                Map<String, Object> p = new HashMap<>();
                p.put(AdapterEvents.PROP_PARTICIPANT_ID, participantId);
                p.put(AdapterEvents.PROP_RELEASE_DATE, msg.releaseDate.toString());
                if (msg.releaseDestination != null) {
                    p.put(AdapterEvents.PROP_DESTINATION, msg.releaseDestination);
                }
                send(tx, AdapterEvents.RELEASED, p);
                return "release on " + msg.releaseDate + " recorded";
            }
            case HEARING_SCHEDULED:
            case HEARING_CHANGED:
            case HEARING_CANCELLED: {
                Hearing h = m.hearingBySource(row.sourceSystem, msg.hearingId);
                boolean isNew = h == null;
                if (!isNew) {
                    Instant last = m.hearingLastMessage(h.id);
                    if (last != null && msg.occurredAt.isBefore(last)) {
                        return "hearing " + h.id + " not changed: the message (" + msg.occurredAt
                                + ") is older than its last update (" + last + ")";
                    }
                    if (msg.kind == InboundKind.HEARING_SCHEDULED && "CANCELLED".equals(h.status)) {
                        return "hearing " + h.id + " stays cancelled: a HEARING_SCHEDULED does not restore it "
                                + "(a HEARING_CHANGED does)";
                    }
                }
                if (isNew) {
                    h = new Hearing();
                    h.id = UUID.randomUUID().toString();
                    h.sourceSystem = row.sourceSystem;
                    h.hearingId = msg.hearingId;
                }
                h.participantId = participantId;
                if (msg.scheduledAt != null) {
                    h.scheduledAt = msg.scheduledAt.truncatedTo(ChronoUnit.MILLIS);
                }
                if (msg.court != null) {
                    h.court = msg.court;
                }
                if (msg.hearingType != null) {
                    h.hearingType = msg.hearingType;
                }
                h.status = msg.kind == InboundKind.HEARING_CANCELLED ? "CANCELLED" : "SCHEDULED";
                h.updatedAt = now;
                if (h.scheduledAt == null) {
                    h.scheduledAt = msg.occurredAt; // a cancellation of a hearing we never saw scheduled (linked by staff)
                }
                if (isNew) {
                    m.insertHearing(h, msg.occurredAt);
                } else {
                    m.updateHearing(h, msg.occurredAt);
                }
                send(tx, AdapterEvents.HEARING, Map.of(AdapterEvents.PROP_PARTICIPANT_ID, participantId,
                        AdapterEvents.PROP_HEARING_ID, h.id, AdapterEvents.PROP_STATUS, h.status));
                return "hearing " + h.id + " " + h.status.toLowerCase() + " for " + h.scheduledAt;
            }
            default: {
                CourtEvent e = event(row, msg, participantId);
                e.code = msg.code;
                e.caseNumber = msg.caseNumber;
                m.insertEvent(e);
                send(tx, AdapterEvents.COURT_EVENT, Map.of(AdapterEvents.PROP_PARTICIPANT_ID, participantId,
                        AdapterEvents.PROP_KIND, msg.kind.name(), AdapterEvents.PROP_CODE, msg.code,
                        AdapterEvents.PROP_EVENT_ID, e.id));
                return msg.kind.name().toLowerCase() + " " + msg.code + " recorded";
            }
        }
    }

    private CourtEvent event(InboxRow row, InboundMessage msg, String participantId) {
        CourtEvent e = new CourtEvent();
        e.id = UUID.randomUUID().toString();
        e.participantId = participantId;
        e.sourceSystem = row.sourceSystem;
        e.kind = msg.kind;
        e.occurredAt = msg.kind == InboundKind.RELEASE
                ? msg.releaseDate.atStartOfDay(module.zone()).toInstant()
                : msg.occurredAt;
        e.inboxId = row.id;
        return e;
    }

    /** The participants holding any of the message's identifiers. */
    private Match match(List<PersonIdentifier> person) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> described = new ArrayList<>();
        for (PersonIdentifier pi : person) {
            ParticipantSearch q = new ParticipantSearch();
            q.identifierSystem = pi.system;
            q.identifierValue = pi.value;
            for (Participant p : participants.search(system, q, PageRequest.of(0, 10)).items) {
                ids.add(p.id);
            }
            described.add(pi.system + " " + pi.value);
        }
        return new Match(ids, String.join(" or ", described));
    }

    private static final class Match {
        final Set<String> participantIds;
        final String described;

        Match(Set<String> participantIds, String described) {
            this.participantIds = participantIds;
            this.described = described;
        }
    }

    static String sequenceKey(InboundMessage msg) {
        switch (msg.kind) {
            case BOOKING:
            case RELEASE:
                return msg.bookingId;
            case HEARING_SCHEDULED:
            case HEARING_CHANGED:
            case HEARING_CANCELLED:
                return msg.hearingId;
            default:
                return null;
        }
    }

    private static String keyName(InboundKind kind) {
        return kind == InboundKind.RELEASE ? "booking" : "hearing";
    }

    /** Every field error at once, in the message's own words (400). */
    void validate(InboundMessage msg) {
        Validator v = new Validator()
                .requiredText("sourceSystem", msg.sourceSystem, 64)
                .requiredText("messageId", msg.messageId, 128)
                .required("kind", msg.kind);
        v.check(msg.sourceSystem == null || msg.sourceSystem.matches("[a-z0-9][a-z0-9-]{0,63}"), "sourceSystem",
                "must be lower-case letters, digits and '-'");
        if (msg.person == null || msg.person.isEmpty()) {
            v.check(false, "person", "must name at least one identifier (system and value)");
        } else {
            v.check(msg.person.size() <= MAX_IDENTIFIERS, "person", "may name at most " + MAX_IDENTIFIERS + " identifiers");
            for (int i = 0; i < msg.person.size() && i < MAX_IDENTIFIERS; i++) {
                PersonIdentifier pi = msg.person.get(i);
                if (pi == null) {
                    v.check(false, "person[" + i + "]", "is required");
                    continue;
                }
                v.requiredText("person[" + i + "].system", pi.system, 64).requiredText("person[" + i + "].value", pi.value, 128);
                v.check(pi.system == null || IDENTIFIER_SYSTEM.matcher(pi.system).matches(), "person[" + i + "].system",
                        "must be an identifier system such as jail-booking (lower-case letters, digits, '.', '_', '-')");
                v.check(pi.value == null || PLAIN.matcher(pi.value).matches(), "person[" + i + "].value",
                        "must be printable ASCII, without spaces at either end");
            }
        }
        v.check(msg.messageId == null || PLAIN.matcher(msg.messageId).matches(), "messageId",
                "must be printable ASCII, without spaces at either end");
        for (String[] id : new String[][] {{"bookingId", msg.bookingId}, {"hearingId", msg.hearingId}}) {
            v.check(id[1] == null || PLAIN.matcher(id[1]).matches(), id[0],
                    "must be printable ASCII, without spaces at either end");
        }
        for (String[] text : new String[][] {{"facility", msg.facility}, {"releaseDestination", msg.releaseDestination},
                {"court", msg.court}, {"hearingType", msg.hearingType}, {"code", msg.code}, {"caseNumber", msg.caseNumber}}) {
            v.check(text[1] == null || ONE_LINE.matcher(text[1]).matches(), text[0],
                    "must be one line without control characters");
        }
        Instant now = module.now();
        v.check(msg.occurredAt == null || (!msg.occurredAt.isBefore(EARLIEST) && !msg.occurredAt.isAfter(now.plus(
                CLOCK_AHEAD))), "occurredAt", "must be between 1900 and now (your clock is more than "
                        + CLOCK_AHEAD.toMinutes() + " minutes ahead of the platform's)");
        v.check(msg.scheduledAt == null || (!msg.scheduledAt.isBefore(EARLIEST) && msg.scheduledAt.isBefore(now.plus(
                Duration.ofDays(3660)))), "scheduledAt", "must be between 1900 and ten years from now");
        v.check(msg.releaseDate == null || !msg.releaseDate.isBefore(LocalDate.of(1900, 1, 1)), "releaseDate",
                "must not be before 1900");
        v.maxLength("facility", msg.facility, 200).maxLength("releaseDestination", msg.releaseDestination, 200)
                .maxLength("court", msg.court, 200).maxLength("hearingType", msg.hearingType, 200)
                .maxLength("code", msg.code, 128).maxLength("caseNumber", msg.caseNumber, 128)
                .maxLength("bookingId", msg.bookingId, 128).maxLength("hearingId", msg.hearingId, 128);
        if (msg.kind != null) {
            switch (msg.kind) {
                case BOOKING:
                    v.requiredText("bookingId", msg.bookingId, 128);
                    break;
                case RELEASE:
                    v.requiredText("bookingId", msg.bookingId, 128).required("releaseDate", msg.releaseDate);
                    v.check(msg.releaseDate == null || !msg.releaseDate.isAfter(module.today().plusDays(RELEASE_AHEAD_DAYS)),
                            "releaseDate", "must not be more than " + RELEASE_AHEAD_DAYS + " days ahead (a release that is "
                                    + "planned, not one that is only possible)");
                    break;
                case HEARING_SCHEDULED:
                case HEARING_CHANGED:
                    v.requiredText("hearingId", msg.hearingId, 128).required("scheduledAt", msg.scheduledAt);
                    break;
                case HEARING_CANCELLED:
                    v.requiredText("hearingId", msg.hearingId, 128);
                    break;
                default:
                    v.requiredText("code", msg.code, 128);
                    break;
            }
        }
        v.throwIfInvalid();
    }

    @Override
    public InboxEntry get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            AdapterAccess.GET_INBOX_ENTRY.requireRole(actor);
            InboxRow row = id == null || id.length() > 64 ? null : tx.mapper(AdapterMapper.class).inbox(id);
            if (row == null) {
                throw access.unknown(actor, AdapterAccess.GET_INBOX_ENTRY, "inbound message", id);
            }
            entry.participant(row.participantId);
            InboxEntry e = toEntry(row);
            e.message = Json.read(row.payload, InboundMessage.class);
            return e;
        });
    }

    @Override
    public Page<InboxEntry> list(Actor actor, InboxSearch search, PageRequest page) {
        InboxSearch q = search == null ? new InboxSearch(InboxState.REVIEW, null, null) : search;
        AuditEntry entry = module.entry(actor, "SEARCH", RESOURCE).participant(q.participantId)
                .detail("inbox " + (q.state == null ? "all" : q.state));
        return module.audited(entry, tx -> {
            AdapterAccess.LIST_INBOX.requireRole(actor);
            new Validator().maxLength("sourceSystem", q.sourceSystem, 64).maxLength("participantId", q.participantId, 36)
                    .throwIfInvalid();
            AdapterMapper m = tx.mapper(AdapterMapper.class);
            Page<InboxEntry> result = Page.read(page, () -> m.countInbox(q),
                    () -> m.listInbox(q, page.offset(), page.size())).map(InboxServiceImpl::toEntry);
            List<InboxEntry> matched = new ArrayList<>();
            for (InboxEntry e : result.items) {
                if (e.participantId != null) {
                    matched.add(e);
                }
            }
            tx.record(AuditEntry.readsOf(actor, module.name(), RESOURCE, matched, e -> e.id, e -> e.participantId,
                    "inbox list"));
            return result;
        });
    }

    @Override
    public InboxEntry link(Actor actor, String id, ReviewDecision decision) {
        AdapterAccess.LINK_INBOX_ENTRY.requireRole(actor);
        ReviewDecision d = decision == null ? new ReviewDecision() : decision;
        AuditEntry check = module.entry(actor, "LINK", RESOURCE).resource(id).participant(d.participantId);
        module.audited(check, tx -> {
            InboxRow row = id == null || id.length() > 64 ? null : tx.mapper(AdapterMapper.class).inbox(id);
            if (row == null) {
                throw access.unknown(actor, AdapterAccess.LINK_INBOX_ENTRY, "inbound message", id);
            }
            access.require(actor, AdapterAccess.LINK_INBOX_ENTRY, d.participantId, check);
            new Validator().requiredText("reason", d.reason, 500).throwIfInvalid();
            check.detail("linking " + row.kind + " from " + row.sourceSystem + " message " + row.messageId);
            return null;
        });
        process(id, d.participantId, actor, d.reason.trim());
        return entry(id);
    }

    @Override
    public InboxEntry dismiss(Actor actor, String id, ReviewDecision decision) {
        ReviewDecision d = decision == null ? new ReviewDecision() : decision;
        AuditEntry entry = module.entry(actor, "DISMISS", RESOURCE).resource(id);
        module.audited(entry, tx -> {
            AdapterAccess.DISMISS_INBOX_ENTRY.requireRole(actor);
            AdapterMapper m = tx.mapper(AdapterMapper.class);
            InboxRow row = id == null || id.length() > 64 ? null : m.inbox(id);
            if (row == null) {
                throw access.unknown(actor, AdapterAccess.DISMISS_INBOX_ENTRY, "inbound message", id);
            }
            new Validator().requiredText("reason", d.reason, 500).throwIfInvalid();
            InboxState state = InboxState.valueOf(row.state);
            if ((state != InboxState.REVIEW && state != InboxState.HELD)
                    || !move(m, row, InboxState.DISMISSED, row.participantId, "dismissed: " + d.reason.trim(),
                            module.now(), null, actor.username())) {
                throw new ConflictException("Inbound message " + id + " is " + state
                        + ": only a message in REVIEW or HELD can be dismissed.");
            }
            entry.participant(row.participantId).detail(row.kind + " from " + row.sourceSystem + " message "
                    + row.messageId + " dismissed: " + d.reason.trim());
            return null;
        });
        return entry(id);
    }

    private InboxEntry entry(String id) {
        return module.work(tx -> toEntry(tx.mapper(AdapterMapper.class).inbox(id)));
    }

    /** The worker's sweep: held messages that may go on (or to review), stored ones never processed. */
    int sweep() {
        Instant now = module.now();
        List<String> ids = module.work(tx -> {
            AdapterMapper m = tx.mapper(AdapterMapper.class);
            List<String> out = new ArrayList<>(m.heldDue(now));
            out.addAll(m.unprocessed(now.minusSeconds(30)));
            return out;
        });
        for (String id : ids) {
            processSafely(id);
        }
        return ids.size();
    }

    static InboxEntry toEntry(InboxRow row) {
        InboxEntry e = new InboxEntry();
        e.id = row.id;
        e.sourceSystem = row.sourceSystem;
        e.messageId = row.messageId;
        e.kind = InboundKind.valueOf(row.kind);
        e.state = InboxState.valueOf(row.state);
        e.participantId = row.participantId;
        e.reason = row.reason;
        e.receivedAt = row.receivedAt;
        e.processedAt = row.processedAt;
        e.holdUntil = row.holdUntil;
        e.resolvedBy = row.resolvedBy;
        return e;
    }
}
