package org.missioncj.vocational.impl;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.missioncj.core.api.timeline.DaySpan;
import org.missioncj.core.api.timeline.Timeline;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.vocational.api.EmploymentService;
import org.missioncj.vocational.api.VocationalAccess;
import org.missioncj.vocational.api.VocationalEvents;
import org.missioncj.vocational.api.dto.EmploymentDays;
import org.missioncj.vocational.api.dto.EmploymentPeriod;
import org.missioncj.vocational.api.dto.EmploymentStatus;
import org.missioncj.vocational.api.dto.TeamEmployment;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The employment and education timeline. Every change takes the participant's timeline lock first (a row update held
 * until the transaction ends), then checks the overlap on what is stored ({@link Timeline#fit}), writes, and posts
 * the events of what today's status became.
 */
@Component(service = EmploymentService.class)
public class EmploymentServiceImpl implements EmploymentService {
    static final String RESOURCE = "employment-status";
    static final String RECORDED = "RECORDED";
    static final String CORRECTED = "CORRECTED";
    static final String DELETED = "DELETED";

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final VocationalEnrollments enrollments;

    @Activate
    public EmploymentServiceImpl(@Reference(target = VocationalSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access, @Reference VocationalEnrollments enrollments) {
        this.module = module;
        this.access = access;
        this.enrollments = enrollments;
    }

    @Override
    public Page<EmploymentPeriod> timeline(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId).detail("timeline");
        return module.audited(entry, tx -> {
            access.require(actor, VocationalAccess.LIST_STATUSES, participantId, entry);
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            return Page.read(page, () -> m.countPeriods(participantId),
                    () -> m.periods(participantId, page.offset(), page.size()));
        });
    }

    @Override
    public EmploymentPeriod get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> access.requireFound(actor, VocationalAccess.GET_STATUS, RESOURCE, id,
                tx.mapper(VocationalMapper.class)::period, p -> p.participantId, entry));
    }

    @Override
    public EmploymentPeriod record(Actor actor, String participantId, EmploymentPeriod input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE).participant(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, VocationalAccess.RECORD_STATUS, participantId, entry);
            validate(input);
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            lock(m, participantId);
            EmploymentStatus before = statusToday(m, participantId);
            Timeline.Fit<EmploymentPeriod> fit = Timeline.fit(m.timeline(participantId), EmploymentServiceImpl::span,
                    DaySpan.of(input.startDate, input.endDate), true);
            if (fit.conflict != null) {
                throw conflict(fit.conflict);
            }
            if (fit.ends != null) {
                EmploymentPeriod ended = fit.ends;
                long expected = ended.version;
                ended.endDate = input.startDate;
                ended.recordedAt = module.now();
                ended.recordedBy = actor.username();
                if (m.updatePeriod(ended, ended.startDate.toEpochDay(), input.startDate.toEpochDay(), expected) == 0) {
                    // the timeline lock makes this unreachable; were it reached, nothing is written
                    throw new ConflictException("Employment status " + ended.id + " changed while this one was "
                            + "recorded: read the timeline again and retry.");
                }
            }
            EmploymentPeriod p = new EmploymentPeriod();
            p.id = UUID.randomUUID().toString();
            p.version = 1;
            p.participantId = participantId;
            p.status = input.status;
            p.startDate = input.startDate;
            p.endDate = input.endDate;
            p.recordedAt = module.now();
            p.recordedBy = actor.username();
            m.insertPeriod(p, p.startDate.toEpochDay(), endDay(p));
            entry.resource(p.id).detail(p.status + " from " + p.startDate
                    + (fit.ends == null ? "" : "; ends " + fit.ends.status + " " + fit.ends.id));
            changed(tx, m, actor, p, before, RECORDED);
            return m.period(p.id);
        });
    }

    @Override
    public EmploymentPeriod correct(Actor actor, String id, long expectedVersion, EmploymentPeriod input) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            EmploymentPeriod stored = access.requireFound(actor, VocationalAccess.CORRECT_STATUS, RESOURCE, id,
                    m::period, p -> p.participantId, entry);
            PreconditionRequiredException.requireVersion(expectedVersion);
            validate(input);
            lock(m, stored.participantId);
            EmploymentStatus before = statusToday(m, stored.participantId);
            List<EmploymentPeriod> others = m.timeline(stored.participantId);
            others.removeIf(o -> o.id.equals(id));
            Timeline.Fit<EmploymentPeriod> fit = Timeline.fit(others, EmploymentServiceImpl::span,
                    DaySpan.of(input.startDate, input.endDate), false);
            if (fit.conflict != null) {
                throw conflict(fit.conflict);
            }
            EmploymentPeriod p = new EmploymentPeriod();
            p.id = id;
            p.participantId = stored.participantId;
            p.status = input.status;
            p.startDate = input.startDate;
            p.endDate = input.endDate;
            p.recordedAt = module.now();
            p.recordedBy = actor.username();
            if (m.updatePeriod(p, p.startDate.toEpochDay(), endDay(p), expectedVersion) == 0) {
                throw PreconditionFailedException.stale("employment status", id, expectedVersion, stored.version);
            }
            entry.detail(stored.status + " " + span(stored) + " -> " + p.status + " " + span(p));
            changed(tx, m, actor, p, before, CORRECTED);
            return m.period(id);
        });
    }

    @Override
    public void delete(Actor actor, String id, long expectedVersion) {
        AuditEntry entry = module.entry(actor, "DELETE", RESOURCE).resource(id);
        module.audited(entry, tx -> {
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            EmploymentPeriod stored = access.requireFound(actor, VocationalAccess.DELETE_STATUS, RESOURCE, id,
                    m::period, p -> p.participantId, entry);
            PreconditionRequiredException.requireVersion(expectedVersion);
            lock(m, stored.participantId);
            EmploymentStatus before = statusToday(m, stored.participantId);
            if (m.deletePeriod(id, expectedVersion) == 0) {
                EmploymentPeriod again = m.period(id);
                throw PreconditionFailedException.stale("employment status", id, expectedVersion,
                        again == null ? 0 : again.version);
            }
            entry.detail("entered in error: " + stored.status + " " + span(stored));
            changed(tx, m, actor, stored, before, DELETED);
            return null;
        });
    }

    @Override
    public EmploymentDays days(Actor actor, String participantId, LocalDate from, LocalDate to) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId)
                .detail("days employed " + from + ".." + to);
        return module.audited(entry, tx -> {
            access.require(actor, VocationalAccess.GET_DAYS, participantId, entry);
            new Validator().required("from", from).required("to", to)
                    .check(from == null || to == null || !to.isBefore(from), "to", "must not be before from")
                    .throwIfInvalid();
            return days(tx.mapper(VocationalMapper.class), participantId, from, to, module.today());
        });
    }

    /** The period's days by the timeline, as one aggregate: what has not happened yet is not counted. */
    static EmploymentDays days(VocationalMapper m, String participantId, LocalDate from, LocalDate to, LocalDate today) {
        EmploymentDays d = new EmploymentDays();
        d.participantId = participantId;
        d.from = from;
        d.to = to;
        long until = DaySpan.untilDay(to, today);
        if (until <= from.toEpochDay()) {
            return d; // the period is still to come
        }
        d.daysCounted = until - from.toEpochDay();
        VocationalMapper.DaySums sums = m.days(participantId, from.toEpochDay(), until);
        d.daysEmployed = sums.employed;
        d.daysInEducation = sums.education;
        d.daysRecorded = sums.recorded;
        return d;
    }

    @Override
    public Page<TeamEmployment> team(Actor actor, String teamId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).detail("employment today of team " + teamId);
        return module.audited(entry, tx -> {
            access.requireTeam(actor, VocationalAccess.TEAM_EMPLOYMENT, teamId);
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            long today = module.today().toEpochDay();
            Page<TeamEmployment> caseload = Page.read(page, () -> m.countCaseload(teamId),
                    () -> m.caseloadOn(teamId, today, page.offset(), page.size()));
            caseload.items.forEach(t -> t.employed = t.status != null && t.status.employed());
            tx.record(AuditEntry.readsOf(actor, module.name(), RESOURCE, caseload.items, t -> t.participantId,
                    t -> t.participantId, "team employment today"));
            return caseload;
        });
    }

    /** Takes the participant's timeline lock: until the transaction ends, no other change of it runs. */
    private static void lock(VocationalMapper m, String participantId) {
        if (m.lockTimeline(participantId) == 0) {
            // the first change of this timeline; of two at once one stores the row, the other gets 409 (retry)
            m.insertTimeline(participantId);
        }
    }

    static DaySpan span(EmploymentPeriod p) {
        return DaySpan.of(p.startDate, p.endDate);
    }

    private static Long endDay(EmploymentPeriod p) {
        return p.endDate == null ? null : p.endDate.toEpochDay();
    }

    private EmploymentStatus statusToday(VocationalMapper m, String participantId) {
        EmploymentPeriod p = m.periodOn(participantId, module.today().toEpochDay());
        return p == null ? null : p.status;
    }

    static ConflictException conflict(EmploymentPeriod in) {
        return new ConflictException("The period overlaps the " + in.status + " period from " + in.startDate
                + (in.endDate == null ? ", which still holds" : " until " + in.endDate) + " (" + in.id + "): a "
                + "participant's periods never overlap. Correct the dates of one of them, or record the new status "
                + "from a day after the open one began, which ends it.", in);
    }

    private void validate(EmploymentPeriod p) {
        Validator v = new Validator();
        if (p == null) {
            v.required("$", null).throwIfInvalid();
        }
        v.required("status", p.status).required("startDate", p.startDate).throwIfInvalid();
        LocalDate today = module.today();
        VocationalRows.pastDay("startDate", p.startDate, today);
        if (p.endDate != null && !p.endDate.isAfter(p.startDate)) {
            throw new UnprocessableException("endDate: " + p.endDate + " is not after startDate " + p.startDate
                    + ". The end is the day the next status began, so a period of one day ends the day after it.",
                    List.of(new FieldError("endDate", "must be after startDate")));
        }
        if (p.endDate != null && p.endDate.isAfter(today)) {
            throw new UnprocessableException("endDate: " + p.endDate + " is in the future (today is " + today
                    + "); record the end once the next status begins.",
                    List.of(new FieldError("endDate", "must not be in the future")));
        }
    }

    /** STATUS_CHANGED always; EMPLOYED or LOST_JOB when today's status crossed employed. */
    private void changed(Tx tx, VocationalMapper m, Actor actor, EmploymentPeriod p, EmploymentStatus before,
            String change) {
        EmploymentStatus after = statusToday(m, p.participantId);
        Map<String, Object> props = new HashMap<>();
        props.put(VocationalEvents.PROP_PARTICIPANT_ID, p.participantId);
        props.put(VocationalEvents.PROP_PERIOD_ID, p.id);
        props.put(VocationalEvents.PROP_STATUS, p.status.name());
        props.put(VocationalEvents.PROP_START_DATE, p.startDate.toString());
        if (p.endDate != null) {
            props.put(VocationalEvents.PROP_END_DATE, p.endDate.toString());
        }
        props.put(VocationalEvents.PROP_CHANGE, change);
        props.put(VocationalEvents.PROP_STATUS_TODAY, after == null ? "NONE" : after.name());
        props.put(VocationalEvents.PROP_ACTOR, actor.username());
        VocationalRows.placed(props, enrollments.placing(m, p.participantId));
        tx.post(VocationalEvents.STATUS_CHANGED, props);
        boolean was = before != null && before.employed();
        boolean is = after != null && after.employed();
        if (was != is) {
            Map<String, Object> crossed = new HashMap<>(props);
            crossed.put(VocationalEvents.PROP_PREVIOUS_STATUS, before == null ? "NONE" : before.name());
            tx.post(is ? VocationalEvents.EMPLOYED : VocationalEvents.LOST_JOB, crossed);
        }
    }
}
