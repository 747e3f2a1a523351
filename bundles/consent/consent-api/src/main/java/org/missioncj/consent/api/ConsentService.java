package org.missioncj.consent.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.consent.api.dto.ConsentDirective;
import org.missioncj.consent.api.dto.ConsentEnd;
import org.missioncj.consent.api.dto.ConsentRevocation;
import org.osgi.annotation.versioning.ProviderType;

/** A participant's Part 2 consents. Consents are never deleted; every call is audited. */
@ProviderType
public interface ConsentService {
    ConsentDirective create(Actor actor, ConsentDirective input);

    ConsentDirective get(Actor actor, String id);

    /** The participant's consents, newest signature first, with their status today. */
    Page<ConsentDirective> list(Actor actor, String participantId, PageRequest page);

    /**
     * Records the participant's revocation. 409 if already revoked, or if it is a §2.35 consent whose
     * case or supervision has not ended (it is irrevocable until then).
     */
    ConsentDirective revoke(Actor actor, String id, ConsentRevocation revocation);

    /** Records that the consent's expiry event occurred (for §2.35, the case or supervision ended). */
    ConsentDirective recordEnd(Actor actor, String id, ConsentEnd end);
}
