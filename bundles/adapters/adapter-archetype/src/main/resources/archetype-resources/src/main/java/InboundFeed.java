package ${package};

import java.util.EnumSet;

import org.missioncj.adapter.api.Inbox;
import org.missioncj.adapter.api.dto.InboxReceipt;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Records from ${systemName} into the platform's inbox. Call receive(record) from wherever the
 * records arrive (a poller, a queue listener, a REST resource); the receipt is the acknowledgement:
 * the message is stored, and a second delivery of the same messageId has no second effect.
 */
@Component(service = InboundFeed.class)
public class InboundFeed {
    static final String SYSTEM = "${systemName}";
    /** The adapter acts for its system; the inbox accepts only INTEGRATION actors. */
    static final Actor ACTOR = new Actor("adapter:" + SYSTEM, EnumSet.of(Role.INTEGRATION), Actor.PURPOSE_OPERATIONS,
            SYSTEM);

    private final Inbox inbox;
    private final InboundTranslator translator = new InboundTranslator(SYSTEM);

    @Activate
    public InboundFeed(@Reference Inbox inbox) {
        this.inbox = inbox;
    }

    /** @throws IllegalArgumentException when the record cannot be translated (tell the system what to fix) */
    public InboxReceipt receive(HostRecord record) {
        return inbox.receive(ACTOR, translator.translate(record));
    }
}
