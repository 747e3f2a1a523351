package org.missioncj.cti.impl;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.dto.ParticipantAccess;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who may act on a participant, a team or a site in CTI: the registry's {@link CaseloadAccess}
 * decides, so CTI follows the same caseloads and break-the-glass grants as every module. Also looks
 * up staff and teams as the system.
 */
@Component(service = TeamAccess.class)
public class TeamAccess {
    private final CaseloadAccess caseloads;
    private final StaffService staff;
    private final TeamService teams;

    @Activate
    public TeamAccess(@Reference CaseloadAccess caseloads, @Reference StaffService staff, @Reference TeamService teams) {
        this.caseloads = caseloads;
        this.staff = staff;
        this.teams = teams;
    }

    /** 403 (role, then scope) or 404 (unknown participant); flags the entry when the access is break-the-glass. */
    ParticipantAccess requireParticipant(Actor actor, String participantId, String action, AuditEntry entry) {
        return caseloads.requireParticipant(actor, participantId, action, entry);
    }

    /** A record of this participant found by id: refused like a missing one when outside the actor's scope. */
    ParticipantAccess requireRecord(Actor actor, String what, String id, String participantId, String action,
            AuditEntry entry) {
        return caseloads.requireRecord(actor, what, id, participantId, action, entry);
    }

    /** The answer to a record asked for by id that does not exist (see {@link CaseloadAccess#unknown}). */
    RuntimeException unknown(Actor actor, String what, String id, String action) {
        return caseloads.unknown(actor, what, id, action);
    }

    /** 404 for an unknown team, 403 unless the actor is on it, leads its site or is an admin. */
    void requireTeam(Actor actor, String teamId, String action) {
        caseloads.requireTeam(actor, teamId, action);
    }

    /** The actor's site, for site-wide views (supervisors and navigators), or any site for admins. */
    void requireSite(Actor actor, String site, String action) {
        caseloads.requireSite(actor, site, action);
    }

    Staff staff(String staffId) {
        return staff.get(CtiStore.SYSTEM, staffId);
    }

    Team team(String teamId) {
        return teams.get(CtiStore.SYSTEM, teamId);
    }
}
