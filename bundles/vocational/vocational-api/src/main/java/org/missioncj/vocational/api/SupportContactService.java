package org.missioncj.vocational.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.vocational.api.dto.SupportContact;
import org.osgi.annotation.versioning.ProviderType;

/**
 * On-the-job support given by the participant's own team (their Peer Support Specialist, or Case Manager). Once
 * stored, it is posted as {@link org.missioncj.core.api.support.SupportContacts#LOGGED} with source
 * {@value VocationalEvents#SOURCE} (without its notes), for CTI to count where the site says so. Audited.
 */
@ProviderType
public interface SupportContactService {
    /** 403 for a sign-in without a staff record: the contact must name who gave it. */
    SupportContact log(Actor actor, String participantId, SupportContact input);

    /** The newest first. */
    Page<SupportContact> list(Actor actor, String participantId, PageRequest page);
}
