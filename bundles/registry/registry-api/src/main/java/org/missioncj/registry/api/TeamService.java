package org.missioncj.registry.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.registry.api.dto.Caseload;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.api.dto.TeamSearch;
import org.osgi.annotation.versioning.ProviderType;

@ProviderType
public interface TeamService {
    Team create(Actor actor, Team input);

    Team get(Actor actor, String id);

    Team update(Actor actor, String id, long expectedVersion, Team input);

    Page<Team> list(Actor actor, TeamSearch search, PageRequest page);

    /** The team's current caseload (ENROLLED and ACTIVE enrollments) and its limit. */
    Caseload caseload(Actor actor, String teamId);
}
