package org.missioncj.cti.impl;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.cti.api.CtiEvents;
import org.missioncj.registry.api.EnrollmentService;
import org.missioncj.registry.api.RegistryEvents;
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

    private final CtiStore store;
    private final EnrollmentService enrollments;
    private final TeamAccess access;
    private final ExecutorService catchUp = Executors.newSingleThreadExecutor(r -> new Thread(r, "mission-cti-catch-up"));

    @Activate
    public EnrollmentSync(@Reference CtiStore store, @Reference EnrollmentService enrollments,
            @Reference TeamAccess access) {
        this.store = store;
        this.enrollments = enrollments;
        this.access = access;
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
        Enrollment e;
        try {
            e = enrollments.get(CtiStore.SYSTEM, enrollmentId);
        } catch (NotFoundException gone) {
            return;
        }
        Team team = access.team(e.teamId);
        store.database.inTransaction(tx -> {
            CtiMapper m = store.mapper(tx);
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
            row.updatedAt = store.now();
            if (isNew) {
                m.insertEnrollment(row);
            } else {
                m.updateEnrollment(row);
            }
            store.rebuildDue(m, row);
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
        store.database.inTransaction(tx -> {
            CtiMapper m = store.mapper(tx);
            for (CtiMapper.EnrollmentRow row : m.openEnrollments(participantId)) {
                row.releaseDate = day;
                row.updatedAt = store.now();
                m.updateEnrollment(row);
                store.rebuildDue(m, row);
            }
            return null;
        });
    }

    /**
     * Brings in every open enrollment CTI has not seen (installed later, started after the
     * registry, or events lost in a crash). Returns how many it synced.
     */
    int reconcile() {
        int synced = 0;
        for (EnrollmentStatus status : new EnrollmentStatus[] {EnrollmentStatus.ENROLLED, EnrollmentStatus.ACTIVE}) {
            EnrollmentSearch q = new EnrollmentSearch();
            q.status = status;
            int page = 0;
            while (true) {
                Page<Enrollment> p = enrollments.list(CtiStore.SYSTEM, q, PageRequest.of(page, PageRequest.MAX_SIZE));
                Set<String> known = new HashSet<>();
                store.database.inTransaction(tx -> {
                    CtiMapper m = store.mapper(tx);
                    for (Enrollment e : p.items) {
                        if (m.enrollment(e.id) != null) {
                            known.add(e.id);
                        }
                    }
                    return null;
                });
                for (Enrollment e : p.items) {
                    if (!known.contains(e.id)) {
                        try {
                            sync(e.id);
                            synced++;
                        } catch (RuntimeException ex) {
                            // e.g. another node synced it at the same moment; the next event repairs the rest
                            LOG.warn("CTI could not catch up with enrollment {}: {}", e.id, ex.getMessage());
                        }
                    }
                }
                if (Thread.currentThread().isInterrupted() || ++page >= p.totalPages) {
                    break;
                }
            }
        }
        return synced;
    }
}
