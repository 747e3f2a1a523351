package org.missioncj.peer.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.peer.api.PeerAccess;
import org.missioncj.peer.api.PeerEvents;
import org.missioncj.peer.api.PeerMeetingService;
import org.missioncj.peer.api.dto.Attendance;
import org.missioncj.peer.api.dto.ComfortAgreement;
import org.missioncj.peer.api.dto.GroupMeeting;
import org.missioncj.peer.api.dto.MeetingAttendance;
import org.missioncj.peer.api.dto.PeerGroup;
import org.missioncj.peer.api.dto.RosterView;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Group meetings and their attendance. The first meeting writes the group's comfort agreement; no meeting is
 * recorded before it, and a member who has not agreed to the agreement in force is not recorded as attending.
 */
@Component(service = PeerMeetingService.class)
public class PeerMeetingServiceImpl implements PeerMeetingService {
    static final String MEETING = "peer-meeting";
    static final String ATTENDANCE = "peer-attendance";

    private final ModuleSupport module;
    private final RosterAccess access;
    private final PeerCatalog catalog;
    private final PeerEnrollments enrollments;

    @Activate
    public PeerMeetingServiceImpl(@Reference(target = PeerSettings.MODULE) ModuleSupport module,
            @Reference RosterAccess access, @Reference PeerCatalog catalog, @Reference PeerEnrollments enrollments) {
        this.module = module;
        this.access = access;
        this.catalog = catalog;
        this.enrollments = enrollments;
    }

    @Override
    public GroupMeeting record(Actor actor, String groupId, GroupMeeting input) {
        AuditEntry entry = module.entry(actor, "CREATE", MEETING).detail("group " + groupId);
        return module.audited(entry, tx -> {
            PeerMapper m = tx.mapper(PeerMapper.class);
            PeerGroup g = PeerGroupServiceImpl.writable(actor, PeerAccess.RECORD_MEETING, m, groupId, access);
            validate(input);
            LocalDate day = input.heldOn;
            LocalDate today = module.today();
            if (day.isAfter(today)) {
                throw new UnprocessableException("heldOn: " + day + " is in the future (today is " + today
                        + " in the site's time zone); record a meeting once it took place.");
            }
            CatalogSession topic = catalog.deliverable(input.catalogSessionId);
            String staffId = g.facilitatorId;
            if (input.staffId != null && !input.staffId.equals(g.facilitatorId)) {
                RosterAccess.requirePeerStaff(access.staff(input.staffId, "staffId"), "staffId", g.site);
                staffId = input.staffId;
            }
            Roster roster = Roster.of(m, g);
            List<ComfortAgreement> versions = m.agreements(g.id);
            LocalDate firstMeeting = m.firstMeetingOn(g.id);
            if (!versions.isEmpty()) {
                ComfortAgreement first = versions.get(0);
                if (day.isBefore(first.agreedOn)) {
                    throw new UnprocessableException("heldOn: " + day + " is before the group wrote its comfort agreement "
                            + "(on " + first.agreedOn + ", for its first meeting); no meeting comes before it.");
                }
                if (firstMeeting == null && !day.equals(first.agreedOn)) {
                    throw new UnprocessableException("heldOn: the group wrote its comfort agreement for its first meeting, on "
                            + first.agreedOn + "; record that meeting first, on that day.");
                }
            } else if (input.comfortAgreement == null) {
                throw new ConflictException("Group " + g.id + " has no comfort agreement yet: a group starts with one, "
                        + "written at its first meeting. Record the first meeting with comfortAgreement (its text and the "
                        + "members who agreed).");
            }
            ComfortAgreement written = null;
            if (input.comfortAgreement != null) {
                written = PeerGroupServiceImpl.write(actor, m, roster, input.comfortAgreement, day, "comfortAgreement.",
                        module.now(), entry);
            }
            ComfortAgreement inForce = m.agreementOn(g.id, day);
            List<PeerMapper.AttendanceRow> rows = new ArrayList<>();
            GroupMeeting x = new GroupMeeting();
            x.id = UUID.randomUUID().toString();
            for (MeetingAttendance a : input.attendance) {
                PeerMapper.MemberRow member = roster.memberOn(a.participantId, day);
                if (member == null) {
                    throw new ConflictException("attendance: participant " + RosterAccess.shortId(a.participantId)
                            + " is not a member of the group on " + day + "; attendance is kept for the group's members "
                            + "(POST /peer/groups/" + g.id + "/members adds one).");
                }
                if (a.attendance.counts() && roster.assent(a.participantId, inForce.version, day) == null) {
                    throw new ConflictException("attendance: participant " + a.participantId + " has not agreed to the "
                            + "group's comfort agreement in force on " + day + " (version " + inForce.version + " of "
                            + inForce.agreedOn + "), so cannot be recorded as attending; record their agreement first "
                            + "(POST /peer/groups/" + g.id + "/assents).");
                }
                PeerMapper.AttendanceRow r = new PeerMapper.AttendanceRow();
                r.meetingId = x.id;
                r.participantId = a.participantId;
                r.memberId = member.id;
                r.enrollmentId = enrollmentFor(m, member, g.site);
                r.groupId = g.id;
                r.heldOn = day;
                r.catalogSessionId = topic.id;
                r.attendance = a.attendance.name();
                rows.add(r);
            }
            x.groupId = g.id;
            x.heldOn = day;
            x.staffId = staffId;
            x.catalogSessionId = topic.id;
            x.catalogVersion = topic.version;
            x.minutes = input.minutes;
            x.comfortAgreementVersion = inForce.version;
            x.createdAt = module.now();
            x.createdBy = actor.username();
            m.insertMeeting(x);
            rows.forEach(m::insertAttendance);
            fill(x, rows, roster);
            x.catalogTitle = topic.title;
            x.attendance = new ArrayList<>();
            rows.forEach(r -> x.attendance.add(new MeetingAttendance(r.participantId, Attendance.valueOf(r.attendance))));
            x.roster = RosterView.FULL;
            x.comfortAgreement = written;
            entry.resource(x.id);
            List<AuditEntry> each = new ArrayList<>();
            for (PeerMapper.AttendanceRow r : rows) {
                each.add(module.entry(actor, "CREATE", ATTENDANCE).resource(x.id).participant(r.participantId)
                        .detail(r.attendance));
            }
            tx.record(each);
            Map<String, Object> p = new HashMap<>();
            p.put(PeerEvents.PROP_GROUP_ID, g.id);
            p.put(PeerEvents.PROP_MEETING_ID, x.id);
            p.put(PeerEvents.PROP_SITE, g.site);
            p.put(PeerEvents.PROP_STAFF_ID, staffId);
            p.put(PeerEvents.PROP_CATALOG_SESSION_ID, topic.id);
            p.put(PeerEvents.PROP_CATALOG_VERSION, topic.version);
            p.put(PeerEvents.PROP_HELD_ON, day.toString());
            p.put(PeerEvents.PROP_MEMBERS, x.members);
            p.put(PeerEvents.PROP_ATTENDED, x.attended);
            p.put(PeerEvents.PROP_PARTLY, x.partly);
            p.put(PeerEvents.PROP_NO_SHOW, x.noShow);
            p.put(PeerEvents.PROP_EXCUSED, x.excused);
            p.put(PeerEvents.PROP_ACTOR, actor.username());
            tx.post(PeerEvents.MEETING_RECORDED, p);
            return x;
        });
    }

