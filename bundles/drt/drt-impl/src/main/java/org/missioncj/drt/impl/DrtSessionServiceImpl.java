package org.missioncj.drt.impl;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.curriculum.api.CatalogService;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.curriculum.api.dto.Curriculum;
import org.missioncj.drt.api.DrtAccess;
import org.missioncj.drt.api.DrtEvents;
import org.missioncj.drt.api.DrtSessionService;
import org.missioncj.drt.api.dto.DrtSession;
import org.missioncj.drt.api.dto.WorkbookReview;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DrtSessionService.class)
public class DrtSessionServiceImpl implements DrtSessionService {
    static final String RESOURCE = "drt-session";
    static final int MAX_MINUTES = 600;
    static final int MAX_HOMEWORK = 200;

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final StaffService staff;
    private final TeamService teams;
    private final CatalogService catalog;
    private final DrtEnrollmentSync sync;
    private final Actor system;

    @Activate
    public DrtSessionServiceImpl(@Reference(target = DrtSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access, @Reference StaffService staff, @Reference TeamService teams,
            @Reference CatalogService catalog, @Reference DrtEnrollmentSync sync) {
        this.module = module;
        this.access = access;
        this.staff = staff;
        this.teams = teams;
        this.catalog = catalog;
        this.sync = sync;
        this.system = Actor.system(module.name());
    }

    @Override
    public DrtSession record(Actor actor, DrtSession input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE);
        if (input != null) {
            entry.participant(input.participantId);
        }
        return module.audited(entry, tx -> {
            DrtAccess.RECORD_SESSION.requireRole(actor);
            if (input != null && input.participantId != null) {
                access.require(actor, DrtAccess.RECORD_SESSION, input.participantId, entry);
            }
            validate(input);
            DrtMapper m = tx.mapper(DrtMapper.class);
            EnrollmentFact enrollment = openEnrollment(m, input.participantId);
            LocalDate today = module.today();
            if (input.sessionDate.isAfter(today)) {
                throw new UnprocessableException("sessionDate: " + input.sessionDate + " is in the future (today is " + today
                        + " in the site's time zone); record a session once it was held.");
            }
            if (input.sessionDate.isBefore(enrollment.startDate)) {
                throw new UnprocessableException("sessionDate: " + input.sessionDate + " is before the enrollment started on "
                        + enrollment.startDate + ".");
            }
            CatalogSession held = drtSession(input.catalogSessionId);
            requireCaseManager(actor, input.caseManagerId, enrollment);

            DrtSession row = new DrtSession();
            row.id = UUID.randomUUID().toString();
            row.version = 1;
            row.participantId = input.participantId;
            row.enrollmentId = enrollment.enrollmentId;
            row.catalogSessionId = held.id;
            row.catalogVersion = held.version;
            row.sessionDate = input.sessionDate;
            row.caseManagerId = input.caseManagerId;
            row.attendance = input.attendance;
            row.minutes = input.minutes;
            row.setting = input.setting;
            row.homeworkSet = Boolean.TRUE.equals(input.homeworkSet);
            row.homework = Validator.isBlank(input.homework) ? null : input.homework.trim();
            row.pssReviewedWorkbook = Boolean.TRUE.equals(input.pssReviewedWorkbook);
            row.createdAt = module.now();
            row.createdBy = actor.username();
            row.updatedAt = row.createdAt;
            row.updatedBy = row.createdBy;
            m.insertSession(row);
            entry.resource(row.id).detail(appended(entry.detail, row.attendance.name()));
            Map<String, Object> event = new HashMap<>();
            event.put(DrtEvents.PROP_PARTICIPANT_ID, row.participantId);
            event.put(DrtEvents.PROP_SESSION_ID, row.id);
            event.put(DrtEvents.PROP_CATALOG_SESSION_ID, row.catalogSessionId);
            event.put(DrtEvents.PROP_CATALOG_VERSION, row.catalogVersion);
            event.put(DrtEvents.PROP_ATTENDANCE, row.attendance.name());
            event.put(DrtEvents.PROP_SESSION_DATE, row.sessionDate.toString());
            event.put(DrtEvents.PROP_ENROLLMENT_ID, row.enrollmentId);
            event.put(DrtEvents.PROP_TEAM_ID, enrollment.teamId);
            event.put(DrtEvents.PROP_SITE, enrollment.site);
            event.put(DrtEvents.PROP_ACTOR, actor.username());
            tx.post(DrtEvents.SESSION_RECORDED, event);
            return row;
        });
    }

