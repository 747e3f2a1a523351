package org.missioncj.registry.api;

import java.util.Optional;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffSearch;
import org.osgi.annotation.versioning.ProviderType;

@ProviderType
public interface StaffService {
    Staff create(Actor actor, Staff input);

    Staff get(Actor actor, String id);

    /** The staff record linked to a sign-in, if any (how modules find the team of the caller). */
    Optional<Staff> findByUsername(Actor actor, String username);

    Staff update(Actor actor, String id, long expectedVersion, Staff input);

    /** Staff, by site, role and active state (a null filter does not filter). */
    Page<Staff> list(Actor actor, StaffSearch search, PageRequest page);
}
