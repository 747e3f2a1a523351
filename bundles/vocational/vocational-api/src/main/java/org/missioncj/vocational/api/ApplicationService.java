package org.missioncj.vocational.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.vocational.api.dto.JobApplication;
import org.osgi.annotation.versioning.ProviderType;

/** A participant's job applications with their documents, interviews and offers. Audited. */
@ProviderType
public interface ApplicationService {
    /** 404 for an opening that does not exist (or that the caller's site does not keep). */
    JobApplication create(Actor actor, JobApplication input);

    JobApplication get(Actor actor, String id);

    /** Replaces status, applied day, documents, interviews and offers (If-Match). */
    JobApplication update(Actor actor, String id, long expectedVersion, JobApplication input);

    /** The newest first. */
    Page<JobApplication> list(Actor actor, String participantId, PageRequest page);
}
