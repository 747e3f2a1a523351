package org.missioncj.registry.impl;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.EnrollmentService;
import org.missioncj.registry.api.RegistryAccess;
import org.missioncj.registry.api.RegistryEvents;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentSearch;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.StatusChange;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = EnrollmentService.class)
public class EnrollmentServiceImpl implements EnrollmentService {
    static final Set<Integer> PROGRAM_MONTHS = Set.of(2, 6, 12);
    private static final LocalDate EARLIEST_START = LocalDate.of(2000, 1, 1);
    private static final int MAX_DAYS_AHEAD = 366;
    private static final String RESOURCE = "enrollment";

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final CaseloadScopes scopes;
    private final RegistrySettings settings;

    @Activate
    public EnrollmentServiceImpl(@Reference(target = RegistrySettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access, @Reference StaffService staff, @Reference RegistrySettings settings) {
        this.module = module;
        this.access = access;
        this.scopes = new CaseloadScopes(module, staff);
        this.settings = settings;
    }

    @Override
    public Enrollment create(Actor actor, Enrollment input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE);
        if (input != null) {
            entry.participant(input.participantId);
        }
        return module.audited(entry, tx -> {
            RegistryAccess.CREATE_ENROLLMENT.requireRole(actor);
            if (input != null && input.participantId != null) {
                // before any conflict: someone else's participant is not on your caseload, whatever their enrollment
                access.require(actor, RegistryAccess.CREATE_ENROLLMENT, input.participantId, entry);
            }
            if (input != null && input.teamId != null) {
                access.requireTeam(actor, RegistryAccess.CREATE_ENROLLMENT, input.teamId);
            }
            validate(input);
            EnrollmentStatus status = input.status == null ? EnrollmentStatus.REFERRED : input.status;
            if (status != EnrollmentStatus.REFERRED && status != EnrollmentStatus.ENROLLED) {
                throw new UnprocessableException("A new enrollment starts as REFERRED or ENROLLED, not " + status
                        + "; change its status afterwards.");
            }
            ParticipantMapper pm = tx.mapper(ParticipantMapper.class);
            if (pm.lockForEnrollment(input.participantId) == 0) {
                throw ParticipantServiceImpl.notFound(input.participantId);
            }
            EnrollmentMapper em = tx.mapper(EnrollmentMapper.class);
            Enrollment e = new Enrollment();
            e.id = UUID.randomUUID().toString();
            entry.resource(e.id);
            if (em.openEnrollments(input.participantId, e.id) > 0) {
                throw new ConflictException("Participant " + input.participantId
                        + " already has an open enrollment; complete, discharge or withdraw it first.");
            }
            Team team = activeTeam(tx, input.teamId);
            if (EnrollmentStatus.ON_CASELOAD.contains(status)) {
                checkRoomOnCaseload(tx, team);
            }
            copyEditable(input, e);
            e.version = 1;
            e.status = status;
            // an enrollment recorded after it started was ENROLLED from its start; a referral from the day it is recorded
            LocalDate today = module.today();
            e.statusDate = status == EnrollmentStatus.ENROLLED && !input.startDate.isAfter(today) ? input.startDate : today;
            e.createdAt = module.now();
            e.createdBy = actor.username();
            e.updatedAt = e.createdAt;
            e.updatedBy = e.createdBy;
            em.insert(e);
            StatusChange first = new StatusChange();
            first.status = status;
            first.effectiveDate = e.statusDate;
            first.changedAt = e.createdAt;
            first.changedBy = actor.username();
            em.insertHistory(e.id, first);
            if (status == EnrollmentStatus.ENROLLED) {
                tx.post(RegistryEvents.ENROLLED, eventProperties(e, null, actor));
            }
            tx.post(RegistryEvents.ENROLLMENT_STATUS_CHANGED, eventProperties(e, null, actor));
            return em.find(e.id);
        });
    }