    @Override
    public Page<GroupMeeting> list(Actor actor, String groupId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "SEARCH", MEETING).resource(groupId).detail("meetings of the group");
        return module.audited(entry, tx -> {
            PeerAccess.LIST_MEETINGS.requireRole(actor);
            PeerMapper m = tx.mapper(PeerMapper.class);
            PeerGroup g = group(m, groupId);
            Page<GroupMeeting> result = Page.read(page, () -> m.countMeetings(g.id),
                    () -> m.meetings(g.id, page.offset(), page.size()));
            show(tx, actor, m, g, result.items);
            return result;
        });
    }

    @Override
    public GroupMeeting get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", MEETING).resource(id);
        return module.audited(entry, tx -> {
            PeerAccess.GET_MEETING.requireRole(actor);
            PeerMapper m = tx.mapper(PeerMapper.class);
            GroupMeeting x = id == null || id.length() > 64 ? null : m.meeting(id);
            if (x == null) {
                throw new NotFoundException("There is no peer group meeting " + RosterAccess.shortId(id) + ".");
            }
            entry.detail("group " + x.groupId);
            show(tx, actor, m, group(m, x.groupId), List.of(x));
            return x;
        });
    }

    /** Fills the meetings' counts, titles and the attendance the caller sees; one READ entry per participant shown. */
    private void show(Tx tx, Actor actor, PeerMapper m, PeerGroup g, List<GroupMeeting> meetings) {
        if (meetings.isEmpty()) {
            return;
        }
        RosterAccess.Viewer viewer = access.viewer(actor);
        Roster roster = Roster.of(m, g);
        Map<String, String> teamOf = viewer.facilitates(g) ? Map.of() : roster.teamOf();
        Set<String> ids = new HashSet<>();
        meetings.forEach(x -> ids.add(x.id));
        Map<String, List<PeerMapper.AttendanceRow>> byMeeting = new HashMap<>();
        for (PeerMapper.AttendanceRow r : m.attendanceOf(ids)) {
            byMeeting.computeIfAbsent(r.meetingId, k -> new ArrayList<>()).add(r);
        }
        PeerCatalog.Titles titles = catalog.titles();
        Set<String> shown = new LinkedHashSet<>();
        for (GroupMeeting x : meetings) {
            List<PeerMapper.AttendanceRow> rows = byMeeting.getOrDefault(x.id, List.of());
            fill(x, rows, roster);
            x.catalogTitle = titles.of(x.catalogSessionId, x.catalogVersion);
            List<MeetingAttendance> visible = new ArrayList<>();
            for (PeerMapper.AttendanceRow r : rows) {
                if (viewer.sees(g, r.participantId, teamOf)) {
                    visible.add(new MeetingAttendance(r.participantId, Attendance.valueOf(r.attendance)));
                    shown.add(r.participantId);
                }
            }
            x.roster = viewer.view(g, !visible.isEmpty());
            x.attendance = x.roster == RosterView.COUNTS ? null : visible;
        }
        if (!shown.isEmpty()) {
            tx.record(AuditEntry.readsOf(actor, module.name(), ATTENDANCE, new ArrayList<>(shown), p -> g.id, p -> p,
                    "attendance at meetings of peer group " + g.id));
        }
    }

    /** The counts every reader sees: members on the day, and the attendance recorded. */
    private static void fill(GroupMeeting x, List<PeerMapper.AttendanceRow> rows, Roster roster) {
        x.members = roster.membersOn(x.heldOn).size();
        x.attended = 0;
        x.partly = 0;
        x.noShow = 0;
        x.excused = 0;
        for (PeerMapper.AttendanceRow r : rows) {
            switch (Attendance.valueOf(r.attendance)) {
                case ATTENDED:
                    x.attended++;
                    break;
                case PARTLY:
                    x.partly++;
                    break;
                case NO_SHOW:
                    x.noShow++;
                    break;
                default:
                    x.excused++;
                    break;
            }
        }
    }

    private PeerGroup group(PeerMapper m, String id) {
        return PeerGroupServiceImpl.found(m, id, module.today());
    }

    /** The enrollment the meeting counts for: the member's open one at the site, else the one they joined under. */
    private String enrollmentFor(PeerMapper m, PeerMapper.MemberRow member, String site) {
        for (EnrollmentFact e : enrollments.of(m, member.participantId)) {
            if (e.open() && site.equals(e.site)) {
                return e.enrollmentId;
            }
        }
        return member.enrollmentId;
    }

    private static void validate(GroupMeeting x) {
        Validator v = new Validator();
        if (x == null) {
            v.required("$", null).throwIfInvalid();
        }
        v.required("heldOn", x.heldOn)
                .requiredText("catalogSessionId", x.catalogSessionId, 64)
                .maxLength("staffId", x.staffId, 64)
                .check(x.minutes == null || (x.minutes >= 0 && x.minutes <= 24 * 60), "minutes", "must be between 0 and 1440")
                .required("attendance", x.attendance);
        if (x.attendance != null) {
            v.check(!x.attendance.isEmpty(), "attendance", "must list at least one member's attendance")
                    .check(x.attendance.size() <= 200, "attendance", "must have at most 200 entries");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < x.attendance.size(); i++) {
                MeetingAttendance a = x.attendance.get(i);
                if (a == null) {
                    v.required("attendance[" + i + "]", null);
                    continue;
                }
                v.requiredText("attendance[" + i + "].participantId", a.participantId, 64)
                        .required("attendance[" + i + "].attendance", a.attendance)
                        .check(a.participantId == null || seen.add(a.participantId), "attendance[" + i + "].participantId",
                                "lists a member a second time");
            }
        }
        if (x.comfortAgreement != null) {
            PeerGroupServiceImpl.validateAgreement(v, "comfortAgreement.", x.comfortAgreement);
            v.check(x.comfortAgreement.agreedOn == null || x.comfortAgreement.agreedOn.equals(x.heldOn),
                    "comfortAgreement.agreedOn", "is the meeting's day (leave it out)");
        }
        v.throwIfInvalid();
    }

}
