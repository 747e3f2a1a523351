package org.missioncj.cti.impl;

import java.util.Optional;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.Role;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who may act on a team's participants: its Case Manager and Peer Support Specialist; Peer
 * Navigators and Clinical Supervisors of the team's site; Program Admins. Everyone else gets 403.
 */
@Component(service = TeamAccess.class)
public class TeamAccess {
    private final StaffService staff;
    private final TeamService teams;

    @Activate
    public TeamAccess(@Reference StaffService staff, @Reference TeamService teams) {
        this.staff = staff;
        this.teams = teams;
    }

    /** The team, if the actor may work with its participants; 404 for an unknown team, 403 otherwise. */
    Team requireTeam(Actor actor, String teamId, String action) {
        Team team = teams.get(CtiStore.SYSTEM, teamId);
        if (actor.hasRole(Role.PROGRAM_ADMIN)) {
            return team;
        }
        Optional<Staff> me = staff.findByUsername(CtiStore.SYSTEM, actor.username());
        if (me.isPresent() && Boolean.TRUE.equals(me.get().active)) {
            Staff s = me.get();
            boolean member = s.id.equals(team.caseManagerId) || s.id.equals(team.peerSpecialistId);
            boolean siteLead = (actor.hasRole(Role.PEER_NAVIGATOR) || actor.hasRole(Role.CLINICAL_SUPERVISOR))
                    && s.site.equals(team.site);
            if ((member && actor.hasAnyRole(Role.CLINICAL_STAFF)) || siteLead) {
                return team;
            }
        }
        throw new ForbiddenException("You may not " + action + ": the participant is not on your team.");
    }

    /** The actor's site, for site-wide views (supervisors and navigators), or any site for admins. */
    void requireSite(Actor actor, String site, String action) {
        if (actor.hasRole(Role.PROGRAM_ADMIN)) {
            return;
        }
        if (actor.hasRole(Role.PEER_NAVIGATOR) || actor.hasRole(Role.CLINICAL_SUPERVISOR)) {
            Optional<Staff> me = staff.findByUsername(CtiStore.SYSTEM, actor.username());
            if (me.isPresent() && site.equals(me.get().site)) {
                return;
            }
        }
        throw new ForbiddenException("You may not " + action + " of site " + site + ".");
    }

    Staff staff(String staffId) {
        return staff.get(CtiStore.SYSTEM, staffId);
    }

    Team team(String teamId) {
        return teams.get(CtiStore.SYSTEM, teamId);
    }
}
