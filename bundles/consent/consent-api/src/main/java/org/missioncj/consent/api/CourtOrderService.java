package org.missioncj.consent.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.consent.api.dto.CourtOrder;
import org.missioncj.consent.api.dto.CourtOrderDecision;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Court orders that authorize disclosures. Recorded by case managers, supervisors or admins with
 * every element (section, findings, limits, recipient, expiry, patient notice, the signed
 * document), approved by a second person before they authorize anything. Never deleted; every call
 * is audited.
 */
@ProviderType
public interface CourtOrderService {
    /** Recorded as PENDING_APPROVAL. */
    CourtOrder create(Actor actor, CourtOrder input);

    /**
     * Approves or rejects a pending order: a clinical supervisor of the participant's site or a privacy
     * officer, never its recorder (409).
     */
    CourtOrder decide(Actor actor, String id, CourtOrderDecision decision);

    CourtOrder get(Actor actor, String id);

    Page<CourtOrder> list(Actor actor, String participantId, PageRequest page);
}
