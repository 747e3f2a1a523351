package org.missioncj.cti.impl;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.cti.api.ContactService;
import org.missioncj.cti.api.CtiAccess;
import org.missioncj.cti.api.CtiEvents;
import org.missioncj.cti.api.dto.AccompanimentTo;
import org.missioncj.cti.api.dto.Contact;
import org.missioncj.cti.api.dto.ContactKind;
import org.missioncj.cti.api.dto.ContactSearch;
import org.missioncj.cti.api.dto.PeerSupport;
import org.missioncj.cti.api.dto.Phase;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ContactService.class)
public class ContactServiceImpl implements ContactService {
    private static final String RESOURCE = "contact";

    private final ModuleSupport module;
    private final CtiSettings settings;
    private final CaseloadAccess access;
    private final StaffService staffService;
    private final TeamService teams;
    private final EnrollmentSync sync;
    private final Actor system;

    @Activate
    public ContactServiceImpl(@Reference(target = CtiSettings.MODULE) ModuleSupport module,
            @Reference CtiSettings settings, @Reference CaseloadAccess access, @Reference StaffService staff,
            @Reference TeamService teams, @Reference EnrollmentSync sync) {
        this.module = module;
        this.sync = sync;
        this.settings = settings;
        this.access = access;
        this.staffService = staff;
        this.teams = teams;
        this.system = Actor.system(module.name());
    }

