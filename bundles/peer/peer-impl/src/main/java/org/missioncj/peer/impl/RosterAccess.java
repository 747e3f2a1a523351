package org.missioncj.peer.impl;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.peer.api.dto.PeerGroup;
import org.missioncj.peer.api.dto.RosterView;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.api.dto.TeamSearch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who writes a group, and who sees which part of its roster. A group's records are written by its
 * facilitator or a Peer Navigator of its site. Its roster and attendance reveal who is in treatment: the
 * facilitator sees all of it; the Case Manager and Peer Support Specialist of the team holding a member's
 * enrollment (the open one, else the latest) see that member; anyone else sees counts. Staff are matched
 * to sign-ins by user name, and an inactive staff record sees and writes nothing here.
 */
@Component(service = RosterAccess.class)
public class RosterAccess {
    private static final Set<Role> TEAM_ROLES = Set.of(Role.CASE_MANAGER, Role.PEER_SPECIALIST);

    private final StaffService staff;
    private final TeamService teams;
    private final Actor system;

    @Activate
    public RosterAccess(@Reference(target = PeerSettings.MODULE) ModuleSupport module, @Reference StaffService staff,
            @Reference TeamService teams) {
        this.staff = staff;
        this.teams = teams;
        this.system = Actor.system(module.name());
    }

    /** What one caller sees of rosters: built once per request. */
    static final class Viewer {
        /** The caller's active staff record's id, or null. */
        final String staffId;
        /** The teams whose Case Manager or Peer Support Specialist the caller is. */
        final Set<String> teamIds;

        Viewer(String staffId, Set<String> teamIds) {
            this.staffId = staffId;
            this.teamIds = teamIds;
        }

        boolean facilitates(PeerGroup g) {
            return staffId != null && staffId.equals(g.facilitatorId);
        }

        /** Whether the caller sees this participant of the group (given each participant's team). */
        boolean sees(PeerGroup g, String participantId, Map<String, String> teamOf) {
            return facilitates(g) || onTeam(teamOf.get(participantId));
        }

        boolean onTeam(String teamId) {
            return teamId != null && teamIds.contains(teamId);
        }

        /** FULL for the facilitator; OWN_TEAM when some participant is shown; else COUNTS. */
        RosterView view(PeerGroup g, boolean anyShown) {
            return facilitates(g) ? RosterView.FULL : anyShown ? RosterView.OWN_TEAM : RosterView.COUNTS;
        }
    }

    /** The caller's active staff record, if any. */
    Optional<Staff> staffOf(Actor actor) {
        return staff.findByUsername(system, actor.username()).filter(s -> Boolean.TRUE.equals(s.active));
    }

    /** The caller as a reader of rosters. */
    Viewer viewer(Actor actor) {
        Optional<Staff> me = staffOf(actor);
        if (me.isEmpty()) {
            return new Viewer(null, Set.of());
        }
        Set<String> mine = new HashSet<>();
        if (actor.hasAnyRole(TEAM_ROLES)) {
            String id = me.get().id;
            Page.each(page -> teams.list(system, new TeamSearch(me.get().site), page), (Team t) -> {
                if (id.equals(t.caseManagerId) || id.equals(t.peerSpecialistId)) {
                    mine.add(t.id);
                }
            });
        }
        return new Viewer(me.get().id, Collections.unmodifiableSet(mine));
    }

    /**
     * The rule's roles, then the group's writers: its facilitator, or a Peer Navigator of its site. A group
     * that does not exist and one the caller may not write answer alike (403), as records outside a
     * caller's caseload do.
     */
    void requireWriter(Actor actor, AccessRule rule, PeerGroup group, String what, String id) {
        rule.requireRole(actor);
        Optional<Staff> me = staffOf(actor);
        if (group != null && me.isPresent()) {
            Staff s = me.get();
            if (s.id.equals(group.facilitatorId)
                    || (actor.hasRole(Role.PEER_NAVIGATOR) && s.site.equals(group.site))) {
                return;
            }
        }
        throw new ForbiddenException("You may not " + rule.action() + ": " + what + " " + shortId(id) + " is not of a "
                + "group you facilitate, or there is no such " + what + ". A group's records are written by its facilitator "
                + "or a Peer Navigator of its site.");
    }

    /** For a group to be created or handed over: the caller facilitates it, or is a Peer Navigator of its site. */
    void requireCreator(Actor actor, AccessRule rule, Staff facilitator) {
        rule.requireRole(actor);
        Optional<Staff> me = staffOf(actor);
        if (me.isPresent() && (me.get().id.equals(facilitator.id)
                || (actor.hasRole(Role.PEER_NAVIGATOR) && me.get().site.equals(facilitator.site)))) {
            return;
        }
        throw new ForbiddenException("You may not " + rule.action() + " for another staff member: a Peer Support "
                + "Specialist creates the groups they facilitate, a Peer Navigator those of their site.");
    }

    /** The staff record by id, as the system sees it; 404 when there is none. */
    Staff staff(String staffId, String field) {
        try {
            return staff.get(system, staffId);
        } catch (NotFoundException e) {
            throw new NotFoundException(field + ": there is no staff member " + shortId(staffId) + ".");
        }
    }

    /**
     * 422 unless the staff member can lead peer-led work: an active Peer Support Specialist or Peer Navigator
     * (of {@code site}, when given).
     */
    static void requirePeerStaff(Staff s, String field, String site) {
        if (s.role != StaffRole.PEER_SPECIALIST && s.role != StaffRole.PEER_NAVIGATOR) {
            throw new UnprocessableException(field + ": " + s.givenName + " " + s.familyName + " is a " + s.role
                    + "; peer-led sessions and groups are led by Peer Support Specialists and Peer Navigators.");
        }
        if (!Boolean.TRUE.equals(s.active)) {
            throw new UnprocessableException(field + ": " + s.givenName + " " + s.familyName + "'s staff record is inactive.");
        }
        if (site != null && !site.equals(s.site)) {
            throw new UnprocessableException(field + ": " + s.givenName + " " + s.familyName + " works at " + s.site
                    + ", not at " + site + "; a group is led by staff of its site.");
        }
    }

    /** The team, as the system sees it. */
    Team team(String teamId) {
        return teams.get(system, teamId);
    }

    /** Whether the id is a staff member's (staff are never members of a peer group). */
    boolean isStaff(String id) {
        try {
            staff.get(system, id);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Each participant's team: that of their open enrollment, else of their latest (the registry's rule). */
    static Map<String, String> teams(List<EnrollmentFact> enrollments) {
        Map<String, EnrollmentFact> best = new HashMap<>();
        for (EnrollmentFact e : enrollments) {
            best.merge(e.participantId, e, RosterAccess::holder);
        }
        Map<String, String> out = new HashMap<>();
        best.forEach((p, e) -> out.put(p, e.teamId));
        return out;
    }

    private static EnrollmentFact holder(EnrollmentFact a, EnrollmentFact b) {
        if (a.open() != b.open()) {
            return a.open() ? a : b;
        }
        int byStart = a.startDate.compareTo(b.startDate);
        if (byStart != 0) {
            return byStart > 0 ? a : b;
        }
        return a.updatedAt.compareTo(b.updatedAt) >= 0 ? a : b;
    }

    static String shortId(String id) {
        return id == null ? "(none)" : id.length() <= 64 ? id : id.substring(0, 64) + "...";
    }
}
