package org.missioncj.linkage.impl;

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
 * Keeps the linkage module's copy of enrollments (lk_enrollment) current with {@link EnrollmentCopy}: on the
 * registry's events ({@link EnrollmentCopy#TOPICS}) and at start for what it missed. The team's follow-up list and
 * the team and site that events name read the copy.
 */
@Component(immediate = true, service = {EventHandler.class, LinkageEnrollments.class}, property = {
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLED,
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLMENT_CHANGED,
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLMENT_STATUS_CHANGED})
public class LinkageEnrollments implements EventHandler {
    private final EnrollmentCopy copy;
    private EnrollmentCopy.Background background;

    @Activate
    public LinkageEnrollments(@Reference(target = LinkageSettings.MODULE) ModuleSupport module,
            @Reference EnrollmentService enrollments, @Reference TeamService teams) {
        this.copy = new EnrollmentCopy(module, enrollments, teams, EnrollmentCopy.Store.of(LinkageMapper.class));
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

    /**
     * The enrollment that places the participant (the caseload rule), caught up from the registry when the copy has
     * none yet ({@link EnrollmentCopy#caughtUp}); null for a participant on no team.
     */
    EnrollmentFact placing(LinkageMapper m, String participantId) {
        return copy.caughtUp(participantId, () -> m.placing(participantId));
    }
}