    @Override
    public DrtSession get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> access.requireFound(actor, DrtAccess.GET_SESSION, RESOURCE, id,
                tx.mapper(DrtMapper.class)::session, s -> s.participantId, entry));
    }

    @Override
    public DrtSession reviewWorkbook(Actor actor, String id, long expectedVersion, WorkbookReview review) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(id).detail("workbook review");
        return module.audited(entry, tx -> {
            DrtMapper m = tx.mapper(DrtMapper.class);
            DrtSession stored = access.requireFound(actor, DrtAccess.REVIEW_WORKBOOK, RESOURCE, id, m::session,
                    s -> s.participantId, entry);
            PreconditionRequiredException.requireVersion(expectedVersion);
            Validator v = new Validator();
            if (review == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.required("pssReviewedWorkbook", review.pssReviewedWorkbook).throwIfInvalid();
            if (m.reviewWorkbook(id, expectedVersion, review.pssReviewedWorkbook, module.now(), actor.username()) == 0) {
                throw PreconditionFailedException.stale("DRT session", id, expectedVersion, stored.version);
            }
            entry.detail(appended(entry.detail, "workbook review " + (review.pssReviewedWorkbook ? "done" : "not done")));
            return m.session(id);
        });
    }

    @Override
    public Page<DrtSession> list(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId).detail("DRT session list");
        return module.audited(entry, tx -> {
            DrtAccess.LIST_SESSIONS.requireRole(actor);
            new Validator().required("participantId", participantId).throwIfInvalid();
            // sessions stay readable after the enrollment ends, by the team that had it last (the registry's rule)
            access.require(actor, DrtAccess.LIST_SESSIONS, participantId, entry);
            DrtMapper m = tx.mapper(DrtMapper.class);
            return Page.read(page, () -> m.countSessions(participantId),
                    () -> m.sessions(participantId, page.offset(), page.size()));
        });
    }

    /** The participant's open enrollment in DRT's copy, caught up from the registry if it has not arrived yet; 422 when none. */
    private EnrollmentFact openEnrollment(DrtMapper m, String participantId) {
        List<EnrollmentFact> open = m.openEnrollments(participantId);
        if (open.isEmpty() && sync.catchUp(participantId)) {
            // enrolled a moment ago: the registry's event has not reached DRT yet
            open = m.openEnrollments(participantId);
        }
        if (open.isEmpty()) {
            throw new UnprocessableException("Participant " + participantId
                    + " has no ENROLLED or ACTIVE enrollment, so DRT sessions cannot be recorded for them.");
        }
        return open.get(0);
    }

    /** The catalog session as it stands now: 404 unless it is a DRT one, 422 when retired or of an edition not in use. */
    private CatalogSession drtSession(String id) {
        return catalog.deliverable(system, Curriculum.DRT, id);
    }

    /**
     * The staff member named as having delivered it: a Case Manager, and the participant's team's own, or the
     * caller themself (a Case Manager covering for another team); a supervisor records for the team's.
     */
    private void requireCaseManager(Actor actor, String caseManagerId, EnrollmentFact enrollment) {
        Staff cm;
        try {
            cm = staff.get(system, caseManagerId);
        } catch (NotFoundException e) {
            throw new UnprocessableException("caseManagerId: there is no staff member " + shortId(caseManagerId)
                    + "; name the Case Manager who delivered the session.");
        }
        String who = cm.givenName + " " + cm.familyName;
        if (cm.role != StaffRole.CASE_MANAGER) {
            throw new UnprocessableException("caseManagerId: " + who + " is a " + cm.role
                    + "; DRT sessions are delivered by Case Managers.");
        }
        if (Boolean.FALSE.equals(cm.active)) {
            throw new UnprocessableException("caseManagerId: " + who + " is no longer active.");
        }
        Team team = teams.get(system, enrollment.teamId);
        if (!cm.id.equals(team.caseManagerId) && !actor.username().equals(cm.username)) {
            throw new UnprocessableException("caseManagerId: " + who + " is not the Case Manager of the participant's team ("
                    + team.name + "); record the session for the team's Case Manager, or as the Case Manager who "
                    + "delivered it.");
        }
    }

    private static void validate(DrtSession s) {
        Validator v = new Validator();
        if (s == null) {
            v.required("$", null).throwIfInvalid();
        }
        v.required("participantId", s.participantId)
                .requiredText("catalogSessionId", s.catalogSessionId, 100)
                .required("sessionDate", s.sessionDate)
                .requiredText("caseManagerId", s.caseManagerId, 64)
                .required("attendance", s.attendance)
                .required("setting", s.setting)
                .check(s.minutes == null || (s.minutes >= 0 && s.minutes <= MAX_MINUTES), "minutes",
                        "must be between 0 and " + MAX_MINUTES)
                .maxLength("homework", s.homework, MAX_HOMEWORK)
                .check(Validator.isBlank(s.homework) || Boolean.TRUE.equals(s.homeworkSet), "homework",
                        "describes the homework set: give it with homeworkSet true")
                .throwIfInvalid();
    }

    private static String appended(String detail, String more) {
        return detail == null ? more : detail + "; " + more;
    }

    static String shortId(String id) {
        return id == null ? "(none)" : id.length() > 64 ? id.substring(0, 64) + "..." : id;
    }
}
