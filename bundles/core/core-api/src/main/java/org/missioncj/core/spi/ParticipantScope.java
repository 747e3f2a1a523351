package org.missioncj.core.spi;

import org.missioncj.core.api.Actor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whether an actor's scope includes a participant, for core services that hold records about
 * participants without knowing teams and sites (the audit trail): the registry answers with its
 * caseload rules. Neither throws nor audits.
 */
@ConsumerType
public interface ParticipantScope {
    boolean mayAccess(Actor actor, String participantId);
}
