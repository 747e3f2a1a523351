package org.missioncj.drt.impl;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.curriculum.api.CatalogService;
import org.missioncj.curriculum.api.dto.Curriculum;
import org.missioncj.drt.api.DrtAccess;
import org.missioncj.drt.api.DrtProgressService;
import org.missioncj.drt.api.dto.DrtProgress;
import org.missioncj.drt.api.dto.SessionGap;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DrtProgressService.class)
public class DrtProgressServiceImpl implements DrtProgressService {
    static final String RESOURCE = "drt-progress";

    private final ModuleSupport module;
    private final DrtSettings settings;
    private final CaseloadAccess access;
    private final CatalogService catalog;
    private final DrtEnrollmentSync sync;
    private final Actor system;

    @Activate
    public DrtProgressServiceImpl(@Reference(target = DrtSettings.MODULE) ModuleSupport module,
            @Reference DrtSettings settings, @Reference CaseloadAccess access, @Reference CatalogService catalog,
            @Reference DrtEnrollmentSync sync) {
        this.module = module;
        this.settings = settings;
        this.access = access;
        this.catalog = catalog;
        this.sync = sync;
        this.system = Actor.system(module.name());
    }

    /** The catalog in use, as progress counts it now. */
    private CatalogProgress counted() {
        return new CatalogProgress(catalog.current(system, Curriculum.DRT));
    }

    @Override
    public DrtProgress progress(Actor actor, String participantId) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(participantId).participant(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, DrtAccess.GET_PROGRESS, participantId, entry);
            DrtMapper m = tx.mapper(DrtMapper.class);
            EnrollmentFact e = current(m, participantId);
            if (e == null && sync.catchUp(participantId)) {
                // enrolled a moment ago: the registry's event has not reached DRT yet
                e = current(m, participantId);
            }
            if (e == null) {
                throw new NotFoundException("Participant " + participantId + " has no enrollment on a caseload, so no "
                        + "DRT progress.");
            }
            CatalogProgress counted = counted();
            return counted.of(List.of(m.progress(e.enrollmentId, counted.bits(), null)), m, null, module.today()).get(0);
        });
    }

    /** The open enrollment, or the latest when none is open. */
    private static EnrollmentFact current(DrtMapper m, String participantId) {
        List<EnrollmentFact> open = m.openEnrollments(participantId);
        return open.isEmpty() ? m.latestEnrollment(participantId) : open.get(0);
    }

    @Override
    public Page<DrtProgress> team(Actor actor, String teamId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "SEARCH", RESOURCE).resource(teamId).detail("DRT progress of a team");
        return module.audited(entry, tx -> {
            access.requireTeam(actor, DrtAccess.LIST_TEAM_PROGRESS, teamId);
            DrtMapper m = tx.mapper(DrtMapper.class);
            CatalogProgress counted = counted();
            LocalDate today = module.today();
            List<DrtMapper.ProgressRow> rows = m.team(teamId, counted.bits(), null, page.offset(), page.size());
            // a caseload is a few dozen: the first page usually holds it all, and then it is its own count
            long total = page.offset() == 0 && rows.size() < page.size() ? rows.size() : m.countTeam(teamId);
            List<DrtProgress> items = counted.of(rows, m, null, today);
            Page<DrtProgress> result = new Page<>(items, page, total);
            tx.record(AuditEntry.readsOf(actor, module.name(), RESOURCE, items, p -> p.participantId, p -> p.participantId,
                    "DRT progress of team " + teamId));
            return result;
        });
    }

    @Override
    public Page<SessionGap> withoutRecentSession(Actor actor, String site, Integer days, PageRequest page) {
        int period = days == null ? settings.gapDays() : days;
        AuditEntry entry = module.entry(actor, "SEARCH", "drt-session-gap").resource(site)
                .detail("no DRT session in " + period + " days");
        return module.audited(entry, tx -> {
            DrtAccess.LIST_WITHOUT_RECENT_SESSION.requireRole(actor);
            new Validator().requiredText("site", site, 64)
                    .check(period >= 1 && period <= DrtSettings.MAX_GAP_DAYS, "days",
                            "must be between 1 and " + DrtSettings.MAX_GAP_DAYS)
                    .throwIfInvalid();
            access.requireSite(actor, DrtAccess.LIST_WITHOUT_RECENT_SESSION, site);
            DrtMapper m = tx.mapper(DrtMapper.class);
            LocalDate today = module.today();
            // a session on this day or later is recent: one exactly `period` days ago keeps a participant off the list
            LocalDate since = today.minusDays(period);
            LocalDate afterStart = null;
            if (page.after() != null) {
                List<LocalDate> starts = m.openStartAtSite(page.after(), site);
                if (starts.isEmpty()) {
                    throw new ValidationException("after", "is not a participant on a caseload at " + site
                            + ": start again from the first page");
                }
                afterStart = starts.get(0);
            }
            LocalDate from = afterStart;
            Page<SessionGap> result = Page.keyed(page, () -> m.countWithoutRecent(site, since),
                    () -> m.withoutRecent(site, since, from, page.after(), page.offset(), page.size()),
                    g -> g.participantId);
            for (SessionGap g : result.items) {
                g.daysSinceLast = g.lastSessionDate == null ? null : (int) ChronoUnit.DAYS.between(g.lastSessionDate, today);
            }
            tx.record(AuditEntry.readsOf(actor, module.name(), RESOURCE, result.items, g -> g.participantId,
                    g -> g.participantId, "no DRT session in " + period + " days at " + site));
            return result;
        });
    }
}
