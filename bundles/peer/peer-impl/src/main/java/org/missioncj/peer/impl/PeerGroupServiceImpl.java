package org.missioncj.peer.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.peer.api.PeerAccess;
import org.missioncj.peer.api.PeerEvents;
import org.missioncj.peer.api.PeerGroupService;
import org.missioncj.peer.api.dto.Assent;
import org.missioncj.peer.api.dto.ComfortAgreement;
import org.missioncj.peer.api.dto.GroupMember;
import org.missioncj.peer.api.dto.Leaving;
import org.missioncj.peer.api.dto.PeerGroup;
import org.missioncj.peer.api.dto.PeerGroupSearch;
import org.missioncj.peer.api.dto.RosterView;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.missioncj.registry.api.dto.Staff;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Groups, rosters and comfort agreements. A reply to a write shows what was written; a read shows the roster
 * as {@link RosterAccess} allows, and records one READ entry per participant it shows.
 */
@Component(service = PeerGroupService.class)
public class PeerGroupServiceImpl implements PeerGroupService {
    static final String GROUP = "peer-group";
    static final String MEMBER = "peer-group-member";
    static final String AGREEMENT = "comfort-agreement";
    static final int TEXT_MAX = 4000;

    private final ModuleSupport module;
    private final RosterAccess access;
    private final PeerEnrollments enrollments;

    @Activate
    public PeerGroupServiceImpl(@Reference(target = PeerSettings.MODULE) ModuleSupport module,
            @Reference RosterAccess access, @Reference PeerEnrollments enrollments) {
        this.module = module;
        this.access = access;
        this.enrollments = enrollments;
    }

    // ---- groups -------------------------------------------------------------------------------------

    @Override
    public PeerGroup create(Actor actor, PeerGroup input) {
        AuditEntry entry = module.entry(actor, "CREATE", GROUP);
        return module.audited(entry, tx -> {
            PeerAccess.CREATE_GROUP.requireRole(actor);
            Staff facilitator = null;
            if (input != null && !Validator.isBlank(input.facilitatorId)) {
                facilitator = access.staff(input.facilitatorId, "facilitatorId");
                access.requireCreator(actor, PeerAccess.CREATE_GROUP, facilitator);
            }
            validate(input);
            RosterAccess.requirePeerStaff(facilitator, "facilitatorId", input.site);
            PeerGroup g = new PeerGroup();
            g.id = UUID.randomUUID().toString();
            g.version = 1;
            g.site = facilitator.site;
            g.name = input.name.trim();
            g.place = text(input.place);
            g.schedule = text(input.schedule);
            g.facilitatorId = facilitator.id;
            g.createdAt = module.now();
            g.createdBy = actor.username();
            g.updatedAt = g.createdAt;
            g.updatedBy = g.createdBy;
            tx.mapper(PeerMapper.class).insertGroup(g);
            entry.resource(g.id).detail("site " + g.site);
            g.roster = RosterView.FULL;
            g.members = new ArrayList<>();
            g.membersWithoutAgreement = 0;
            return g;
        });
    }

