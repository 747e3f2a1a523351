package org.missioncj.linkage.impl;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.linkage.api.LinkageAccess;
import org.missioncj.linkage.api.LinkageEvents;
import org.missioncj.linkage.api.ReferralService;
import org.missioncj.linkage.api.dto.Referral;
import org.missioncj.linkage.api.dto.ReferralFollowUp;
import org.missioncj.linkage.api.dto.ReferralStatus;
import org.missioncj.linkage.api.dto.ReferralStep;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Closed-loop referrals: a referral names the participant, a service of the directory, the reason, who made it and
 * whether the Peer Support Specialist goes along; each step (accepted, scheduled, attended, declined, no-show, closed)
 * is recorded with its day, and the current step is due by a day from the site's settings, so that a late one shows on
 * the team's follow-up list.
 */
@Component(service = ReferralService.class)
public class ReferralServiceImpl implements ReferralService {
    static final String RESOURCE = "referral";
    static final int MAX_REASON = 2000;
    /** No referral is dated before this (a typo in the year). */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final LinkageEnrollments enrollments;
    private final LinkageSettings settings;

    @Activate
    public ReferralServiceImpl(@Reference(target = LinkageSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access, @Reference LinkageEnrollments enrollments,
            @Reference LinkageSettings settings) {
        this.module = module;
        this.access = access;
        this.enrollments = enrollments;
        this.settings = settings;
    }

    @Override
    public Referral create(Actor actor, Referral input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE);
        if (input != null) {
            entry.participant(input.participantId);
        }
        return module.audited(entry, tx -> {
            LinkageAccess.CREATE_REFERRAL.requireRole(actor);
            if (input != null && input.participantId != null) {
                access.require(actor, LinkageAccess.CREATE_REFERRAL, input.participantId, entry);
            }
            LocalDate today = module.today();
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.required("participantId", input.participantId)
                    .required("serviceId", input.serviceId)
                    .requiredText("reason", input.reason, MAX_REASON)
                    .notInFuture("sentOn", input.sentOn, today)
                    .check(input.sentOn == null || !input.sentOn.isBefore(EARLIEST), "sentOn", "must not be before " + EARLIEST)
                    .check(input.status == null || input.status == ReferralStatus.SENT, "status",
                            "a new referral is SENT; record the next steps on it")
                    .throwIfInvalid();
            LinkageMapper m = tx.mapper(LinkageMapper.class);
            if (enrollments.placing(m, input.participantId) == null) {
                // a participant of the intake pool is on no team: nobody would follow the referral up
                throw new ConflictException("Participant " + input.participantId + " is on no team yet: refer or enroll "
                        + "them in the program first, so that their team follows the referral up.");
            }
            LinkageMapper.ServiceRow service = input.serviceId.length() > 64 ? null : m.service(input.serviceId);
            if (service == null) {
                throw new UnprocessableException("Service " + Words.cut(input.serviceId, 64)
                        + " is not in the service directory.",
                        List.of(new FieldError("serviceId", "names no service of the directory")));
            }
            if (service.retiredAt != null) {
                throw new ConflictException("Service " + service.id + " (" + service.name + ") left the directory on "
                        + service.retiredAt.atZone(module.zone()).toLocalDate()
                        + ": a later import no longer had it. Refer to a service the directory offers.");
            }
            if (!"active".equals(service.status)) {
                throw new ConflictException("Service " + service.id + " (" + service.name + ") is " + service.status
                        + " in the directory: refer to an active service.");
            }
            Referral r = new Referral();
            r.id = UUID.randomUUID().toString();
            r.version = 1;
            r.participantId = input.participantId;
            r.serviceId = service.id;
            r.serviceName = service.name;
            r.organizationName = service.organizationName;
            r.reason = input.reason.trim();
            r.accompanied = Boolean.TRUE.equals(input.accompanied);
            r.status = ReferralStatus.SENT;
            r.sentOn = input.sentOn == null ? today : input.sentOn;
            r.dueOn = dueOn(r.status, r.sentOn, null);
            r.createdAt = module.now();
            r.createdBy = actor.username();
            r.updatedAt = r.createdAt;
            r.updatedBy = r.createdBy;
            m.insertReferral(r, r.accompanied ? 1 : 0);
            // the service's kinds as they are now, so that a report for this period says the same after later imports
            String kinds = m.kindsOf(List.of(service.id)).stream().map(k -> k.code).filter(c -> c != null)
                    .collect(Collectors.joining(","));
            m.setReferralKinds(r.id, kinds.length() > 500 ? kinds.substring(0, kinds.lastIndexOf(',', 500)) : kinds);
            ReferralStep sent = new ReferralStep();
            sent.status = ReferralStatus.SENT;
            sent.effectiveDate = r.sentOn;
            sent.recordedAt = r.createdAt;
            sent.recordedBy = r.createdBy;
            m.insertStep(r.id, 1, sent);
            entry.resource(r.id).detail("SENT to " + service.id);
            post(tx, m, LinkageEvents.REFERRAL_SENT, r, null, r.sentOn, actor);
            return read(m, r.id, today);
        });
    }

