package org.missioncj.peer.impl;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.peer.api.PeerAccess;
import org.missioncj.peer.api.PeerEvents;
import org.missioncj.peer.api.PeerSessionService;
import org.missioncj.peer.api.dto.PeerProgress;
import org.missioncj.peer.api.dto.PeerSession;
import org.missioncj.peer.api.dto.PeerSessionEntry;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.missioncj.registry.api.dto.ParticipantAccess;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Individual peer-led sessions, a participant's peer-led history and progress. A participant's records follow
 * the caseload rule ({@link CaseloadAccess}); their group meetings in the history follow the roster rule: the
 * participant's own team and the group's facilitator see them, anyone else finds them in the progress counts.
 */
@Component(service = PeerSessionService.class)
public class PeerSessionServiceImpl implements PeerSessionService {
    static final String SESSION = "peer-session";
    static final String PROGRESS = "peer-progress";

    private final ModuleSupport module;
    private final CaseloadAccess caseloads;
    private final RosterAccess access;
    private final PeerCatalog catalog;
    private final PeerEnrollments enrollments;

    @Activate
    public PeerSessionServiceImpl(@Reference(target = PeerSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess caseloads, @Reference RosterAccess access, @Reference PeerCatalog catalog,
            @Reference PeerEnrollments enrollments) {
        this.module = module;
        this.caseloads = caseloads;
        this.access = access;
        this.catalog = catalog;
        this.enrollments = enrollments;
    }

    @Override
    public PeerSession record(Actor actor, PeerSession input) {
        AuditEntry entry = module.entry(actor, "CREATE", SESSION);
        if (input != null) {
            entry.participant(input.participantId);
        }
        return module.audited(entry, tx -> {
            PeerAccess.RECORD_SESSION.requireRole(actor);
            if (input != null && input.participantId != null) {
                caseloads.require(actor, PeerAccess.RECORD_SESSION, input.participantId, entry);
            }
            validate(input);
            PeerMapper m = tx.mapper(PeerMapper.class);
            List<EnrollmentFact> list = enrollments.of(m, input.participantId);
            if (list.isEmpty() || !list.get(0).open()) {
                throw new UnprocessableException("Participant " + input.participantId + " has no ENROLLED or ACTIVE "
                        + "enrollment, so there is no peer-led work to record for them.");
            }
            EnrollmentFact e = list.get(0);
            Staff staff = access.staff(input.staffId, "staffId");
            RosterAccess.requirePeerStaff(staff, "staffId", null);
            Team team = access.team(e.teamId);
            boolean allowed = staff.id.equals(team.peerSpecialistId) || actor.username().equals(staff.username)
                    || (staff.role == StaffRole.PEER_NAVIGATOR && staff.site.equals(e.site));
            if (!allowed) {
                throw new UnprocessableException("staffId: " + staff.givenName + " " + staff.familyName + " is not the Peer "
                        + "Support Specialist of the participant's team (" + team.name + "); a session is recorded for "
                        + "the team's Peer Support Specialist, a Peer Navigator of the site, or by the person who led it.");
            }
            LocalDate today = module.today();
            if (input.heldOn.isAfter(today)) {
                throw new UnprocessableException("heldOn: " + input.heldOn + " is in the future (today is " + today
                        + " in the site's time zone); record a session once it took place.");
            }
            if (input.heldOn.isBefore(e.startDate)) {
                throw new UnprocessableException("heldOn: " + input.heldOn + " is before the participant's enrollment "
                        + "started on " + e.startDate + ".");
            }
            CatalogSession topic = catalog.deliverable(input.catalogSessionId);
            PeerSession s = new PeerSession();
            s.id = UUID.randomUUID().toString();
            s.participantId = input.participantId;
            s.enrollmentId = e.enrollmentId;
            s.staffId = staff.id;
            s.heldOn = input.heldOn;
            s.catalogSessionId = topic.id;
            s.catalogVersion = topic.version;
            s.attendance = input.attendance;
            s.minutes = input.minutes;
            s.setting = input.setting;
            s.notes = PeerGroupServiceImpl.text(input.notes);
            s.createdAt = module.now();
            s.createdBy = actor.username();
            m.insertSession(s);
            entry.resource(s.id).detail(entry.detail == null ? s.attendance.name() : entry.detail + "; " + s.attendance);
            Map<String, Object> p = new HashMap<>();
            p.put(PeerEvents.PROP_PARTICIPANT_ID, s.participantId);
            p.put(PeerEvents.PROP_ENROLLMENT_ID, e.enrollmentId);
            p.put(PeerEvents.PROP_TEAM_ID, e.teamId);
            p.put(PeerEvents.PROP_SITE, e.site);
            p.put(PeerEvents.PROP_SESSION_ID, s.id);
            p.put(PeerEvents.PROP_STAFF_ID, s.staffId);
            p.put(PeerEvents.PROP_CATALOG_SESSION_ID, s.catalogSessionId);
            p.put(PeerEvents.PROP_CATALOG_VERSION, s.catalogVersion);
            p.put(PeerEvents.PROP_HELD_ON, s.heldOn.toString());
            p.put(PeerEvents.PROP_ATTENDANCE, s.attendance.name());
            p.put(PeerEvents.PROP_SETTING, s.setting.name());
            p.put(PeerEvents.PROP_ACTOR, actor.username());
            tx.post(PeerEvents.SESSION_RECORDED, p);
            s.catalogTitle = topic.title;
            return s;
        });
    }

    @Override
    public PeerSession get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", SESSION).resource(id);
        return module.audited(entry, tx -> {
            PeerMapper m = tx.mapper(PeerMapper.class);
            PeerSession s = caseloads.requireFound(actor, PeerAccess.GET_SESSION, "peer-led session", id, m::session,
                    x -> x.participantId, entry);
            s.catalogTitle = catalog.titles().of(s.catalogSessionId, s.catalogVersion);
            return s;
        });
    }

