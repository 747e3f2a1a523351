package org.missioncj.drt.impl;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.registry.api.EnrollmentService;
import org.missioncj.registry.api.RegistryEvents;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.copy.EnrollmentCopy;
import org.missioncj.registry.api.copy.EnrollmentFact;
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
 * Keeps DRT's copy of enrollments (drt_enrollment) current with {@link EnrollmentCopy}: on the registry's
 * events ({@link EnrollmentCopy#TOPICS}), at start for what it missed, and when a write or read finds no
 * enrollment yet ({@link #catchUp}).
 */
@Component(immediate = true, service = {EventHandler.class, DrtEnrollmentSync.class}, property = {
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLED,
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLMENT_CHANGED,
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLMENT_STATUS_CHANGED})
public class DrtEnrollmentSync implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DrtEnrollmentSync.class);

    private final EnrollmentCopy copy;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "mission-drt-catch-up"));

    @Activate
    public DrtEnrollmentSync(@Reference(target = DrtSettings.MODULE) ModuleSupport module,
            @Reference EnrollmentService enrollments, @Reference TeamService teams) {
        this.copy = new EnrollmentCopy(module, enrollments, teams, new EnrollmentCopy.Store() {
            @Override
            public EnrollmentFact find(Tx tx, String enrollmentId) {
                return tx.mapper(DrtMapper.class).enrollment(enrollmentId);
            }

            @Override
            public void insert(Tx tx, EnrollmentFact fact) {
                tx.mapper(DrtMapper.class).insertEnrollment(fact);
            }

            @Override
            public void update(Tx tx, EnrollmentFact fact) {
                tx.mapper(DrtMapper.class).updateEnrollment(fact);
            }
        });
    }

    /** Catches up in the background, so a site with thousands of enrollments starts at once. */
    @Activate
    void start() {
        background.execute(() -> {
            try {
                int copied = reconcile();
                if (copied > 0) {
                    LOG.info("DRT caught up with {} enrollments it had not seen", copied);
                }
            } catch (RuntimeException e) {
                LOG.error("DRT could not catch up with the registry's enrollments; its copy follows the next events", e);
            }
        });
    }

    @Deactivate
    void stop() {
        background.shutdownNow();
    }

    @Override
    public void handleEvent(Event event) {
        try {
            copy.sync((String) event.getProperty(RegistryEvents.PROP_ENROLLMENT_ID));
        } catch (RuntimeException e) {
            LOG.error("DRT could not follow event {} {}", event.getTopic(), event.getProperty(RegistryEvents.PROP_ENROLLMENT_ID),
                    e);
        }
    }

    /** Brings in the participant's enrollments on a caseload that the copy lacks; whether there were any. */
    boolean catchUp(String participantId) {
        return copy.catchUp(participantId);
    }

    /** Copies every enrollment on a caseload that the copy lacks; how many. */
    int reconcile() {
        return copy.reconcile();
    }
}