    @Override
    public Contact log(Actor actor, Contact input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE);
        if (input != null) {
            entry.participant(input.participantId);
        }
        return module.audited(entry, tx -> {
            CtiAccess.LOG_CONTACT.requireRole(actor);
            if (input != null && input.participantId != null) {
                access.require(actor, CtiAccess.LOG_CONTACT, input.participantId, entry);
            }
            validate(input);
            CtiMapper m = tx.mapper(CtiMapper.class);
            CtiMapper.EnrollmentRow enrollment = openEnrollment(m, input.participantId);
            Staff staff = staffService.get(system, input.staffId);
            if (staff.role != StaffRole.CASE_MANAGER && staff.role != StaffRole.PEER_SPECIALIST
                    && staff.role != StaffRole.PEER_NAVIGATOR) {
                throw new UnprocessableException("staffId: " + staff.givenName + " " + staff.familyName + " is a "
                        + staff.role + "; contacts are made by Case Managers, Peer Support Specialists and Peer Navigators.");
            }
            Team team = teams.get(system, enrollment.teamId);
            boolean onTeam = staff.id.equals(team.caseManagerId) || staff.id.equals(team.peerSpecialistId);
            if (!onTeam && !actor.username().equals(staff.username)) {
                throw new UnprocessableException("staffId: " + staff.givenName + " " + staff.familyName + " is not on the "
                        + "participant's team (" + team.name + "); a contact is logged for its Case Manager or Peer Support "
                        + "Specialist, or by the staff member who made it.");
            }
            if (input.peerSupport != null && staff.role == StaffRole.CASE_MANAGER) {
                throw new UnprocessableException("peerSupport describes how a peer supported the task; "
                        + staff.givenName + " " + staff.familyName + " is a Case Manager.");
            }
            LocalDate day = input.occurredAt.atZoneSameInstant(module.zone()).toLocalDate();
            LocalDate today = module.today();
            if (day.isAfter(today)) {
                throw new UnprocessableException("occurredAt: " + day + " is in the future (today is " + today
                        + " in the site's time zone); log contacts once they happened.");
            }
            if (day.isBefore(enrollment.startDate)) {
                throw new UnprocessableException("occurredAt: " + day + " is before the enrollment started on "
                        + enrollment.startDate + ".");
            }
            CtiMapper.ContactRow row = new CtiMapper.ContactRow();
            row.id = UUID.randomUUID().toString();
            row.participantId = input.participantId;
            row.enrollmentId = enrollment.enrollmentId;
            row.staffId = input.staffId;
            row.occurredAt = input.occurredAt.toInstant();
            row.localDate = day;
            row.utcOffsetSeconds = input.occurredAt.getOffset().getTotalSeconds();
            row.kind = input.kind.name();
            row.accompanimentTo = input.accompanimentTo == null ? null : input.accompanimentTo.name();
            row.place = input.place;
            row.minutes = input.minutes;
            row.peerSupport = input.peerSupport == null ? null : input.peerSupport.name();
            row.notes = input.notes;
            row.createdAt = module.now();
            row.createdBy = actor.username();
            m.insertContact(row);
            entry.resource(row.id).detail(entry.detail == null ? row.kind : entry.detail + "; " + row.kind);
            if (input.kind == ContactKind.CRISIS) {
                tx.post(CtiEvents.CRISIS, Map.of(CtiEvents.PROP_PARTICIPANT_ID, row.participantId,
                        CtiEvents.PROP_CONTACT_ID, row.id, CtiEvents.PROP_STAFF_ID, row.staffId,
                        CtiEvents.PROP_ACTOR, actor.username()));
            }
            return toDto(row, enrollment);
        });
    }

    @Override
    public Contact get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            CtiMapper m = tx.mapper(CtiMapper.class);
            CtiMapper.ContactRow row = access.requireFound(actor, CtiAccess.GET_CONTACT, RESOURCE, id, m::contact,
                    r -> r.participantId, entry);
            return toDto(row, m.enrollment(row.enrollmentId));
        });
    }

    @Override
    public Page<Contact> list(Actor actor, ContactSearch search, PageRequest page) {
        ContactSearch q = search == null ? new ContactSearch() : search;
        String participantId = q.participantId;
        LocalDate from = q.from;
        LocalDate to = q.to;
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId)
                .detail("contact list");
        return module.audited(entry, tx -> {
            CtiAccess.LIST_CONTACTS.requireRole(actor);
            new Validator().required("participantId", participantId)
                    .check(from == null || to == null || !to.isBefore(from), "to", "must not be before from")
                    .throwIfInvalid();
            // after an enrollment ends its contacts stay readable, by the team that had it last (the registry's rule)
            access.require(actor, CtiAccess.LIST_CONTACTS, participantId, entry);
            CtiMapper m = tx.mapper(CtiMapper.class);
            CtiMapper.EnrollmentRow current = sync.caughtUp(participantId, () -> m.latestEnrollment(participantId));
            if (current == null) {
                throw new NotFoundException("Participant " + participantId + " has no CTI enrollment, so no contacts.");
            }
            return Page.read(page, () -> m.countContacts(participantId, from, to),
                    () -> m.contacts(participantId, from, to, page.offset(), page.size()))
                    .map(row -> toDto(row, row.enrollmentId.equals(current.enrollmentId) ? current
                            : m.enrollment(row.enrollmentId)));
        });
    }

    /** The participant's open enrollment in CTI (the caller checked that the participant exists); 422 when none is open. */
    private CtiMapper.EnrollmentRow openEnrollment(CtiMapper m, String participantId) {
        List<CtiMapper.EnrollmentRow> open = m.openEnrollments(participantId);
        if (open.isEmpty() && sync.catchUp(participantId)) {
            open = m.openEnrollments(participantId); // enrolled a moment ago: the registry's event is on its way
        }
        if (open.isEmpty()) {
            throw new UnprocessableException("Participant " + participantId
                    + " has no ENROLLED or ACTIVE enrollment, so there is no CTI schedule to log contacts against.");
        }
        return open.get(0);
    }

    private Contact toDto(CtiMapper.ContactRow row, CtiMapper.EnrollmentRow enrollment) {
        Contact c = new Contact();
        c.id = row.id;
        c.participantId = row.participantId;
        c.enrollmentId = row.enrollmentId;
        c.staffId = row.staffId;
        c.occurredAt = row.occurredAt.atZone(module.zone()).toOffsetDateTime();
        c.kind = ContactKind.valueOf(row.kind);
        c.accompanimentTo = row.accompanimentTo == null ? null : AccompanimentTo.valueOf(row.accompanimentTo);
        c.place = row.place;
        c.minutes = row.minutes;
        c.peerSupport = row.peerSupport == null ? null : PeerSupport.valueOf(row.peerSupport);
        c.notes = row.notes;
        if (enrollment != null) {
            List<Phase> phases = settings.plan().phases(enrollment.anchor(), enrollment.programMonths);
            c.phase = PhasePlan.phaseOn(phases, row.localDate);
            c.phaseName = settings.plan().name(c.phase);
        }
        c.createdAt = row.createdAt;
        c.createdBy = row.createdBy;
        c.source = row.source;
        c.sourceContactId = row.sourceContactId;
        return c;
    }

    private static void validate(Contact c) {
        Validator v = new Validator();
        if (c == null) {
            v.required("$", null).throwIfInvalid();
        }
        v.required("participantId", c.participantId)
                .required("staffId", c.staffId)
                .required("occurredAt", c.occurredAt)
                .required("kind", c.kind)
                .check(c.kind != ContactKind.ACCOMPANIMENT || c.accompanimentTo != null, "accompanimentTo",
                        "is required for an ACCOMPANIMENT: APPOINTMENT, INTERVIEW or MEETING")
                .check(c.kind == ContactKind.ACCOMPANIMENT || c.accompanimentTo == null, "accompanimentTo",
                        "is only for ACCOMPANIMENT contacts")
                .check(c.minutes == null || (c.minutes >= 0 && c.minutes <= 24 * 60), "minutes",
                        "must be between 0 and 1440")
                .maxLength("place", c.place, 200)
                .maxLength("notes", c.notes, 4000)
                .throwIfInvalid();
    }

}
