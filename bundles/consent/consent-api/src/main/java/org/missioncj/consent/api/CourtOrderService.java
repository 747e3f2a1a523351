package org.missioncj.consent.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.consent.api.dto.CourtOrder;
import org.osgi.annotation.versioning.ProviderType;

/** Court orders that authorize disclosures. Recorded, never deleted; every call is audited. */
@ProviderType
public interface CourtOrderService {
    CourtOrder create(Actor actor, CourtOrder input);

    CourtOrder get(Actor actor, String id);

    Page<CourtOrder> list(Actor actor, String participantId, PageRequest page);
}
