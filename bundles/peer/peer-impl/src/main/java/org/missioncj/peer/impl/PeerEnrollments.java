package org.missioncj.peer.impl;

import java.util.List;

import org.missioncj.core.api.module.ModuleSupport;
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

/**
 * The peer module's copy of enrollments ({@code peer_enrollment}): who is enrolled, on which team and site,
 * since when. Kept current from the registry's events, caught up at start and when a write or read finds
 * a participant the registry has enrolled a moment ago.
 */
@Component(immediate = true, service = {EventHandler.class, PeerEnrollments.class}, property = {
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLED,
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLMENT_CHANGED,
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLMENT_STATUS_CHANGED})
public class PeerEnrollments implements EventHandler {
    private final ModuleSupport module;
    private final EnrollmentCopy copy;
    private EnrollmentCopy.Background background;

    @Activate
    public PeerEnrollments(@Reference(target = PeerSettings.MODULE) ModuleSupport module,
            @Reference EnrollmentService enrollments, @Reference TeamService teams) {
        this.module = module;
        this.copy = new EnrollmentCopy(module, enrollments, teams, EnrollmentCopy.Store.of(PeerMapper.class));
    }

    /** Catches up in the background, so a site with thousands of enrollments starts at once. */
    @Activate
    void start() {
        background = copy.reconcileInBackground();
    }

    @Deactivate
    void stop() {
        background.stop();
    }

    @Override
    public void handleEvent(Event event) {
        copy.follow(event.getTopic(), (String) event.getProperty(RegistryEvents.PROP_ENROLLMENT_ID));
    }

    /** Copies what the registry has enrolled that the copy lacks; for a participant read or written a moment after. */
    boolean catchUp(String participantId) {
        return copy.catchUp(participantId);
    }

    /** Every enrollment not yet copied (what start does in the background). */
    int reconcile() {
        return copy.reconcile();
    }

    /**
     * The participant's enrollments as the copy has them, the open one first, then the latest; caught up from
     * the registry first when the copy has no open one (the registry's event may not have arrived yet).
     */
    List<EnrollmentFact> of(PeerMapper m, String participantId) {
        List<EnrollmentFact> list = m.enrollmentsOf(participantId);
        if ((list.isEmpty() || !list.get(0).open()) && catchUp(participantId)) {
            list = m.enrollmentsOf(participantId);
        }
        return list;
    }
}
