package org.missioncj.vocational.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.vocational.api.dto.EducationEnrollment;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A participant's education and training enrollments and completions. Completing one posts
 * {@link VocationalEvents#EDUCATION_COMPLETED}. Audited.
 */
@ProviderType
public interface EducationService {
    EducationEnrollment create(Actor actor, String participantId, EducationEnrollment input);

    EducationEnrollment get(Actor actor, String id);

    EducationEnrollment update(Actor actor, String id, long expectedVersion, EducationEnrollment input);

    /** The latest enrolled first. */
    Page<EducationEnrollment> list(Actor actor, String participantId, PageRequest page);
}
