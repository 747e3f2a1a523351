package org.missioncj.adapter.api;

import org.missioncj.adapter.api.dto.OutboundMessage;
import org.missioncj.adapter.api.dto.OutboundRequest;
import org.missioncj.adapter.api.dto.OutboxSearch;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Messages to host systems. A message is written in the transaction of the change that causes it and
 * delivered by a worker, with retry and back-off, once the disclosure gate allows it to its recipient.
 */
@ProviderType
public interface Outbox {
    /** Queues a message (in the caller's transaction, if there is one); clinical staff for their caseload. */
    OutboundMessage send(Actor actor, OutboundRequest request);

    OutboundMessage get(Actor actor, String id);

    /** The outbox, newest first (program admins). */
    Page<OutboundMessage> list(Actor actor, OutboxSearch search, PageRequest page);

    /** Tries a dead or blocked message again from its first try (program admins). */
    OutboundMessage replay(Actor actor, String id);

    /**
     * Delivers what is due now on this node and returns how many messages it tried. The worker calls it
     * every few seconds; operators and tests may call it to deliver at once.
     */
    int deliverDue();
}
