package org.missioncj.trauma.impl;

import java.util.Map;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.trauma.api.AlertService;
import org.missioncj.trauma.api.TraumaAccess;
import org.missioncj.trauma.api.TraumaEvents;
import org.missioncj.trauma.api.dto.Acknowledgement;
import org.missioncj.trauma.api.dto.Alert;
import org.missioncj.trauma.api.dto.AlertStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AlertService.class)
public class AlertServiceImpl implements AlertService {
    static final String RESOURCE = "safety-alert";
    static final int MAX_ACTION = 1000;
    /** An acknowledgement says what was done for a safety flag: "ok" is not an action. */
    static final int MIN_ACTION = 10;

    private final ModuleSupport module;
    private final CaseloadAccess access;

    @Activate
    public AlertServiceImpl(@Reference(target = TraumaSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access) {
        this.module = module;
        this.access = access;
    }

    @Override
    public Alert get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> access.requireFound(actor, TraumaAccess.GET_ALERT, RESOURCE, id,
                tx.mapper(TraumaMapper.class)::alert, a -> a.participantId, entry));
    }

    @Override
    public Alert acknowledge(Actor actor, String id, long expectedVersion, Acknowledgement acknowledgement) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(id).detail("acknowledged");
        return module.audited(entry, tx -> {
            TraumaMapper m = tx.mapper(TraumaMapper.class);
            Alert stored = access.requireFound(actor, TraumaAccess.ACKNOWLEDGE_ALERT, RESOURCE, id, m::alert,
                    a -> a.participantId, entry);
            PreconditionRequiredException.requireVersion(expectedVersion);
            Validator v = new Validator();
            if (acknowledgement == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.requiredText("actionTaken", acknowledgement.actionTaken, MAX_ACTION)
                    .check(Validator.isBlank(acknowledgement.actionTaken) || acknowledgement.actionTaken.trim().length() >= MIN_ACTION,
                            "actionTaken", "say what was done, in at least " + MIN_ACTION + " characters")
                    .throwIfInvalid();
            if (stored.status != AlertStatus.OPEN) {
                throw new ConflictException("Safety alert " + id + " was acknowledged already, by " + stored.acknowledgedBy
                        + " at " + stored.acknowledgedAt + ".");
            }
            if (m.acknowledge(id, expectedVersion, module.now(), actor.username(), acknowledgement.actionTaken.trim()) == 0) {
                throw PreconditionFailedException.stale("safety alert", id, expectedVersion, stored.version);
            }
            tx.post(TraumaEvents.ALERT_ACKNOWLEDGED, Map.of(TraumaEvents.PROP_ALERT_ID, id,
                    TraumaEvents.PROP_PARTICIPANT_ID, stored.participantId, TraumaEvents.PROP_ACTOR, actor.username()));
            return m.alert(id);
        });
    }

    @Override
    public Page<Alert> team(Actor actor, String teamId, AlertStatus status, PageRequest page) {
        AlertStatus s = status == null ? AlertStatus.OPEN : status;
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).detail(s + " alerts of team " + teamId);
        return module.audited(entry, tx -> {
            access.requireTeam(actor, TraumaAccess.LIST_TEAM_ALERTS, teamId);
            TraumaMapper m = tx.mapper(TraumaMapper.class);
            Page<Alert> alerts = Page.read(page, () -> m.countTeamAlerts(teamId, s),
                    () -> m.teamAlerts(teamId, s, page.offset(), page.size()));
            tx.record(AuditEntry.readsOf(actor, module.name(), RESOURCE, alerts.items, a -> a.id, a -> a.participantId,
                    "team alert list"));
            return alerts;
        });
    }

    @Override
    public Page<Alert> site(Actor actor, String site, AlertStatus status, PageRequest page) {
        AlertStatus s = status == null ? AlertStatus.OPEN : status;
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).detail(s + " alerts of site " + site);
        return module.audited(entry, tx -> {
            access.requireSite(actor, TraumaAccess.LIST_SITE_ALERTS, site);
            TraumaMapper m = tx.mapper(TraumaMapper.class);
            Page<Alert> alerts = Page.read(page, () -> m.countSiteAlerts(site, s),
                    () -> m.siteAlerts(site, s, page.offset(), page.size()));
            tx.record(AuditEntry.readsOf(actor, module.name(), RESOURCE, alerts.items, a -> a.id, a -> a.participantId,
                    "site alert list"));
            return alerts;
        });
    }
}
