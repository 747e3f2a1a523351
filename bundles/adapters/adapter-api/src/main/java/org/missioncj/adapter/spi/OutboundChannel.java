package org.missioncj.adapter.spi;

import org.missioncj.adapter.api.dto.OutboundMessage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Delivers the platform's messages to one host system (a court's case management system, a jail's
 * booking system). Register it as a service with {@link #SYSTEM} naming the system, as the runtime's
 * {@code systems} setting names it. While no channel for a system is registered its messages wait in
 * the outbox; nothing is lost.
 *
 * <p>The runtime calls {@link #deliver} from one worker thread per node, only after the disclosure
 * gate allowed the message, and only one node at a time for a given message. A message can still
 * arrive twice (a node stopped between delivering and recording it): receivers drop a second
 * {@link OutboundMessage#id}.
 */
@ConsumerType
public interface OutboundChannel {
    /** The service property naming the host system, e.g. {@code (mission.adapter.system=county-court)}. */
    String SYSTEM = "mission.adapter.system";

    /**
     * Delivers one message; returns once the host system has accepted it. Keep it bounded in time (a
     * connect and a read timeout of seconds): the runtime holds the message's claim meanwhile.
     *
     * @throws DeliveryException when the system did not accept it; {@link DeliveryException#permanent}
     *         sends it to the dead-letter list at once, anything else is tried again later
     */
    void deliver(OutboundMessage message) throws DeliveryException;
}