    @Override
    public Page<PeerSessionEntry> history(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", SESSION).participant(participantId).detail("peer-led history");
        return module.audited(entry, tx -> {
            ParticipantAccess how = caseloads.require(actor, PeerAccess.LIST_PARTICIPANT_SESSIONS, participantId, entry);
            String staffId = access.staffOf(actor).map(s -> s.id).orElse(null);
            // group meetings reveal a group's roster: the participant's own team sees them, a facilitator their groups'
            String groups = how == ParticipantAccess.TEAM ? "all" : staffId != null ? "facilitated" : "none";
            PeerMapper m = tx.mapper(PeerMapper.class);
            Page<PeerSessionEntry> result = Page.read(page, () -> m.countHistory(participantId, groups, staffId),
                    () -> m.history(participantId, groups, staffId, page.offset(), page.size()));
            PeerCatalog.Titles titles = catalog.titles();
            result.items.forEach(x -> x.catalogTitle = titles.of(x.catalogSessionId, x.catalogVersion));
            return result;
        });
    }

    @Override
    public PeerProgress progress(Actor actor, String participantId) {
        AuditEntry entry = module.entry(actor, "READ", PROGRESS).resource(participantId).participant(participantId);
        return module.audited(entry, tx -> {
            caseloads.require(actor, PeerAccess.GET_PROGRESS, participantId, entry);
            PeerMapper m = tx.mapper(PeerMapper.class);
            List<EnrollmentFact> list = enrollments.of(m, participantId);
            if (list.isEmpty()) {
                throw new NotFoundException("Participant " + participantId + " has no enrollment on a caseload, so no "
                        + "peer-session progress.");
            }
            EnrollmentFact e = list.get(0);
            return progress(e, catalog.current(), m.facts(List.of(e.enrollmentId), null, null), module.today());
        });
    }

    @Override
    public Page<PeerProgress> teamProgress(Actor actor, String teamId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "SEARCH", PROGRESS).resource(teamId).detail("team progress");
        return module.audited(entry, tx -> {
            caseloads.requireTeam(actor, PeerAccess.LIST_TEAM_PROGRESS, teamId);
            PeerMapper m = tx.mapper(PeerMapper.class);
            Page<EnrollmentFact> open = Page.read(page, () -> m.countOpenOfTeam(teamId),
                    () -> m.openOfTeam(teamId, page.offset(), page.size()));
            List<CatalogSession> current = catalog.current();
            Map<String, List<PeerMapper.SessionFact>> facts = new HashMap<>();
            if (!open.items.isEmpty()) {
                List<String> ids = new ArrayList<>();
                open.items.forEach(e -> ids.add(e.enrollmentId));
                for (PeerMapper.SessionFact f : m.facts(ids, null, null)) {
                    facts.computeIfAbsent(f.enrollmentId, k -> new ArrayList<>()).add(f);
                }
            }
            LocalDate today = module.today();
            Page<PeerProgress> result = open.map(e -> progress(e, current, facts.getOrDefault(e.enrollmentId, List.of()),
                    today));
            tx.record(AuditEntry.readsOf(actor, module.name(), PROGRESS, result.items, x -> x.participantId,
                    x -> x.participantId, "peer-session progress of team " + teamId));
            return result;
        });
    }

    /** Progress from what the enrollment attended, against the catalog's current sessions. */
    static PeerProgress progress(EnrollmentFact e, List<CatalogSession> current, List<PeerMapper.SessionFact> facts,
            LocalDate today) {
        PeerProgress p = new PeerProgress();
        p.participantId = e.participantId;
        p.enrollmentId = e.enrollmentId;
        p.teamId = e.teamId;
        p.today = today;
        Set<String> attended = new HashSet<>();
        for (PeerMapper.SessionFact f : facts) {
            attended.add(f.catalogSessionId);
            if ("I".equals(f.kind)) {
                p.individualAttended += f.occasions;
            } else {
                p.groupAttended += f.occasions;
            }
            if (p.lastSessionOn == null || f.lastOn.isAfter(p.lastSessionOn)) {
                p.lastSessionOn = f.lastOn;
            }
        }
        p.of = current.size();
        p.doneSessionIds = new ArrayList<>();
        for (CatalogSession s : current) {
            if (attended.contains(s.id)) {
                p.doneSessionIds.add(s.id);
            } else if (p.nextSessionId == null) {
                p.nextSessionId = s.id;
                p.nextSessionNumber = s.number;
                p.nextSessionTitle = s.title;
            }
        }
        p.done = p.doneSessionIds.size();
        if (p.lastSessionOn != null) {
            p.daysSinceLast = (int) ChronoUnit.DAYS.between(p.lastSessionOn, today);
        }
        return p;
    }

    private static void validate(PeerSession s) {
        Validator v = new Validator();
        if (s == null) {
            v.required("$", null).throwIfInvalid();
        }
        v.requiredText("participantId", s.participantId, 64)
                .requiredText("staffId", s.staffId, 64)
                .required("heldOn", s.heldOn)
                .requiredText("catalogSessionId", s.catalogSessionId, 64)
                .required("attendance", s.attendance)
                .required("setting", s.setting)
                .check(s.minutes == null || (s.minutes >= 0 && s.minutes <= 24 * 60), "minutes", "must be between 0 and 1440")
                .maxLength("notes", s.notes, PeerGroupServiceImpl.TEXT_MAX)
                .throwIfInvalid();
    }
}