    @Override
    public Enrollment get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            Enrollment e = find(tx.mapper(EnrollmentMapper.class), actor, RegistryAccess.GET_ENROLLMENT, id);
            entry.participant(e.participantId);
            access.requireRecord(actor, RegistryAccess.GET_ENROLLMENT, RESOURCE, id, e.participantId, entry);
            return e;
        });
    }

    @Override
    public Enrollment update(Actor actor, String id, long expectedVersion, Enrollment input) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            EnrollmentMapper em = tx.mapper(EnrollmentMapper.class);
            Enrollment current = find(em, actor, RegistryAccess.UPDATE_ENROLLMENT, id);
            entry.participant(current.participantId);
            access.requireRecord(actor, RegistryAccess.UPDATE_ENROLLMENT, RESOURCE, id, current.participantId, entry);
            PreconditionRequiredException.requireVersion(expectedVersion);
            if (input != null && input.participantId == null) {
                input.participantId = current.participantId;
            }
            validate(input);
            if (!current.participantId.equals(input.participantId)) {
                throw new UnprocessableException("An enrollment cannot move to another participant; "
                        + "withdraw it and enroll the other participant.");
            }
            if (input.status != null && input.status != current.status) {
                throw new UnprocessableException("Change the status with POST /enrollments/" + id + "/status.");
            }
            if (!EnrollmentStatus.OPEN.contains(current.status)) {
                throw new ConflictException("Enrollment " + id + " is " + current.status + " and can no longer change.");
            }
            boolean teamChanged = !current.teamId.equals(input.teamId);
            if (teamChanged) {
                access.requireTeam(actor, RegistryAccess.UPDATE_ENROLLMENT, input.teamId);
            }
            if (current.version != expectedVersion) {
                throw PreconditionFailedException.stale("Enrollment", id, expectedVersion, current.version);
            }
            if (teamChanged) {
                Team team = activeTeam(tx, input.teamId);
                if (EnrollmentStatus.ON_CASELOAD.contains(current.status)) {
                    checkRoomOnCaseload(tx, team);
                }
            }
            Enrollment e = copyEditable(input, new Enrollment());
            e.id = id;
            e.participantId = current.participantId;
            e.status = current.status;
            e.statusReason = current.statusReason;
            e.statusDate = current.statusDate;
            e.updatedAt = module.now();
            e.updatedBy = actor.username();
            if (em.update(e, expectedVersion) == 0) {
                throw PreconditionFailedException.stale("Enrollment", id, expectedVersion, em.find(id).version);
            }
            boolean scheduleChanged = teamChanged || !current.startDate.equals(e.startDate)
                    || !current.programMonths.equals(e.programMonths) || current.startSetting != e.startSetting;
            if (scheduleChanged) {
                Map<String, Object> props = eventProperties(e, null, actor);
                tx.post(RegistryEvents.ENROLLMENT_CHANGED, props);
            }
            return em.find(id);
        });
    }

    @Override
    public Enrollment changeStatus(Actor actor, String id, long expectedVersion, StatusChange change) {
        AuditEntry entry = module.entry(actor, "STATUS_CHANGE", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            EnrollmentMapper em = tx.mapper(EnrollmentMapper.class);
            Enrollment current = find(em, actor, RegistryAccess.CHANGE_ENROLLMENT_STATUS, id);
            entry.participant(current.participantId);
            access.requireRecord(actor, RegistryAccess.CHANGE_ENROLLMENT_STATUS, RESOURCE, id, current.participantId,
                    entry);
            PreconditionRequiredException.requireVersion(expectedVersion);
            LocalDate today = module.today();
            Validator v = new Validator();
            if (change == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.required("status", change.status)
                    .maxLength("reason", change.reason, 500)
                    .notInFuture("effectiveDate", change.effectiveDate, today)
                    .check(change.effectiveDate == null || !change.effectiveDate.isBefore(current.statusDate),
                            "effectiveDate", "must not be before " + current.statusDate + ", when the current status took "
                                    + "effect: statuses follow one another")
                    .check(change.status == null || !change.status.needsReason()
                            || (change.reason != null && !change.reason.isBlank()), "reason",
                            "is required when an enrollment is " + change.status)
                    .throwIfInvalid();
            if (!current.status.canMoveTo(change.status)) {
                throw new ConflictException("An enrollment that is " + current.status + " can move to "
                        + current.status.next() + ", not to " + change.status + ".");
            }
            if (current.version != expectedVersion) {
                throw PreconditionFailedException.stale("Enrollment", id, expectedVersion, current.version);
            }
            if (change.status == EnrollmentStatus.ENROLLED) {
                checkRoomOnCaseload(tx, activeTeam(tx, current.teamId));
            }
            EnrollmentStatus previous = current.status;
            current.status = change.status;
            current.statusReason = change.reason;
            current.statusDate = change.effectiveDate == null ? today : change.effectiveDate;
            current.updatedAt = module.now();
            current.updatedBy = actor.username();
            if (em.update(current, expectedVersion) == 0) {
                throw PreconditionFailedException.stale("Enrollment", id, expectedVersion, em.find(id).version);
            }
            StatusChange h = new StatusChange();
            h.fromStatus = previous;
            h.status = change.status;
            h.reason = change.reason;
            h.effectiveDate = current.statusDate;
            h.changedAt = current.updatedAt;
            h.changedBy = actor.username();
            em.insertHistory(id, h);
            entry.detail(entry.detail == null ? previous + " -> " + change.status
                    : entry.detail + "; " + previous + " -> " + change.status);
            if (change.status == EnrollmentStatus.ENROLLED) {
                tx.post(RegistryEvents.ENROLLED, eventProperties(current, previous, actor));
            }
            tx.post(RegistryEvents.ENROLLMENT_STATUS_CHANGED, eventProperties(current, previous, actor));
            return em.find(id);
        });
    }

    @Override
    public List<StatusChange> history(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", "enrollment-history").resource(id);
        return module.audited(entry, tx -> {
            EnrollmentMapper em = tx.mapper(EnrollmentMapper.class);
            String participantId = find(em, actor, RegistryAccess.GET_ENROLLMENT_HISTORY, id).participantId;
            entry.participant(participantId);
            access.requireRecord(actor, RegistryAccess.GET_ENROLLMENT_HISTORY, RESOURCE, id, participantId, entry);
            return em.history(id);
        });
    }

    @Override
    public Page<Enrollment> list(Actor actor, EnrollmentSearch search, PageRequest page) {
        EnrollmentSearch q = search == null ? new EnrollmentSearch() : search;
        AuditEntry entry = module.entry(actor, "SEARCH", RESOURCE)
                .participant(q.participantId);
        return module.audited(entry, tx -> {
            RegistryAccess.LIST_ENROLLMENTS.requireRole(actor);
            // enrollments of the participants the actor may see, filtered in SQL so totals are right
            CaseloadScope scope = scopes.scope(actor);
            EnrollmentMapper em = tx.mapper(EnrollmentMapper.class);
            Page<Enrollment> result = Page.read(page, () -> em.count(q, scope),
                    () -> em.list(q, scope, page.offset(), page.size()));
            CaseloadScopes.recordReads(tx, scope, AuditEntry.readsOf(actor, module.name(), RESOURCE, result.items,
                    e -> e.id, e -> e.participantId, "list result"));
            return result;
        });
    }

    // ---- rules ---------------------------------------------------------------------------------


    private Team activeTeam(Tx tx, String teamId) {
        Team team = tx.mapper(TeamMapper.class).find(teamId);
        if (team == null) {
            throw new NotFoundException("teamId: there is no team " + teamId + ".");
        }
        if (!team.active) {
            throw new ConflictException("Team " + team.name + " is not active; choose an active team.");
        }
        return team;
    }

    /** Takes the team's lock, then counts: concurrent enrollments onto one team cannot both pass. */
    private void checkRoomOnCaseload(Tx tx, Team team) {
        TeamMapper tm = tx.mapper(TeamMapper.class);
        tm.lockForEnrollment(team.id);
        int limit = team.caseloadLimit == null ? settings.defaultCaseloadLimit() : team.caseloadLimit;
        int count = tm.caseloadCount(team.id);
        if (count >= limit) {
            throw new ConflictException("Team " + team.name + " already carries " + count + " of " + limit
                    + " participants (the caseload limit). Complete or discharge an enrollment, or choose another team.");
        }
    }

    private void validate(Enrollment e) {
        Validator v = new Validator();
        if (e == null) {
            v.required("$", null).throwIfInvalid();
        }
        LocalDate today = module.today();
        v.required("participantId", e.participantId)
                .required("teamId", e.teamId)
                .required("programMonths", e.programMonths)
                .check(e.programMonths == null || PROGRAM_MONTHS.contains(e.programMonths), "programMonths",
                        "must be 2, 6 or 12")
                .required("startSetting", e.startSetting)
                .required("referralSource", e.referralSource)
                .maxLength("referralNote", e.referralNote, 500)
                .required("startDate", e.startDate)
                .check(e.startDate == null || !e.startDate.isBefore(EARLIEST_START), "startDate",
                        "must be on or after 2000-01-01")
                .check(e.startDate == null || !e.startDate.isAfter(today.plusDays(MAX_DAYS_AHEAD)), "startDate",
                        "must be within a year from today")
                .throwIfInvalid();
    }

    private static Enrollment copyEditable(Enrollment from, Enrollment to) {
        to.participantId = from.participantId;
        to.teamId = from.teamId;
        to.programMonths = from.programMonths;
        to.startSetting = from.startSetting;
        to.referralSource = from.referralSource;
        to.referralNote = from.referralNote;
        to.startDate = from.startDate;
        to.expectedEndDate = from.startDate.plusMonths(from.programMonths);
        return to;
    }

    /** The rule's roles first; then the enrollment, or the refusal that tells a missing one from none outside the caseload. */
    private Enrollment find(EnrollmentMapper m, Actor actor, AccessRule rule, String id) {
        rule.requireRole(actor);
        Enrollment e = id == null || id.length() > CaseloadAccessImpl.MAX_ID ? null : m.find(id);
        if (e == null) {
            throw access.unknown(actor, rule, RESOURCE, id);
        }
        return e;
    }

    private static Map<String, Object> eventProperties(Enrollment e, EnrollmentStatus previous, Actor actor) {
        Map<String, Object> p = new HashMap<>();
        p.put(RegistryEvents.PROP_ENROLLMENT_ID, e.id);
        p.put(RegistryEvents.PROP_PARTICIPANT_ID, e.participantId);
        p.put(RegistryEvents.PROP_TEAM_ID, e.teamId);
        p.put(RegistryEvents.PROP_STATUS, Objects.toString(e.status));
        if (previous != null) {
            p.put(RegistryEvents.PROP_PREVIOUS_STATUS, previous.name());
        }
        p.put(RegistryEvents.PROP_START_DATE, e.startDate.toString());
        p.put(RegistryEvents.PROP_PROGRAM_MONTHS, e.programMonths);
        p.put(RegistryEvents.PROP_ACTOR, actor.username());
        return p;
    }
}
