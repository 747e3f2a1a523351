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
     * Records the participant's revocation, effective from the day it was received. 409 if already
     * revoked, or if it is a §2.35 consent still irrevocable on that day; 422 if that day is before a
     * disclosure already made under the consent.
     */
    ConsentDirective revoke(Actor actor, String id, ConsentRevocation revocation);

    /** Records that the consent's expiry event occurred: the consent ends with it. */
    ConsentDirective recordEnd(Actor actor, String id, ConsentEnd end);

    /**
     * Records that the event after which a §2.35 consent may be revoked occurred (e.g. sentencing): it
     * becomes revocable and stays in force until it expires.
     */
    ConsentDirective recordRevocabilityEvent(Actor actor, String id, ConsentEnd event);
}
