package org.missioncj.adapter.runtime;

import org.missioncj.adapter.api.dto.OutboundKind;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.registry.api.RegistryEvents;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues an enrollment notice when a participant is enrolled and a completion notice when an enrollment
 * is completed, for each of the site's notice systems. The dedupe key (kind, enrollment, system) makes a
 * second delivery of the event queue nothing.
 */
@Component(immediate = true, service = EventHandler.class, property = {
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLED,
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLMENT_STATUS_CHANGED})
public class NoticeSource implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeSource.class);

    private final ModuleSupport module;
    private final AdapterSettings settings;
    private final OutboxServiceImpl outbox;
    private final Actor system;

    @Activate
    public NoticeSource(@Reference(target = AdapterSettings.MODULE) ModuleSupport module,
            @Reference AdapterSettings settings, @Reference OutboxServiceImpl outbox) {
        this.module = module;
        this.settings = settings;
        this.outbox = outbox;
        this.system = Actor.system(module.name());
    }

    @Override
    public void handleEvent(Event event) {
        String enrollmentId = (String) event.getProperty(RegistryEvents.PROP_ENROLLMENT_ID);
        String participantId = (String) event.getProperty(RegistryEvents.PROP_PARTICIPANT_ID);
        Object status = event.getProperty(RegistryEvents.PROP_STATUS);
        OutboundKind kind;
        if (RegistryEvents.ENROLLED.equals(event.getTopic())) {
            kind = OutboundKind.ENROLLMENT_NOTICE;
        } else if (EnrollmentStatus.COMPLETED.name().equals(String.valueOf(status))) {
            kind = OutboundKind.COMPLETION;
        } else {
            return;
        }
        if (enrollmentId == null || participantId == null || settings.noticeSystems.isEmpty()) {
            return;
        }
        try {
            module.workAlone(tx -> {
                for (String target : settings.noticeSystems) {
                    outbox.queue(tx, target, kind, participantId, null, null, system,
                            kind + ":" + enrollmentId + ":" + target);
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("Could not queue the {} of enrollment {}", kind, enrollmentId, e);
        }
    }
}
