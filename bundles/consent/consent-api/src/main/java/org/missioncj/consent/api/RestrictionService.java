package org.missioncj.consent.api;

import org.missioncj.consent.api.dto.ConsentEnd;
import org.missioncj.consent.api.dto.ConsentRestriction;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A participant's requests to restrict disclosures (42 CFR §2.26), for the participant's team:
 * recorded whether agreed or declined; the disclosure gate honours the agreed ones until they end.
 */
@ProviderType
public interface RestrictionService {
    ConsentRestriction create(Actor actor, ConsentRestriction input);

    ConsentRestriction get(Actor actor, String id);

    Page<ConsentRestriction> list(Actor actor, String participantId, PageRequest page);

    /** Records that an agreed restriction was lifted from a day on. */
    ConsentRestriction end(Actor actor, String id, ConsentEnd end);
}
