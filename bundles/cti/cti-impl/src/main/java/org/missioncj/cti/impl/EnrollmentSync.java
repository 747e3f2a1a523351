package org.missioncj.cti.impl;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.cti.api.CtiEvents;
import org.missioncj.cti.api.dto.DueContact;
import org.missioncj.registry.api.EnrollmentService;
import org.missioncj.registry.api.RegistryEvents;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentSearch;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps CTI's copy of enrollments and their due contacts current: on registry events (enrolled,
 * changed, status), on a release from custody, and at start for any enrollment it missed while it
 * was not running (events are delivered at most once).
 */
@Component(immediate = true, service = {EventHandler.class, EnrollmentSync.class}, property = {
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLED,
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLMENT_CHANGED,
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLMENT_STATUS_CHANGED,
    EventConstants.EVENT_TOPIC + "=" + CtiEvents.RELEASED})
public class EnrollmentSync implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(EnrollmentSync.class);

    private final ModuleSupport module;
    private final CtiSettings settings;
    private final EnrollmentService enrollments;
    private final TeamService teams;
    private final Actor system;
    private final ExecutorService catchUp = Executors.newSingleThreadExecutor(r -> new Thread(r, "mission-cti-catch-up"));

    @Activate
    public EnrollmentSync(@Reference(target = CtiSettings.MODULE) ModuleSupport module, @Reference CtiSettings settings,
            @Reference EnrollmentService enrollments, @Reference TeamService teams) {
        this.module = module;
        this.settings = settings;
        this.enrollments = enrollments;
        this.teams = teams;
        this.system = Actor.system(module.name());
    }

    /** Catches up in the background, so a site with thousands of enrollments starts at once. */
    @Activate
    void start() {
        catchUp.execute(() -> {
            try {
                int synced = reconcile();
                if (synced > 0) {
                    LOG.info("CTI caught up with {} enrollments it had not seen", synced);
                }
            } catch (RuntimeException e) {
                LOG.error("CTI could not catch up with the registry's enrollments; schedules follow the next events", e);
            }
        });
    }

    @Deactivate
    void stop() {
        catchUp.shutdownNow();
    }

    @Override
    public void handleEvent(Event event) {
        try {
            if (CtiEvents.RELEASED.equals(event.getTopic())) {
                released((String) event.getProperty(CtiEvents.PROP_PARTICIPANT_ID),
                        String.valueOf(event.getProperty(CtiEvents.PROP_RELEASE_DATE)));
            } else {
                sync((String) event.getProperty(RegistryEvents.PROP_ENROLLMENT_ID));
            }
        } catch (RuntimeException e) {
            LOG.error("CTI could not follow event {} {}", event.getTopic(), event.getProperty("enrollmentId"), e);
        }
    }

    /** Copies the enrollment from the registry and rebuilds the future of its schedule. */
    void sync(String enrollmentId) {
        synchronized (lock(enrollmentId)) {
            syncLocked(enrollmentId);
        }
    }

    private void syncLocked(String enrollmentId) {
        Enrollment e;
        try {
            e = enrollments.get(system, enrollmentId);
        } catch (NotFoundException gone) {
            return;
        }
        Team team = teams.get(system, e.teamId);
        module.work(tx -> {
            CtiMapper m = tx.mapper(CtiMapper.class);
            CtiMapper.EnrollmentRow row = m.enrollment(enrollmentId);
            boolean isNew = row == null;
            if (isNew) {
                if (e.status == EnrollmentStatus.REFERRED) {
                    return null; // a referral has no schedule yet
                }
                row = new CtiMapper.EnrollmentRow();
                row.enrollmentId = e.id;
            }
            row.participantId = e.participantId;
            row.teamId = e.teamId;
            row.site = team.site;
            row.startDate = e.startDate;
            row.programMonths = e.programMonths;
            row.status = e.status.name();
            row.updatedAt = module.now();
            if (isNew) {
                m.insertEnrollment(row);
            } else {
                m.updateEnrollment(row);
            }
            rebuildDue(m, row);
            return null;
        });
    }

    /** A release from custody starts the community phases on the release day. */
    void released(String participantId, String releaseDate) {
        LocalDate day;
        try {
            day = LocalDate.parse(releaseDate);
        } catch (DateTimeParseException e) {
            LOG.error("Ignoring release of participant {}: '{}' is not a date", participantId, releaseDate);
            return;
        }
        module.work(tx -> {
            CtiMapper m = tx.mapper(CtiMapper.class);
            for (CtiMapper.EnrollmentRow row : m.openEnrollments(participantId)) {
                row.releaseDate = day;
                row.updatedAt = module.now();
                m.updateEnrollment(row);
                rebuildDue(m, row);
            }
            return null;
        });
    }

    /**
     * Brings in the participant's open enrollment if CTI has not seen it yet (its event is on its way,
     * or was lost): a read of the schedule right after enrolling answers as it will a moment later.
     *
     * @return whether an enrollment was brought in
     */
    boolean catchUp(String participantId) {
        EnrollmentSearch q = new EnrollmentSearch();
        q.participantId = participantId;
        boolean synced = false;
        for (Enrollment e : enrollments.list(system, q, PageRequest.of(0, PageRequest.MAX_SIZE)).items) {
            if (EnrollmentStatus.ON_CASELOAD.contains(e.status)) {
                // in a transaction of its own, under the enrollment's lock: the event may be syncing it right now
                synchronized (lock(e.id)) {
                    try {
                        module.workAlone(tx -> {
                            sync(e.id);
                            return null;
                        });
                    } catch (RuntimeException ex) {
                        // another node synced it at the same moment: its row is there, the read finds it
                        LOG.debug("CTI caught up with enrollment {} elsewhere: {}", e.id, ex.getMessage());
                    }
                }
                synced = true;
            }
        }
        return synced;
    }

    private final Object[] locks = new Object[64];

    {
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /** One of a few locks, by enrollment: a sync and a catch-up of one enrollment on this node never overlap. */
    private Object lock(String enrollmentId) {
        return locks[Math.floorMod(enrollmentId.hashCode(), locks.length)];
    }

    /**
     * Writes the enrollment's due contacts from the plan. The first time, all of them; later only
     * from today on, so what was due (and logged) before today stays as it was, and the window
     * open today is cut where the new plan's next one begins.
     */
    void rebuildDue(CtiMapper m, CtiMapper.EnrollmentRow e) {
        LocalDate today = module.today();
        List<DueContact> existing = m.due(e.enrollmentId);
        boolean open = "ENROLLED".equals(e.status) || "ACTIVE".equals(e.status);
        LocalDate from = existing.isEmpty() ? LocalDate.MIN : today;
        if (!existing.isEmpty()) {
            m.deleteDueFrom(e.enrollmentId, today);
        }
        if (!open) {
            return;
        }
        LocalDate firstNew = null;
        for (DueContact d : settings.plan().dueContacts(e.anchor(), e.programMonths)) {
            if (!d.dueDate.isBefore(from)) {
                m.insertDue(e.enrollmentId, d);
                if (firstNew == null) {
                    firstNew = d.dueDate;
                }
            }
        }
        if (firstNew != null && !existing.isEmpty()) {
            m.clipWindows(e.enrollmentId, today, firstNew);
        }
    }

    /**
     * Brings in every open enrollment CTI has not seen (installed later, started after the
     * registry, or events lost in a crash). Returns how many it synced.
     */
    int reconcile() {
        int[] synced = {0};
        for (EnrollmentStatus status : new EnrollmentStatus[] {EnrollmentStatus.ENROLLED, EnrollmentStatus.ACTIVE}) {
            EnrollmentSearch q = new EnrollmentSearch();
            q.status = status;
            Page.each(page -> enrollments.list(system, q, page), (Enrollment e) -> {
                if (module.work(tx -> tx.mapper(CtiMapper.class).enrollment(e.id)) != null) {
                    return;
                }
                try {
                    sync(e.id);
                    synced[0]++;
                } catch (RuntimeException ex) {
                    // e.g. another node synced it at the same moment; the next event repairs the rest
                    LOG.warn("CTI could not catch up with enrollment {}: {}", e.id, ex.getMessage());
                }
            });
        }
        return synced[0];
    }

}