    @Override
    public PeerGroup get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", GROUP).resource(id);
        return module.audited(entry, tx -> {
            PeerAccess.GET_GROUP.requireRole(actor);
            PeerMapper m = tx.mapper(PeerMapper.class);
            return detail(tx, actor, m, found(m, id));
        });
    }

    @Override
    public PeerGroup update(Actor actor, String id, long expectedVersion, PeerGroup input) {
        AuditEntry entry = module.entry(actor, "UPDATE", GROUP).resource(id);
        return module.audited(entry, tx -> {
            PeerMapper m = tx.mapper(PeerMapper.class);
            PeerGroup stored = writable(actor, PeerAccess.UPDATE_GROUP, m, id);
            PreconditionRequiredException.requireVersion(expectedVersion);
            validate(input);
            if (input.site != null && !input.site.equals(stored.site)) {
                throw new UnprocessableException("site: a group stays at its site (" + stored.site
                        + "); start a new group at the other site.");
            }
            if (stored.version != expectedVersion) {
                throw PreconditionFailedException.stale("Peer group", id, expectedVersion, stored.version);
            }
            if (!input.facilitatorId.equals(stored.facilitatorId)) {
                RosterAccess.requirePeerStaff(access.staff(input.facilitatorId, "facilitatorId"), "facilitatorId",
                        stored.site);
                entry.detail("facilitator " + stored.facilitatorId + " -> " + input.facilitatorId);
            }
            PeerGroup next = new PeerGroup();
            next.id = id;
            next.name = input.name.trim();
            next.place = text(input.place);
            next.schedule = text(input.schedule);
            next.facilitatorId = input.facilitatorId;
            next.updatedAt = module.now();
            next.updatedBy = actor.username();
            if (m.updateGroup(next, expectedVersion) == 0) {
                throw PreconditionFailedException.stale("Peer group", id, expectedVersion, m.groupRow(id).version);
            }
            return detail(tx, actor, m, found(m, id));
        });
    }

    @Override
    public Page<PeerGroup> list(Actor actor, PeerGroupSearch search, PageRequest page) {
        PeerGroupSearch q = search == null ? new PeerGroupSearch() : search;
        AuditEntry entry = module.entry(actor, "SEARCH", GROUP)
                .detail("site " + q.site + ", facilitator " + q.facilitatorId);
        return module.audited(entry, tx -> {
            PeerAccess.LIST_GROUPS.requireRole(actor);
            new Validator().check(!Validator.isBlank(q.site) || !Validator.isBlank(q.facilitatorId), "site",
                    "give a site or a facilitatorId (or both): groups are listed by site or by facilitator")
                    .maxLength("site", q.site, 64)
                    .maxLength("facilitatorId", q.facilitatorId, 64)
                    .throwIfInvalid();
            PeerGroupSearch filter = new PeerGroupSearch(Validator.isBlank(q.site) ? null : q.site,
                    Validator.isBlank(q.facilitatorId) ? null : q.facilitatorId);
            PeerMapper m = tx.mapper(PeerMapper.class);
            LocalDate today = module.today();
            // counts only: a list never shows a roster, so it reads no participant
            return Page.read(page, () -> m.countGroups(filter),
                    () -> m.groups(filter, today, page.offset(), page.size()));
        });
    }

    // ---- the roster ---------------------------------------------------------------------------------

    @Override
    public GroupMember join(Actor actor, String groupId, GroupMember input) {
        AuditEntry entry = module.entry(actor, "CREATE", MEMBER).detail("group " + groupId);
        if (input != null) {
            entry.participant(input.participantId);
        }
        return module.audited(entry, tx -> {
            PeerMapper m = tx.mapper(PeerMapper.class);
            PeerGroup g = writable(actor, PeerAccess.ADD_MEMBER, m, groupId);
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.requiredText("participantId", input.participantId, 64).required("joinedOn", input.joinedOn).throwIfInvalid();
            String p = input.participantId;
            LocalDate day = input.joinedOn;
            notInFuture("joinedOn", day);
            if (access.isStaff(p)) {
                throw new UnprocessableException("participantId: " + p + " is a staff member's id. Staff are never members "
                        + "of a peer group: every member is a peer, a participant enrolled at the group's site.");
            }
            EnrollmentFact e = openAtSite(m, p, g.site);
            if (day.isBefore(e.startDate)) {
                // the start day is not said: the caller may be outside the participant's caseload (attack on issue 11)
                throw new UnprocessableException("joinedOn: " + day + " is before the participant's enrollment started; a "
                        + "member joins on or after that day (their team can tell you when it was).");
            }
            Roster roster = Roster.of(m, g);
            for (PeerMapper.MemberRow r : roster.members) {
                if (r.participantId.equals(p) && (r.leftOn == null || !r.leftOn.isBefore(day))) {
                    throw new ConflictException("Participant " + p + (r.leftOn == null
                            ? " is a member of this group already, since " + r.joinedOn + "."
                            : " was a member of this group until " + r.leftOn + "; a new membership starts after that day."));
                }
            }
            ComfortAgreement agreement = m.latestAgreement(g.id);
            boolean agreed = Boolean.TRUE.equals(input.agreedToComfortAgreement);
            if (agreement != null && !agreed) {
                throw new UnprocessableException("agreedToComfortAgreement: the group wrote its comfort agreement (version "
                        + agreement.version + ", " + agreement.agreedOn + "); a member who joins later agrees to it when "
                        + "joining. Send true once the participant has agreed.");
            }
            if (agreement == null && agreed) {
                throw new UnprocessableException("agreedToComfortAgreement: the group has no comfort agreement yet; it "
                        + "writes it at its first meeting, where its members agree to it.");
            }
            if (agreement != null && day.isBefore(agreement.agreedOn)) {
                throw new UnprocessableException("joinedOn: " + day + " is before the comfort agreement in force (version "
                        + agreement.version + " of " + agreement.agreedOn + "), which a member joining agrees to.");
            }
            PeerMapper.MemberRow row = new PeerMapper.MemberRow();
            row.id = UUID.randomUUID().toString();
            row.groupId = g.id;
            row.participantId = p;
            row.enrollmentId = e.enrollmentId;
            row.joinedOn = day;
            row.createdAt = module.now();
            row.createdBy = actor.username();
            m.insertMember(row);
            if (agreement != null) {
                m.insertAssent(assent(g.id, agreement.version, row, day, true, actor, row.createdAt));
            }
            entry.resource(row.id);
            tx.post(PeerEvents.MEMBER_JOINED, Map.of(PeerEvents.PROP_GROUP_ID, g.id, PeerEvents.PROP_MEMBERSHIP_ID, row.id,
                    PeerEvents.PROP_PARTICIPANT_ID, p, PeerEvents.PROP_SITE, g.site,
                    PeerEvents.PROP_JOINED_ON, day.toString(), PeerEvents.PROP_ACTOR, actor.username()));
            return Roster.of(m, g).toDto(row, module.today());
        });
    }

    @Override
    public GroupMember leave(Actor actor, String membershipId, Leaving input) {
        AuditEntry entry = module.entry(actor, "UPDATE", MEMBER).resource(membershipId).detail("left the group");
        return module.audited(entry, tx -> {
            PeerAccess.LEAVE_GROUP.requireRole(actor);
            PeerMapper m = tx.mapper(PeerMapper.class);
            PeerMapper.MemberRow row = membershipId == null || membershipId.length() > 64 ? null : m.member(membershipId);
            PeerGroup g = null;
            if (row != null && m.lockGroup(row.groupId) == 1) {
                g = m.groupRow(row.groupId);
            }
            access.requireWriter(actor, PeerAccess.LEAVE_GROUP, g, "membership", membershipId);
            entry.participant(row.participantId);
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.required("leftOn", input.leftOn).maxLength("reason", input.reason, 200).throwIfInvalid();
            notInFuture("leftOn", input.leftOn);
            if (input.leftOn.isBefore(row.joinedOn)) {
                throw new UnprocessableException("leftOn: " + input.leftOn + " is before the member joined on " + row.joinedOn
                        + ".");
            }
            if (row.leftOn != null) {
                throw new ConflictException("This membership ended already: the participant left the group on " + row.leftOn
                        + ".");
            }
            LocalDate last = m.lastAttendanceOf(row.id);
            if (last != null && last.isAfter(input.leftOn)) {
                throw new ConflictException("The member's attendance is recorded at the meeting of " + last + ", after "
                        + input.leftOn + "; they leave on or after the last meeting they were recorded at.");
            }
            m.leave(row.id, input.leftOn, text(input.reason), module.now(), actor.username());
            tx.post(PeerEvents.MEMBER_LEFT, Map.of(PeerEvents.PROP_GROUP_ID, g.id, PeerEvents.PROP_MEMBERSHIP_ID, row.id,
                    PeerEvents.PROP_PARTICIPANT_ID, row.participantId, PeerEvents.PROP_SITE, g.site,
                    PeerEvents.PROP_LEFT_ON, input.leftOn.toString(), PeerEvents.PROP_ACTOR, actor.username()));
            return Roster.of(m, g).toDto(m.member(row.id), module.today());
        });
    }

    // ---- comfort agreements -------------------------------------------------------------------------

    @Override
    public ComfortAgreement writeAgreement(Actor actor, String groupId, ComfortAgreement input) {
        AuditEntry entry = module.entry(actor, "CREATE", AGREEMENT).resource(groupId);
        return module.audited(entry, tx -> {
            PeerMapper m = tx.mapper(PeerMapper.class);
            PeerGroup g = writable(actor, PeerAccess.WRITE_AGREEMENT, m, groupId);
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            validateAgreement(v, "", input).required("agreedOn", input.agreedOn).throwIfInvalid();
            notInFuture("agreedOn", input.agreedOn);
            ComfortAgreement latest = m.latestAgreement(g.id);
            if (latest != null && m.firstMeetingOn(g.id) == null && !input.agreedOn.equals(latest.agreedOn)) {
                throw new UnprocessableException("agreedOn: the group wrote its comfort agreement for its first meeting, on "
                        + latest.agreedOn + ", and has not met since; a new version before that meeting is recorded carries "
                        + "the same day.");
            }
            return write(actor, m, Roster.of(m, g), input, input.agreedOn, "", module.now(), entry);
        });
    }

    /**
     * Stores a new version of the group's comfort agreement, agreed on {@code day} by the members named: the
     * meeting's day when a meeting writes it. Every member named must be a member that day.
     */
    static ComfortAgreement write(Actor actor, PeerMapper m, Roster roster, ComfortAgreement input, LocalDate day,
            String path, Instant now, AuditEntry entry) {
        PeerGroup g = roster.group;
        ComfortAgreement latest = m.latestAgreement(g.id);
        if (latest != null && day.isBefore(latest.agreedOn)) {
            throw new UnprocessableException(path + "agreedOn: " + day + " is before the comfort agreement in force (version "
                    + latest.version + " of " + latest.agreedOn + "); a new version comes after it.");
        }
        List<PeerMapper.MemberRow> agreeing = new ArrayList<>();
        for (String p : input.agreedBy) {
            PeerMapper.MemberRow member = roster.memberOn(p, day);
            if (member == null) {
                throw new ConflictException(path + "agreedBy: participant " + RosterAccess.shortId(p) + " is not a member of "
                        + "the group on " + day + "; members join the group (POST /peer/groups/" + g.id + "/members) before "
                        + "they agree to its comfort agreement.");
            }
            agreeing.add(member);
        }
        ComfortAgreement a = new ComfortAgreement();
        a.groupId = g.id;
        a.version = latest == null ? 1 : latest.version + 1;
        a.text = input.text.trim();
        a.agreedOn = day;
        a.createdAt = now;
        a.createdBy = actor.username();
        m.insertAgreement(a);
        a.agreedBy = new ArrayList<>();
        a.assents = new ArrayList<>();
        for (PeerMapper.MemberRow member : agreeing) {
            PeerMapper.AssentRow row = assent(g.id, a.version, member, day, false, actor, now);
            m.insertAssent(row);
            roster.assents.add(row);
            a.agreedBy.add(member.participantId);
            a.assents.add(toDto(row));
        }
        a.assentCount = a.assents.size();
        a.roster = RosterView.FULL;
        entry.detail((entry.detail == null ? "" : entry.detail + "; ") + "comfort agreement version " + a.version);
        return a;
    }

    @Override
    public List<ComfortAgreement> agreements(Actor actor, String groupId) {
        AuditEntry entry = module.entry(actor, "READ", AGREEMENT).resource(groupId);
        return module.audited(entry, tx -> {
            PeerAccess.LIST_AGREEMENTS.requireRole(actor);
            PeerMapper m = tx.mapper(PeerMapper.class);
            PeerGroup g = found(m, groupId);
            RosterAccess.Viewer viewer = access.viewer(actor);
            Roster roster = Roster.of(m, g);
            Set<String> shown = new LinkedHashSet<>();
            List<ComfortAgreement> out = m.agreements(g.id);
            for (ComfortAgreement a : out) {
                List<Assent> visible = new ArrayList<>();
                for (PeerMapper.AssentRow r : roster.assents) {
                    if (r.version == a.version && viewer.sees(g, r.participantId,
                            viewer.facilitates(g) ? Map.of() : roster.teamOf())) {
                        visible.add(toDto(r));
                        shown.add(r.participantId);
                    }
                }
                a.roster = viewer.view(g, !visible.isEmpty());
                a.assents = a.roster == RosterView.COUNTS ? null : visible;
            }
            recordReads(tx, actor, g, shown, "comfort agreement assents of peer group " + g.id);
            return out;
        });
    }

    @Override
    public GroupMember agree(Actor actor, String groupId, Assent input) {
        AuditEntry entry = module.entry(actor, "CREATE", "comfort-agreement-assent").resource(groupId);
        if (input != null) {
            entry.participant(input.participantId);
        }
        return module.audited(entry, tx -> {
            PeerMapper m = tx.mapper(PeerMapper.class);
            PeerGroup g = writable(actor, PeerAccess.AGREE, m, groupId);
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.requiredText("participantId", input.participantId, 64).required("agreedOn", input.agreedOn).throwIfInvalid();
            notInFuture("agreedOn", input.agreedOn);
            ComfortAgreement a = m.latestAgreement(g.id);
            if (a == null) {
                throw new ConflictException("The group has no comfort agreement yet: it writes it at its first meeting "
                        + "(POST /peer/groups/" + g.id + "/meetings with comfortAgreement).");
            }
            if (input.agreedOn.isBefore(a.agreedOn)) {
                throw new UnprocessableException("agreedOn: " + input.agreedOn + " is before the comfort agreement in force "
                        + "was written (version " + a.version + " of " + a.agreedOn + ").");
            }
            Roster roster = Roster.of(m, g);
            PeerMapper.MemberRow member = roster.memberOn(input.participantId, input.agreedOn);
            if (member == null) {
                throw new ConflictException("Participant " + RosterAccess.shortId(input.participantId) + " is not a member of "
                        + "the group on " + input.agreedOn + "; only members agree to its comfort agreement.");
            }
            PeerMapper.AssentRow before = m.assent(g.id, a.version, input.participantId);
            if (before != null) {
                throw new ConflictException("Participant " + input.participantId + " agreed to version " + a.version
                        + " of the comfort agreement already, on " + before.agreedOn + ".");
            }
            m.insertAssent(assent(g.id, a.version, member, input.agreedOn, false, actor, module.now()));
            entry.detail("version " + a.version);
            return Roster.of(m, g).toDto(member, module.today());
        });
    }

    // ---- the parts ----------------------------------------------------------------------------------

    /** The group with its counts and the part of its roster the caller sees; records the reads it shows. */
    PeerGroup detail(Tx tx, Actor actor, PeerMapper m, PeerGroup g) {
        LocalDate today = module.today();
        RosterAccess.Viewer viewer = access.viewer(actor);
        Roster roster = Roster.of(m, g);
        List<GroupMember> visible = roster.visibleTo(viewer, today);
        g.membersWithoutAgreement = roster.withoutAgreement(g.comfortAgreementVersion, today);
        g.roster = viewer.view(g, !visible.isEmpty());
        g.members = g.roster == RosterView.COUNTS ? null : visible;
        Set<String> shown = new LinkedHashSet<>();
        visible.forEach(x -> shown.add(x.participantId));
        recordReads(tx, actor, g, shown, "roster of peer group " + g.id);
        return g;
    }

    /** One READ entry per participant shown. */
    private void recordReads(Tx tx, Actor actor, PeerGroup g, Set<String> participants, String detail) {
        if (!participants.isEmpty()) {
            tx.record(AuditEntry.readsOf(actor, module.name(), MEMBER, new ArrayList<>(participants), p -> g.id, p -> p,
                    detail));
        }
    }

    private PeerGroup found(PeerMapper m, String id) {
        return found(m, id, module.today());
    }

    /** The group by id, with its counts; 404 when there is none (group reads are for all staff). */
    static PeerGroup found(PeerMapper m, String id, LocalDate today) {
        PeerGroup g = id == null || id.length() > 64 ? null : m.group(id, today);
        if (g == null) {
            throw new NotFoundException("There is no peer group " + RosterAccess.shortId(id) + ".");
        }
        return g;
    }

    /**
     * The group to write, locked until commit (one change of its roster, agreement or meetings at a time): the
     * rule's roles, then its writers (403 as for a group that does not exist).
     */
    static PeerGroup writable(Actor actor, org.missioncj.core.api.AccessRule rule, PeerMapper m, String id,
            RosterAccess access) {
        rule.requireRole(actor);
        PeerGroup g = null;
        if (id != null && id.length() <= 64 && m.lockGroup(id) == 1) {
            g = m.groupRow(id);
        }
        access.requireWriter(actor, rule, g, "group", id);
        return g;
    }

    private PeerGroup writable(Actor actor, org.missioncj.core.api.AccessRule rule, PeerMapper m, String id) {
        return writable(actor, rule, m, id, access);
    }

    /** The participant's open enrollment at the site; 422 when there is none (a member is enrolled there). */
    private EnrollmentFact openAtSite(PeerMapper m, String participantId, String site) {
        for (EnrollmentFact e : enrollments.of(m, participantId)) {
            if (e.open() && site.equals(e.site)) {
                return e;
            }
        }
        throw new UnprocessableException("participantId: participant " + participantId + " has no ENROLLED or ACTIVE "
                + "enrollment at site " + site + ". Every member of a peer group is a peer: a participant enrolled at the "
                + "group's site.");
    }

    static PeerMapper.AssentRow assent(String groupId, int version, PeerMapper.MemberRow member, LocalDate day,
            boolean atJoin, Actor actor, Instant now) {
        PeerMapper.AssentRow a = new PeerMapper.AssentRow();
        a.groupId = groupId;
        a.version = version;
        a.participantId = member.participantId;
        a.memberId = member.id;
        a.agreedOn = day;
        a.atJoin = atJoin ? 1 : 0;
        a.createdAt = now;
        a.createdBy = actor.username();
        return a;
    }

    static Assent toDto(PeerMapper.AssentRow r) {
        Assent a = new Assent(r.participantId, r.agreedOn);
        a.version = r.version;
        a.atJoin = r.atJoin != 0;
        return a;
    }

    static Validator validateAgreement(Validator v, String path, ComfortAgreement a) {
        v.requiredText(path + "text", a.text, TEXT_MAX).required(path + "agreedBy", a.agreedBy);
        if (a.agreedBy != null) {
            v.check(!a.agreedBy.isEmpty(), path + "agreedBy", "must name at least one member who agreed")
                    .check(a.agreedBy.size() <= 200, path + "agreedBy", "must have at most 200 entries")
                    .check(new HashSet<>(a.agreedBy).size() == a.agreedBy.size(), path + "agreedBy",
                            "must not name a member twice")
                    .check(a.agreedBy.stream().noneMatch(p -> Validator.isBlank(p) || p.length() > 64), path + "agreedBy",
                            "must be participant ids");
        }
        return v;
    }

    private static void validate(PeerGroup g) {
        Validator v = new Validator();
        if (g == null) {
            v.required("$", null).throwIfInvalid();
        }
        v.requiredText("facilitatorId", g.facilitatorId, 64)
                .requiredText("name", g.name, 200)
                .maxLength("place", g.place, 200)
                .maxLength("schedule", g.schedule, 200)
                .maxLength("site", g.site, 64)
                .throwIfInvalid();
    }

    private void notInFuture(String field, LocalDate day) {
        LocalDate today = module.today();
        if (day.isAfter(today)) {
            throw new UnprocessableException(field + ": " + day + " is in the future (today is " + today
                    + " in the site's time zone); record it once it happened.");
        }
    }

    static String text(String s) {
        return s == null || Validator.isBlank(s) ? null : s.trim();
    }
}
