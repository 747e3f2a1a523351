package org.missioncj.peer.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.peer.api.dto.PeerProgress;
import org.missioncj.peer.api.dto.PeerSession;
import org.missioncj.peer.api.dto.PeerSessionEntry;
import org.osgi.annotation.versioning.ProviderType;

/** Individual peer-led sessions, a participant's peer-led history, and progress through the curriculum. */
@ProviderType
public interface PeerSessionService {
    PeerSession record(Actor actor, PeerSession input);

    PeerSession get(Actor actor, String id);

    /**
     * The participant's individual sessions and, where the caller may see them (the participant's own team, a
     * group's facilitator), their group meetings; newest first.
     */
    Page<PeerSessionEntry> history(Actor actor, String participantId, PageRequest page);

    PeerProgress progress(Actor actor, String participantId);

    /** Progress of the team's participants with an open enrollment, by participant id. */
    Page<PeerProgress> teamProgress(Actor actor, String teamId, PageRequest page);
}