    @Override
    public Referral get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            LinkageMapper m = tx.mapper(LinkageMapper.class);
            access.requireFound(actor, LinkageAccess.GET_REFERRAL, RESOURCE, id, m::referral, r -> r.participantId, entry);
            return read(m, id, module.today());
        });
    }

    @Override
    public Page<Referral> list(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId).detail("referral list");
        return module.audited(entry, tx -> {
            access.require(actor, LinkageAccess.LIST_REFERRALS, participantId, entry);
            LinkageMapper m = tx.mapper(LinkageMapper.class);
            LocalDate today = module.today();
            Page<Referral> p = Page.read(page, () -> m.countReferrals(participantId),
                    () -> m.referrals(participantId, page.offset(), page.size()));
            p.items.forEach(r -> complete(m, r, today));
            return p;
        });
    }

    @Override
    public Referral move(Actor actor, String id, long expectedVersion, ReferralStep step) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            LinkageMapper m = tx.mapper(LinkageMapper.class);
            Referral stored = access.requireFound(actor, LinkageAccess.MOVE_REFERRAL, RESOURCE, id, m::referral,
                    r -> r.participantId, entry);
            PreconditionRequiredException.requireVersion(expectedVersion);
            if (expectedVersion != stored.version) {
                throw PreconditionFailedException.stale("referral", id, expectedVersion, stored.version);
            }
            LocalDate today = module.today();
            Validator v = new Validator();
            if (step == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.required("status", step.status)
                    .maxLength("reason", step.reason, MAX_REASON)
                    .notInFuture("effectiveDate", step.effectiveDate, today)
                    .throwIfInvalid();
            if (!stored.status.next().contains(step.status)) {
                throw new ConflictException("A " + stored.status + " referral cannot become " + step.status + ": "
                        + (stored.status.ended() ? "it has ended." : "it can become " + stored.status.next().stream()
                                .map(Enum::name).collect(Collectors.joining(", ")) + "."));
            }
            List<ReferralStep> steps = m.steps(id);
            LocalDate day = step.effectiveDate == null ? today : step.effectiveDate;
            LocalDate last = steps.get(steps.size() - 1).effectiveDate;
            boolean needsReason = step.status == ReferralStatus.DECLINED || step.status == ReferralStatus.CLOSED;
            LocalDate appointment = step.status == ReferralStatus.SCHEDULED ? step.appointmentOn : stored.appointmentOn;
            v.check(!day.isBefore(last), "effectiveDate", "must not be before the referral's last step, on " + last)
                    .check(!needsReason || (step.reason != null && !step.reason.isBlank()), "reason",
                            "is required for " + step.status)
                    .check(step.status != ReferralStatus.SCHEDULED || step.appointmentOn != null, "appointmentOn",
                            "is required for SCHEDULED")
                    .check(step.status != ReferralStatus.SCHEDULED || step.appointmentOn == null
                            || !step.appointmentOn.isBefore(stored.sentOn), "appointmentOn",
                            "must not be before the referral was sent, on " + stored.sentOn)
                    .check(step.status == ReferralStatus.SCHEDULED || step.appointmentOn == null, "appointmentOn",
                            "is only for SCHEDULED")
                    .check(step.appointmentOn == null || !step.appointmentOn.isAfter(day.plusYears(1)), "appointmentOn",
                            "must be within a year of the step, by " + day.plusYears(1))
                    .check(step.appointmentOn == null || !step.appointmentOn.isBefore(day), "appointmentOn",
                            "must not be before the day it was scheduled, " + day)
                    .check((step.status != ReferralStatus.ATTENDED && step.status != ReferralStatus.NO_SHOW)
                            || appointment == null || !day.isBefore(appointment), "effectiveDate",
                            "must not be before the appointment, on " + appointment)
                    .throwIfInvalid();
            Referral r = new Referral();
            r.id = id;
            r.status = step.status;
            r.appointmentOn = appointment;
            r.dueOn = dueOn(step.status, day, appointment);
            r.updatedAt = module.now();
            r.updatedBy = actor.username();
            if (m.moveReferral(r, expectedVersion) == 0) {
                throw PreconditionFailedException.stale("referral", id, expectedVersion, stored.version);
            }
            ReferralStep s = new ReferralStep();
            s.status = step.status;
            s.fromStatus = stored.status;
            s.effectiveDate = day;
            s.appointmentOn = step.status == ReferralStatus.SCHEDULED ? step.appointmentOn : null;
            s.reason = step.reason == null || step.reason.isBlank() ? null : step.reason.trim();
            s.recordedAt = r.updatedAt;
            s.recordedBy = r.updatedBy;
            m.insertStep(id, steps.size() + 1, s);
            entry.detail(stored.status + " -> " + step.status);
            Referral now = read(m, id, today);
            post(tx, m, LinkageEvents.REFERRAL_STATUS_CHANGED, now, stored.status, day, actor);
            return now;
        });
    }

    @Override
    public Page<ReferralFollowUp> followUps(Actor actor, String teamId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(teamId).detail("team follow-ups");
        return module.audited(entry, tx -> {
            access.requireTeam(actor, LinkageAccess.TEAM_FOLLOW_UPS, teamId);
            LinkageMapper m = tx.mapper(LinkageMapper.class);
            LocalDate today = module.today();
            Page<ReferralFollowUp> p = Page.read(page, () -> m.countFollowUps(teamId, today),
                    () -> m.followUps(teamId, today, page.offset(), page.size()));
            for (ReferralFollowUp f : p.items) {
                f.daysLate = ChronoUnit.DAYS.between(f.dueOn, today);
                f.action = action(f.status);
            }
            tx.record(AuditEntry.readsOf(actor, module.name(), RESOURCE, p.items, f -> f.referralId,
                    f -> f.participantId, "team follow-ups"));
            return p;
        });
    }

    /** The day the step after {@code status}, reached on {@code day}, is due by; null once the referral ended. */
    LocalDate dueOn(ReferralStatus status, LocalDate day, LocalDate appointment) {
        switch (status) {
            case SENT:
                return day.plusDays(settings.respondDays);
            case ACCEPTED:
                return day.plusDays(settings.scheduleDays);
            case SCHEDULED:
                return appointment.plusDays(settings.followUpDays);
            case NO_SHOW:
                return day.plusDays(settings.rescheduleDays);
            default:
                return null;
        }
    }

    static String action(ReferralStatus status) {
        switch (status) {
            case SENT:
                return "ask whether the service accepted the referral";
            case ACCEPTED:
                return "schedule the appointment";
            case SCHEDULED:
                return "record whether the participant attended";
            case NO_SHOW:
                return "schedule again or close the referral";
            default:
                return "nothing";
        }
    }

    private static Referral read(LinkageMapper m, String id, LocalDate today) {
        return complete(m, m.referral(id), today);
    }

    private static Referral complete(LinkageMapper m, Referral r, LocalDate today) {
        r.history = m.steps(r.id);
        r.late = r.dueOn != null && r.dueOn.isBefore(today);
        return r;
    }

    private void post(Tx tx, LinkageMapper m, String topic, Referral r, ReferralStatus previous, LocalDate day,
            Actor actor) {
        Map<String, Object> p = new HashMap<>();
        p.put(LinkageEvents.PROP_REFERRAL_ID, r.id);
        p.put(LinkageEvents.PROP_PARTICIPANT_ID, r.participantId);
        p.put(LinkageEvents.PROP_SERVICE_ID, r.serviceId);
        p.put(LinkageEvents.PROP_STATUS, r.status.name());
        p.put(LinkageEvents.PROP_EFFECTIVE_DATE, day.toString());
        p.put(LinkageEvents.PROP_ACTOR, actor.username());
        if (previous != null) {
            p.put(LinkageEvents.PROP_PREVIOUS_STATUS, previous.name());
        }
        EnrollmentFact placing = enrollments.placing(m, r.participantId);
        if (placing != null) {
            p.put(LinkageEvents.PROP_TEAM_ID, placing.teamId);
            p.put(LinkageEvents.PROP_SITE, placing.site);
        }
        tx.post(topic, p);
    }
}
