package org.missioncj.adapter.api;

import org.missioncj.adapter.api.dto.InboundMessage;
import org.missioncj.adapter.api.dto.InboxEntry;
import org.missioncj.adapter.api.dto.InboxReceipt;
import org.missioncj.adapter.api.dto.InboxSearch;
import org.missioncj.adapter.api.dto.ReviewDecision;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Messages from host systems: stored, deduplicated, ordered, matched, then applied. */
@ProviderType
public interface Inbox {
    /**
     * Stores the message durably, then processes it: the receipt is the acknowledgement. A second
     * delivery of the same (source system, message id) is acknowledged as a duplicate with no second
     * effect. A message whose predecessor has not arrived is held; one that matches no participant or
     * several goes to review. Only INTEGRATION actors (an adapter acting for its system).
     */
    InboxReceipt receive(Actor actor, InboundMessage message);

    /** One message, with what was received (program admins and clinical supervisors). */
    InboxEntry get(Actor actor, String id);

    /** The inbox, newest first; by default what waits for review. */
    Page<InboxEntry> list(Actor actor, InboxSearch search, PageRequest page);

    /** Links a message in review (or held) to a participant; it then proceeds without matching or its predecessor. */
    InboxEntry link(Actor actor, String id, ReviewDecision decision);

    /** Dismisses a message in review or held, with a reason; it has no effect. */
    InboxEntry dismiss(Actor actor, String id, ReviewDecision decision);
}
