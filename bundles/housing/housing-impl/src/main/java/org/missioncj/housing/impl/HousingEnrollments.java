package org.missioncj.housing.impl;


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
 * Keeps the housing module's copy of enrollments (hs_enrollment) current with {@link EnrollmentCopy}: on the registry's
 * events ({@link EnrollmentCopy#TOPICS}), at start for what it missed, and when a write or read finds no
 * enrollment yet ({@link #catchUp}).
 */
@Component(immediate = true, service = {EventHandler.class, HousingEnrollments.class}, property = {
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLED,
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLMENT_CHANGED,
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLMENT_STATUS_CHANGED})
public class HousingEnrollments implements EventHandler {
    private final EnrollmentCopy copy;
    private EnrollmentCopy.Background background;

    @Activate
    public HousingEnrollments(@Reference(target = HousingSettings.MODULE) ModuleSupport module,
            @Reference EnrollmentService enrollments, @Reference TeamService teams) {
        this.copy = new EnrollmentCopy(module, enrollments, teams, EnrollmentCopy.Store.of(HousingMapper.class));
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

    /** Brings in the participant's enrollments on a caseload that the copy lacks; whether there were any. */
    boolean catchUp(String participantId) {
        return copy.catchUp(participantId);
    }

    /**
     * The enrollment that places the participant (the caseload rule), caught up from the registry when the copy has
     * none yet ({@link EnrollmentCopy#caughtUp}); null for a participant on no team.
     */
    EnrollmentFact placing(HousingMapper m, String participantId) {
        return copy.caughtUp(participantId, () -> m.placing(participantId));
    }

    /** Copies every enrollment on a caseload that the copy lacks; how many. */
    int reconcile() {
        return copy.reconcile();
    }
}
