package org.missioncj.registry.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.ParticipantSearch;
import org.missioncj.registry.api.dto.SharedIdentifier;
import org.osgi.annotation.versioning.ProviderType;

/** Participants and their identifiers. Every call is audited. */
@ProviderType
public interface ParticipantService {
    /**
     * Creates a participant. The result lists, in {@code possibleDuplicates}, existing participants
     * with the same name and date of birth: a warning for the caller, not a refusal.
     */
    Participant create(Actor actor, Participant input);

    Participant get(Actor actor, String id);

    /** Replaces the participant's fields and identifiers, if {@code expectedVersion} is still current. */
    Participant update(Actor actor, String id, long expectedVersion, Participant input);

    Page<Participant> search(Actor actor, ParticipantSearch search, PageRequest page);

    /** Identifiers that more than one participant holds, for review by a program admin; audited. */
    Page<SharedIdentifier> sharedIdentifiers(Actor actor, PageRequest page);
}
